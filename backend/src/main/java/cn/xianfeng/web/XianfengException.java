package cn.xianfeng.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Base of the application's own errors. The detail is a message code, resolved in the caller's language
 * by {@link ProblemDetailsAdvice}; field errors carry message codes too.
 */
public abstract class XianfengException extends ErrorResponseException {

    private final String messageCode;
    private final Object[] messageArguments;
    private final List<FieldCode> fieldCodes;

    protected XianfengException(HttpStatus status, URI type, String messageCode, Object[] messageArguments,
            List<FieldCode> fieldCodes) {
        super(status, ProblemDetail.forStatus(status), null, messageCode, messageArguments);
        getBody().setType(type);
        this.messageCode = messageCode;
        this.messageArguments = messageArguments;
        this.fieldCodes = List.copyOf(fieldCodes);
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] messageArguments() {
        return messageArguments;
    }

    public List<FieldCode> fieldCodes() {
        return fieldCodes;
    }

    /** A field named in the error, with the code of its localized message and the message's arguments. */
    public record FieldCode(String field, String messageCode, Object... arguments) {
    }
}
