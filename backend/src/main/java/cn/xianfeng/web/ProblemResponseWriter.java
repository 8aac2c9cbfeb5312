package cn.xianfeng.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from a servlet filter, where Spring MVC's exception handling does not reach. */
@Component
public class ProblemResponseWriter {

    private final ProblemMessages messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper jsonMapper;

    ProblemResponseWriter(ProblemMessages messages, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.jsonMapper = jsonMapper;
    }

    /** The status' own localized title and detail, or {@code detailCode}'s text as the detail. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, @Nullable URI type,
            @Nullable String detailCode) throws IOException {
        write(request, response, status, type, detailCode, null, null);
    }

    /** As above, with one field's error: the field's name and the code of its message. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, @Nullable URI type,
            @Nullable String detailCode, @Nullable String field, @Nullable String fieldMessageCode) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = messages.forStatus(status, locale);
        if (type != null) {
            problem.setType(type);
        }
        if (detailCode != null) {
            problem.setDetail(messages.text(detailCode, null, locale));
        }
        if (field != null && fieldMessageCode != null) {
            problem.setProperty("errors", java.util.List.of(new FieldProblem(field, messages.text(fieldMessageCode, null, locale))));
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
