package cn.xianfeng.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as far as the backend can tell: a cookie jar, redirects followed by hand, the sign-in form with
 * its CSRF token, and the XSRF-TOKEN cookie echoed in a header on writes. Each browser calls from its own
 * client address (X-Forwarded-For, trusted from 127.0.0.1 as from the proxy in front) so that per-address limits do
 * not collide.
 */
public class Browser {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String clientAddress;
    private String language = "zh-CN";
    private String tenantId;
    private String bearerToken;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public Browser(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        int n = ADDRESSES.incrementAndGet();
        this.clientAddress = "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    /**
     * A client that calls from its own loopback address (say 127.0.0.2), which is no trusted proxy: whatever
     * X-Forwarded-For it sends ({@link #withHeader}) must not decide its address.
     */
    public Browser(int port, String localAddress) {
        this.base = URI.create("http://127.0.0.1:" + port);
        try {
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(java.net.InetAddress.getByName(localAddress)).build();
        }
        catch (java.net.UnknownHostException ex) {
            throw new IllegalArgumentException(ex);
        }
        this.clientAddress = null;
    }

    /** Calls from this client address (through the trusted proxy), e.g. to try again from where one failed. */
    public Browser from(String address) {
        this.clientAddress = address;
        return this;
    }

    /** The Cookie header this browser would send, for handing its session to another client (the bench's wrk). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    }

    public URI base() {
        return base;
    }

    public Browser language(String language) {
        this.language = language;
        return this;
    }

    /** Sends {@code X-Tenant-Id} with every request from now on. */
    public Browser actingIn(Object tenantId) {
        this.tenantId = tenantId == null ? null : tenantId.toString();
        return this;
    }

    /** Calls the API with a bearer token instead of the session cookie. */
    public Browser withBearerToken(String token) {
        this.bearerToken = token;
        return this;
    }

    /** Sends {@code name: value} with every request from now on ({@code null} stops it). */
    public Browser withHeader(String name, String value) {
        if (value == null) {
            extraHeaders.remove(name);
        }
        else {
            extraHeaders.put(name, value);
        }
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response postJson(String path, Object body) {
        return send("POST", path, body instanceof String text ? text : JSON.writeValueAsString(body), "application/json");
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, true);
    }

    /** Like {@link #send(String, String, String, String)}; {@code withCsrfHeader=false} forges a cross-site write. */
    public Response send(String method, String path, String body, String contentType, boolean withCsrfHeader) {
        HttpRequest.Builder request = request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (withCsrfHeader && !"GET".equals(method)) {
            String xsrf = cookie("XSRF-TOKEN");
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
        }
        if (tenantId != null) {
            request.header("X-Tenant-Id", tenantId);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        extraHeaders.forEach(request::header);
        return exchange(request.build());
    }

    /** Sends raw bytes as they are (a multipart body of one's own making, a huge body), with the XSRF header. */
    public Response sendBytes(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String xsrf = cookie("XSRF-TOKEN");
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        if (tenantId != null) {
            request.header("X-Tenant-Id", tenantId);
        }
        extraHeaders.forEach(request::header);
        return exchange(request.build());
    }

    /** Downloads a file: its bytes, and the response's Content-Disposition. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Disposition").orElse(null),
                    response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public record Download(int status, String contentDisposition, byte[] content) {
    }

    /** Uploads a file as the multipart part {@code file}, as the SPA's import does. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "xianfeng-" + randomUrlSafe(12);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String xsrf = cookie("XSRF-TOKEN");
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        if (tenantId != null) {
            request.header("X-Tenant-Id", tenantId);
        }
        return exchange(request.build());
    }

    /** Signs in to the web app the way the SPA does, and fails the test if that does not work. */
    public Browser signIn(String login, String password) {
        Response landing = signInAttempt(login, password);
        assertThat(landing.status()).as("sign-in ends with a redirect").isEqualTo(302);
        assertThat(URI.create(landing.header("Location")).getPath()).as("sign-in lands in the app").isEqualTo("/");
        get("/api/v1/me"); // picks up the XSRF-TOKEN cookie, as the SPA's first call does
        return this;
    }

    /**
     * Starts the web app's sign-in, submits the sign-in form and follows the redirects back to the app.
     * Returns the last response: a redirect to {@code /} on success, or to {@code /login?error=…}.
     */
    public Response signInAttempt(String login, String password) {
        Response response = follow(get("/oauth2/authorization/xianfeng"));
        return follow(submitSignInForm(response, login, password));
    }

    /** Opens an invitation link and sets the password on its page, as the invited person does. */
    public Response activate(String link, String password, String confirmation) {
        Response page = get(link);
        assertThat(page.status()).as("the activation page").isEqualTo(200);
        Matcher csrf = FORM_CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the activation form carries a CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", query(URI.create("http://x" + link)).get("token"));
        form.put("password", password);
        form.put("confirmation", confirmation);
        form.put("_csrf", csrf.group(1));
        return exchange(request("/activate")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build());
    }

    /** Signs out of the web app (POST /logout with the XSRF header). */
    public Response signOut() {
        return send("POST", "/logout", null, null);
    }

    /**
     * Obtains an access token as a script does (docs/api.md): authorization code with PKCE for the public
     * client {@code xianfeng-cli}, signing in through the same form.
     */
    public String scriptAccessToken(String login, String password) {
        String verifier = randomUrlSafe(32);
        String authorize = "/oauth2/authorize?response_type=code&client_id=xianfeng-cli&scope=openid"
                + "&redirect_uri=" + encode("http://127.0.0.1/callback") + "&state=" + randomUrlSafe(8)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        Response signInPage = follow(get(authorize));
        Response callback = follow(submitSignInForm(signInPage, login, password));
        URI redirect = URI.create(callback.header("Location"));
        assertThat(redirect.getHost() + redirect.getPath()).isEqualTo("127.0.0.1/callback");
        String code = query(redirect).get("code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", "http://127.0.0.1/callback");
        form.put("client_id", "xianfeng-cli");
        form.put("code_verifier", verifier);
        Response token = exchange(request("/oauth2/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build());
        assertThat(token.status()).as("token response %s", token).isEqualTo(200);
        return token.json().get("access_token").asString();
    }

    public String cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
            .filter(cookie -> cookie.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
    }

    private Response submitSignInForm(Response signInPage, String login, String password) {
        assertThat(signInPage.status()).as("the sign-in page %s", signInPage.status()).isEqualTo(200);
        Matcher csrf = FORM_CSRF.matcher(signInPage.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", login);
        form.put("password", password);
        form.put("_csrf", csrf.group(1));
        return exchange(request("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build());
    }

    /** Follows redirects on this server until a page answers, or the next hop leaves the backend. */
    private Response follow(Response response) {
        Response current = response;
        for (int hops = 0; hops < 10 && current.status() == 302; hops++) {
            URI next = base.resolve(current.header("Location"));
            boolean leavesBackend = !next.getAuthority().equals(base.getAuthority()) || "/".equals(next.getPath())
                    || "/login".equals(next.getPath()) && next.getQuery() != null;
            if (leavesBackend) {
                return current;
            }
            current = get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        return current;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
            .header("Accept-Language", language)
            .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
