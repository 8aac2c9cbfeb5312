package cn.xianfeng.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters, as problem details in the caller's language. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemMessages messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper jsonMapper;

    ProblemAuthenticationEntryPoint(ProblemMessages messages, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        ProblemDetail problem = messages.forStatus(status, localeResolver.resolveLocale(request));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
