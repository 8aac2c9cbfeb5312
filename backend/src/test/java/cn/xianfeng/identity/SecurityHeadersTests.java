package cn.xianfeng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/** What every answer tells the browser, what an uploaded file may do, and who may read the metrics. */
class SecurityHeadersTests extends IntegrationTest {

    @Test
    void pagesAndApiAnswersForbidInlineScriptsFramingSniffingAndForeignReferrers() {
        Browser admin = signedIn(onboard("安全头党委"));
        for (Response response : List.of(browser().get("/login"), admin.get("/api/v1/me"), browser().get("/api/v1/me"),
                browser().get("/v3/api-docs"))) {
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as("%s", response.status()).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy")).contains("camera=()", "microphone=()");
            assertThat(response.header("Strict-Transport-Security")).as("plain http").isNull();
        }
    }

    @Test
    void behindAProxyServingHttpsTheBrowserIsToldToStayOnHttps() {
        Response overHttps = browser().withHeader("X-Forwarded-Proto", "https").get("/login");

        assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void anUploadedFileIsServedSandboxedUnderItsNameWithoutControlOrBidiCharacters() {
        Institution institution = onboard("证明材料党委");
        Browser admin = signedIn(institution);
        UUID branch = createOrg(admin, institution.rootOrgId(), "BRANCH", "材料支部");
        Browser member = signedInMember(admin, branch, "上传人").browser();

        Response uploaded = member.upload("/api/v1/evidence", "invoice\u202Egpj.exe.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
        assertThat(uploaded.json().get("fileName").asString()).isEqualTo("invoicegpj.exe.jpg");
        Browser.Download file = member.download("/api/v1/evidence/" + uploaded.json().get("id").asString());
        Response refused = member.upload("/api/v1/evidence", "a\u0007b.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentDisposition()).doesNotContain("\u202E").contains("invoicegpj.exe.jpg");
        assertThat(member.get("/api/v1/evidence/" + uploaded.json().get("id").asString()).header("Content-Security-Policy"))
            .startsWith("sandbox");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void theMetricsAreForTheScraperAloneAndNotFoundForAnyoneElse() {
        Response fromOutside = browser().get("/actuator/prometheus");
        Response fromTheScraper = new Browser(port, "127.0.0.1").get("/actuator/prometheus");

        assertThat(fromOutside.status()).isEqualTo(404);
        assertThat(fromOutside.isProblem()).isTrue();
        assertThat(fromTheScraper.status()).isEqualTo(200);
        assertThat(fromTheScraper.body()).contains("jvm_memory_used_bytes");
        assertThat(browser().get("/actuator/health/readiness").status()).as("health stays public").isEqualTo(200);
    }
}
