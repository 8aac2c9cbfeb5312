package cn.xianfeng.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before anyone signs it in: a query parameter with control characters is refused
 * (naming it), and a body other than an upload may be no larger than its limit (413), whether its length is declared or
 * it arrives in chunks. Uploads have their own limits (spring.servlet.multipart, xianfeng.evidence.max-size).
 */
class RequestLimitsFilter extends OncePerRequestFilter {

    private static final java.util.regex.Pattern ORG_SCHEMES = java.util.regex.Pattern.compile("/api/v1/orgs/[^/]+/schemes");

    private final DataSize bodyLimit;
    private final DataSize schemeBodyLimit;
    private final ProblemResponseWriter problems;

    RequestLimitsFilter(DataSize bodyLimit, DataSize schemeBodyLimit, ProblemResponseWriter problems) {
        this.bodyLimit = bodyLimit;
        this.schemeBodyLimit = schemeBodyLimit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String badParameter = parameterWithControlCharacters(request.getQueryString());
        if (badParameter != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST.value(), ProblemTypes.VALIDATION, "problem.validation",
                    badParameter, "problem.field.control-characters");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limitFor(request).toBytes();
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE.value(), null, "problem.body-too-large");
            return;
        }
        chain.doFilter(new LimitedBody(request, limit), response);
    }

    /** A scheme document is the one large body: its own, higher limit. */
    private DataSize limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean scheme = path.startsWith("/api/v1/schemes/") || ORG_SCHEMES.matcher(path).matches();
        return scheme ? schemeBodyLimit : bodyLimit;
    }

    /** The name of the first query parameter whose name or value has control characters once decoded, or null. */
    static @Nullable String parameterWithControlCharacters(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (name == null || value == null || TextRules.hasControlCharacters(name) || TextRules.hasControlCharacters(value)) {
                return name == null || TextRules.hasControlCharacters(name) ? "?" : name;
            }
        }
        return null;
    }

    private static @Nullable String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** Thrown by the body's stream once it passes its limit; the advice answers 413. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("request body over its limit");
        }
    }

    /** The request, with a body that refuses to be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counting(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
