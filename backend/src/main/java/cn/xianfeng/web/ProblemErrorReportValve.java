package cn.xianfeng.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals (a path with an encoded NUL or slash, a malformed request line) answer as problem details in
 * the caller's language too, instead of Tomcat's HTML page. Everything Spring sees goes through ProblemDetailsAdvice
 * or ProblemErrorController; this covers only what Tomcat refuses before.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        ResourceBundle texts = texts(request.getHeader("Accept-Language"));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemMessages.typeFor(status).toString());
        problem.put("title", text(texts, "problem.status." + status + ".title", "Error"));
        problem.put("status", status);
        problem.put("detail", text(texts, "problem.status." + status + ".detail", text(texts, "problem.status.400.detail", "")));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ignored) {
            // The client has gone, or the response was committed meanwhile: nothing more to say.
        }
    }

    /** Chinese unless the caller asks for English first, as SupportedLocaleResolver decides for the app. */
    private static ResourceBundle texts(String acceptLanguage) {
        boolean english = acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
        return ResourceBundle.getBundle("messages", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle texts, String key, String fallback) {
        try {
            return texts.getString(key);
        }
        catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
