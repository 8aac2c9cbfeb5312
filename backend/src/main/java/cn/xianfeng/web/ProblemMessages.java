package cn.xianfeng.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Localized texts of problem details, shared by the MVC advice, the error controller and security handlers. */
@Component
public class ProblemMessages {

    private static final URI BLANK = URI.create("about:blank");

    private static final Map<Integer, URI> TYPES_BY_STATUS = Map.of(
            400, ProblemTypes.MALFORMED_REQUEST,
            401, ProblemTypes.UNAUTHENTICATED,
            403, ProblemTypes.FORBIDDEN,
            404, ProblemTypes.NOT_FOUND,
            405, ProblemTypes.METHOD_NOT_ALLOWED,
            406, ProblemTypes.NOT_ACCEPTABLE,
            409, ProblemTypes.CONFLICT,
            415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
            429, ProblemTypes.TOO_MANY_REQUESTS,
            500, ProblemTypes.INTERNAL);

    private final MessageSource messageSource;

    ProblemMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String text(String code, Object @Nullable [] arguments, Locale locale) {
        return messageSource.getMessage(code, arguments, code, locale);
    }

    public String text(MessageSourceResolvable resolvable, Locale locale) {
        return messageSource.getMessage(resolvable, locale);
    }

    /** A complete problem for a bare status, with the status' own localized detail. */
    public ProblemDetail forStatus(int status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(text("problem.status." + status + ".detail", null, locale));
        complete(problem, locale);
        return problem;
    }

    /** Fills in a stable type and a localized title where a handler left Spring's defaults. */
    public void complete(ProblemDetail problem, Locale locale) {
        if (problem.getType() == null || BLANK.equals(problem.getType())) {
            problem.setType(TYPES_BY_STATUS.getOrDefault(problem.getStatus(), BLANK));
        }
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String fallback = status != null ? status.getReasonPhrase() : "Error";
        problem.setTitle(messageSource.getMessage("problem.status." + problem.getStatus() + ".title", null, fallback, locale));
    }
}
