package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The caller may see the resource but not do this to it (outside their sight, the answer is 404 instead). */
public class ForbiddenException extends XianfengException {

    public ForbiddenException(String messageCode) {
        super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, messageCode, null, List.of());
    }
}
