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
    void aWrongPasswordSendsBackToTheFormWithAMessageInTheCallersLanguage() {
        Institution institution = onboard("输错党委");

        Response failed = browser().signInAttempt(institution.login(), "wrong-password-1");

        assertThat(failed.header("Location")).endsWith("/login?error=invalid");
        assertThat(browser().language("en").get("/login?error=invalid").body()).contains("Wrong account or password.");
        assertThat(browser().get("/login?error=invalid").body()).contains("账号或密码不正确。");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        Institution institution = onboard("锁定党委");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser().signInAttempt(institution.login(), "wrong-password-" + attempt).header("Location"))
                .endsWith("/login?error=invalid");
        }

        Response locked = browser().signInAttempt(institution.login(), institution.password());

        assertThat(locked.header("Location")).endsWith("/login?error=locked");
        Instant lockedUntil = asOwner().sql("select locked_until from users where id = ?").param(institution.adminId())
            .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(browser().get("/login?error=locked").body()).contains("账号已锁定，请 15 分钟后再试");
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
        Institution institution = onboard("重置党委");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser().signInAttempt(institution.login(), "wrong-password-" + attempt);
        }
        signedIn(institution);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser().signInAttempt(institution.login(), "wrong-password-" + attempt);
        }

        assertThat(browser().signInAttempt(institution.login(), institution.password()).header("Location"))
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
