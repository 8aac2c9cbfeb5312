package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state, e.g. a mobile number that is already registered. */
public class ConflictException extends XianfengException {

    public ConflictException(String messageCode, List<FieldCode> fields) {
        super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, messageCode, null, fields);
    }
}
