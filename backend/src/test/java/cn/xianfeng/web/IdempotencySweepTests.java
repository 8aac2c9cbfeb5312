package cn.xianfeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;

/** Keys live a day: the hourly sweep forgets older ones, and only those. */
class IdempotencySweepTests extends IntegrationTest {

    @Autowired
    IdempotentRequests requests;

    @Test
    void aKeyOlderThanADayIsForgottenAndAYoungerOneIsKept() {
        Browser old = browser().withHeader("Idempotency-Key", "sweep-old");
        Browser recent = browser().withHeader("Idempotency-Key", "sweep-recent");
        assertThat(old.postJson("/api/v1/onboarding", signUpForm("清理旧键党委")).status()).isEqualTo(201);
        assertThat(recent.postJson("/api/v1/onboarding", signUpForm("清理新键党委")).status()).isEqualTo(201);
        asOwner().sql("update idempotent_requests set created_at = now() - interval '25 hours' where idempotency_key = 'sweep-old'").update();

        requests.forgetExpired();

        assertThat(asOwner().sql("select idempotency_key from idempotent_requests where idempotency_key like 'sweep-%'")
            .query(String.class).list()).containsExactly("sweep-recent");
        assertThat(old.postJson("/api/v1/onboarding", signUpForm("旧键再用党委")).status())
            .as("a forgotten key is free for a new request").isEqualTo(201);
        assertThat(recent.postJson("/api/v1/onboarding", signUpForm("新键再用党委")).status())
            .as("a kept key still refuses another body").isEqualTo(422);
    }
}
