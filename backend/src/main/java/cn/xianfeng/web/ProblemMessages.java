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

    private static final Map<Integer, URI> TYPES_BY_STATUS = Map.ofEntries(
            Map.entry(400, ProblemTypes.MALFORMED_REQUEST),
            Map.entry(401, ProblemTypes.UNAUTHENTICATED),
            Map.entry(403, ProblemTypes.FORBIDDEN),
            Map.entry(404, ProblemTypes.NOT_FOUND),
            Map.entry(405, ProblemTypes.METHOD_NOT_ALLOWED),
            Map.entry(406, ProblemTypes.NOT_ACCEPTABLE),
            Map.entry(409, ProblemTypes.CONFLICT),
            Map.entry(413, ProblemTypes.TOO_LARGE),
            Map.entry(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, ProblemTypes.VALIDATION),
            Map.entry(429, ProblemTypes.TOO_MANY_REQUESTS),
            Map.entry(500, ProblemTypes.INTERNAL));

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

    /** The stable type of a bare status. */
    public static URI typeFor(int status) {
        return TYPES_BY_STATUS.getOrDefault(status, BLANK);
    }

    /** Fills in a stable type and a localized title where a handler left Spring's defaults. */
    public void complete(ProblemDetail problem, Locale locale) {
        if (problem.getType() == null || BLANK.equals(problem.getType())) {
            problem.setType(typeFor(problem.getStatus()));
        }
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String fallback = status != null ? status.getReasonPhrase() : "Error";
        problem.setTitle(messageSource.getMessage("problem.status." + problem.getStatus() + ".title", null, fallback, locale));
    }
}
