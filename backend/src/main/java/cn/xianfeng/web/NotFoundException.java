package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The resource does not exist for this caller. Also the answer for resources of another tenant or outside
 * the caller's subtree, so that their existence is never revealed.
 */
public class NotFoundException extends XianfengException {

    public NotFoundException(String messageCode, Object... arguments) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, messageCode, arguments, List.of());
    }
}
