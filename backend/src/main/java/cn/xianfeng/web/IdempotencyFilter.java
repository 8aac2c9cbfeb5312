package cn.xianfeng.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.xianfeng.tenancy.TenantContext;

/**
 * Honours {@value #HEADER} on POST: the first request with a key runs; a retry with the same key and the same
 * body gets the stored answer (marked {@code Idempotent-Replayed: true}); the same key with another body is
 * refused (422). Only successful answers are kept, so a request that failed can be retried with its key. Within a
 * tenant a retry while the first is still running waits for it; outside one (signing up) it is refused (409).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotentRequests requests;
    private final ProblemResponseWriter problems;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotentRequests requests, ProblemResponseWriter problems, TransactionTemplate transactions) {
        this.requests = requests;
        this.problems = problems;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST.value(), ProblemTypes.VALIDATION, "idempotency.key-invalid");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String caller = caller(request);
        String hash = hash(request.getRequestURI(), body);
        if (TenantContext.tenantId().isPresent()) {
            inOneTransaction(caller, key, hash, new CachedBodyRequest(request, body), response, chain);
            return;
        }
        Optional<IdempotentRequests.Earlier> earlier = requests.claim(caller, key, hash);
        if (earlier.isPresent()) {
            answerFrom(earlier.get(), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
                requests.complete(caller, key, recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray());
                kept = true;
            }
        }
        finally {
            if (!kept) {
                requests.release(caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Within a tenant, the request's work and its remembered answer commit together, in one round trip fewer than
     * claiming the key first: month-end brings every member at once. When the key turns out to be taken — by an earlier
     * request, or by a retry running meanwhile, whose commit this one waits for — the work is rolled back and the
     * earlier answer given instead. A failure is given as it is unless the key already has an answer. The answer
     * reaches the client after the commit.
     */
    private void inOneTransaction(String caller, String key, String hash, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean remembered;
        try {
            remembered = Boolean.TRUE.equals(transactions.execute(status -> {
                try {
                    chain.doFilter(request, recorded);
                } catch (IOException | ServletException failed) {
                    throw new IllegalStateException(failed);
                }
                if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()
                        && requests.remember(caller, key, hash, recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray())) {
                    return true;
                }
                status.setRollbackOnly();
                return false;
            }));
        } catch (RuntimeException failed) {
            // The work did not commit, whatever was written for it: the client must not see it as done.
            recorded.reset();
            throw failed;
        }
        if (!remembered) {
            Optional<IdempotentRequests.Earlier> earlier = requests.earlier(caller, key);
            if (earlier.isPresent()) {
                recorded.reset();
                answerFrom(earlier.get(), hash, request, recorded);
            }
        }
        recorded.copyBodyToResponse();
    }

    private void answerFrom(IdempotentRequests.Earlier earlier, String hash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT.value(), ProblemTypes.VALIDATION,
                    "idempotency.key-reused");
        }
        else if (!earlier.isAnswered()) {
            problems.write(request, response, HttpStatus.CONFLICT.value(), ProblemTypes.CONFLICT, "idempotency.in-progress");
        }
        else {
            response.setStatus(earlier.status());
            response.setContentType(earlier.contentType());
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(earlier.body());
        }
    }

    /** The signed-in user, or the client address for public endpoints. */
    private static String caller(HttpServletRequest request) {
        return SignedInCaller.name().map(name -> "user:" + name).orElseGet(() -> "address:" + request.getRemoteAddr());
    }

    private static String hash(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The request with its body already read, so that the controller can read it again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
