package cn.xianfeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/** Every error, Spring's own included, is an RFC 9457 problem in the caller's language. */
class ProblemDetailsTests extends IntegrationTest {

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        Browser admin = signedIn(onboard("四零四党委"));

        Response missing = admin.get("/api/v1/no-such-thing");

        assertProblem(missing, 404, "urn:xianfeng:problem:not-found", "未找到");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        Browser admin = signedIn(onboard("四零五党委"));

        Response wrongMethod = admin.send("DELETE", "/api/v1/me", null, null);

        assertProblem(wrongMethod, 405, "urn:xianfeng:problem:method-not-allowed", "不支持的请求方法");
    }

    @Test
    void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() {
        Response wrongType = browser().send("POST", "/api/v1/onboarding", "institutionName=x", "text/plain");

        assertProblem(wrongType, 415, "urn:xianfeng:problem:unsupported-media-type", "不支持的内容类型");
    }

    @Test
    void anUnauthenticatedCallIsAnUnauthenticatedProblemInEnglishWhenAsked() {
        Response anonymous = browser().language("en").get("/api/v1/me");

        assertProblem(anonymous, 401, "urn:xianfeng:problem:unauthenticated", "Not signed in");
        assertThat(anonymous.json().get("detail").asString()).isEqualTo("Please sign in first.");
    }

    @Test
    void aPathOutsideTheApiIsAProblemToo() {
        Response missing = browser().get("/no-such-page");

        assertThat(missing.isProblem()).as("%s", missing).isTrue();
        assertThat(missing.status()).isIn(403, 404);
    }

    private static void assertProblem(Response response, int status, String type, String title) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.isProblem()).as("content type %s", response.contentType()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo(type);
        assertThat(response.json().get("title").asString()).isEqualTo(title);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
