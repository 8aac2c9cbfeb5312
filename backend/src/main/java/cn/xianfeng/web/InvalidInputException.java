package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that is well-formed but breaks a rule only the application can check (e.g. the org type rules). */
public class InvalidInputException extends XianfengException {

    public InvalidInputException(String field, String messageCode) {
        this(List.of(new FieldCode(field, messageCode)));
    }

    /** Several fields at once, e.g. every problem found in a document, each at its path. */
    public InvalidInputException(List<FieldCode> fields) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.validation", null, fields);
    }
}
