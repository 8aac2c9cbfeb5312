package cn.xianfeng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

class SignInTests extends IntegrationTest {

    @Test
    void theWebAppSignsInThroughTheAuthorizationServerAndHoldsNoTokenOnlyAnHttpOnlySessionCookie() {
        Institution institution = onboard("会话党委");
        Browser browser = browser();

        Response landing = browser.signInAttempt(institution.login(), institution.password());

        assertThat(landing.status()).isEqualTo(302);
        String sessionCookie = landing.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("XIANFENG_SESSION=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(landing.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.toLowerCase().contains("token=ey"));
        Response me = browser.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(institution.adminId().toString());
    }

    @Test
    void signingOutEndsTheSessionAndTheApiAnswers401Again() {
        Institution institution = onboard("退出党委");
        Browser browser = signedIn(institution);

        Response signedOut = browser.signOut();

        assertThat(signedOut.status()).isEqualTo(204);
        Response me = browser.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.isProblem()).isTrue();
        assertThat(me.json().get("title").asString()).isEqualTo("未登录");
    }

    @Test
    void signingOutWithoutTheCsrfHeaderIsRefused() {
        Institution institution = onboard("跨站党委");
        Browser browser = signedIn(institution);

        Response forged = browser.send("POST", "/logout", null, null, false);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aSessionNeverWritesWithoutItsCsrfTokenWhateverAuthorizationHeaderItSends() {
        Institution institution = onboard("跨站头党委");
        Browser browser = signedIn(institution);
        String org = "{\"parentId\":\"" + institution.rootOrgId() + "\",\"type\":\"BRANCH\",\"name\":\"跨站支部\"}";

        for (String authorization : new String[] {"Basic eDp5", "", "Bearer", "Digest x", "Bearer not a token"}) {
            browser.withHeader("Authorization", authorization);
            Response forged = browser.send("POST", "/api/v1/orgs", org, "application/json", false);
            assertThat(forged.status()).as("Authorization: '%s' → %s", authorization, forged).isIn(401, 403);
            assertThat(forged.isProblem()).isTrue();
        }
        browser.withHeader("Authorization", null);
        assertThat(asOwner().sql("select count(*) from orgs where name = '跨站支部'").query(Long.class).single()).isZero();
        assertThat(browser.send("POST", "/api/v1/orgs", org, "application/json", true).status())
            .as("the same write with its CSRF token").isEqualTo(201);
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithAMessageInTheCallersLanguage() {
        Institution institution = onboard("输错党委");

        Response failed = browser().signInAttempt(institution.login(), "wrong-password-1");

        assertThat(failed.header("Location")).endsWith("/login?error=invalid");
        assertThat(browser().language("en").get("/login?error=invalid").body()).contains("Wrong account or password.");
        assertThat(browser().get("/login?error=invalid").body()).contains("账号或密码不正确。");
    }

    @Test
    void fiveWrongPasswordsFromOneAddressRefuseThatAddressForFifteenMinutesButNotTheOwnerElsewhere() {
        Institution institution = onboard("锁定党委");
        String attacker = "203.0.113.5";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser().from(attacker).signInAttempt(institution.login(), "wrong-password-" + attempt).header("Location"))
                .endsWith("/login?error=invalid");
        }

        Response refused = browser().from(attacker).signInAttempt(institution.login(), institution.password());

        assertThat(refused.header("Location")).endsWith("/login?error=locked");
        assertThat(browser().get("/login?error=locked").body()).contains("登录失败次数过多，请 15 分钟后再试").doesNotContain("锁定");
        Instant until = asOwner().sql("select locked_until from sign_in_failures where subject = ?")
            .param("login:" + institution.login() + "@" + attacker).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(until).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(browser().from("203.0.113.6").signInAttempt(institution.login(), institution.password()).header("Location"))
            .as("the owner, from another address").doesNotContain("error");
    }

    @Test
    void aLoginThatNamesNoAccountIsRefusedExactlyLikeOneThatDoes() {
        String address = "203.0.113.7";
        String nobody = newMobile();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser().from(address).signInAttempt(nobody, "wrong-password-" + attempt).header("Location"))
                .endsWith("/login?error=invalid");
        }

        assertThat(browser().from(address).signInAttempt(nobody, "any-password").header("Location")).endsWith("/login?error=locked");
    }

    @Test
    void oneAddressTryingManyLoginsIsRefusedForEveryLogin() {
        Institution institution = onboard("撞库党委");
        String address = "203.0.113.8";
        for (int attempt = 1; attempt <= 20; attempt++) {
            browser().from(address).signInAttempt(newMobile(), "wrong-password");
        }

        assertThat(browser().from(address).signInAttempt(institution.login(), institution.password()).header("Location"))
            .endsWith("/login?error=locked");
        assertThat(browser().from("203.0.113.9").signInAttempt(institution.login(), institution.password()).header("Location"))
            .doesNotContain("error");
    }

    @Test
    void anAddressNamedByAClientThatIsNoTrustedProxyIsIgnored() {
        Institution institution = onboard("伪造来源党委");
        // From 127.0.0.2, which is no trusted proxy, each attempt claims another address in X-Forwarded-For.
        for (int attempt = 1; attempt <= 5; attempt++) {
            Browser spoofing = new Browser(port, "127.0.0.2").withHeader("X-Forwarded-For", "198.51.100." + attempt);
            assertThat(spoofing.signInAttempt(institution.login(), "wrong-password-" + attempt).header("Location"))
                .endsWith("/login?error=invalid");
        }

        Browser spoofing = new Browser(port, "127.0.0.2").withHeader("X-Forwarded-For", "198.51.100.99");
        assertThat(spoofing.signInAttempt(institution.login(), institution.password()).header("Location"))
            .as("counted as 127.0.0.2 every time").endsWith("/login?error=locked");
        assertThat(asOwner().sql("select count(*) from sign_in_failures where subject like '%198.51.100.%'").query(Long.class).single())
            .isZero();
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfWrongPasswordsFromThatAddressAgain() {
        Institution institution = onboard("重置党委");
        String address = "203.0.113.10";
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser().from(address).signInAttempt(institution.login(), "wrong-password-" + attempt);
        }
        assertThat(browser().from(address).signInAttempt(institution.login(), institution.password()).header("Location"))
            .doesNotContain("error");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser().from(address).signInAttempt(institution.login(), "wrong-password-" + attempt);
        }

        assertThat(browser().from(address).signInAttempt(institution.login(), institution.password()).header("Location"))
            .doesNotContain("error");
    }

    @Test
    void aSignInFormThatOutlivedItsSessionIsShownAgainWithAnExplanation() {
        Institution institution = onboard("过期党委");

        Response stale = browser().send("POST", "/login", "username=" + institution.login() + "&password="
                + institution.password() + "&_csrf=stale-token", "application/x-www-form-urlencoded");

        assertThat(stale.status()).isEqualTo(302);
        assertThat(stale.header("Location")).endsWith("/login?error=expired");
        assertThat(browser().get("/login?error=expired").body()).contains("页面已过期，请重新登录。");
    }

    @Test
    void theSignInPageSpeaksChineseByDefaultAndEnglishOnRequest() {
        assertThat(browser().get("/login").body()).contains("登录先锋").contains("手机号码或电子邮箱");
        Browser english = browser();
        assertThat(english.get("/login?lang=en").body()).contains("Sign in to Xianfeng");
        assertThat(english.get("/login").body()).as("the choice is remembered").contains("Sign in to Xianfeng");
    }
}
