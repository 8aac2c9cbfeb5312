package cn.xianfeng.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A rate limit was reached; {@code Retry-After} tells when to try again. */
public class TooManyRequestsException extends XianfengException {

    public TooManyRequestsException(String messageCode, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, messageCode, null, List.of());
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
