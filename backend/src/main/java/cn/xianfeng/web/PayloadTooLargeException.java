package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** An upload past its own limit (413), naming the field and the limit. */
public class PayloadTooLargeException extends XianfengException {

    public PayloadTooLargeException(String field, String messageCode, long limitInMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "problem.upload-too-large", null,
                List.of(new FieldCode(field, messageCode, String.valueOf(limitInMegabytes))));
    }
}
