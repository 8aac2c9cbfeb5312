package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that is well-formed but breaks a rule only the application can check (e.g. the org type rules). */
public class InvalidInputException extends XianfengException {

    public InvalidInputException(String field, String messageCode) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.validation", null,
                List.of(new FieldCode(field, messageCode)));
    }
}
