package cn.xianfeng.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

class OnboardingTests extends IntegrationTest {

    @Test
    void signingUpCreatesTheTenantItsRootOrgAndACommitteeAdminWhoCanSignIn() {
        Map<String, Object> form = signUpForm("红星镇党委");
        form.put("rootOrgType", "GENERAL_BRANCH");
        form.put("rootOrgName", "红星机关党总支");
        form.put("email", "Admin.Hongxing@Example.cn");

        Response created = browser().postJson("/api/v1/onboarding", form);

        assertThat(created.status()).isEqualTo(201);
        UUID tenantId = UUID.fromString(created.json().get("tenantId").asString());
        UUID rootOrgId = UUID.fromString(created.json().get("rootOrgId").asString());
        assertThat(asOwner().sql("select name from tenants where id = ?").param(tenantId).query(String.class).single())
            .isEqualTo("红星镇党委");
        assertThat(asOwner().sql("select type || ' ' || name from orgs where tenant_id = ? and parent_id is null")
            .param(tenantId).query(String.class).single()).isEqualTo("GENERAL_BRANCH 红星机关党总支");

        // The e-mail is matched without regard to case; the admin lands with the committee-admin role at the root.
        JsonNode me = browser().signIn("admin.hongxing@example.cn", "correct-horse-1").get("/api/v1/me").json();
        JsonNode membership = me.get("memberships").get(0);
        assertThat(membership.get("tenantName").asString()).isEqualTo("红星镇党委");
        assertThat(membership.get("roles").get(0).get("role").asString()).isEqualTo("COMMITTEE_ADMIN");
        assertThat(membership.get("roles").get(0).get("org").get("id").asString()).isEqualTo(rootOrgId.toString());
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAndCreatesNothing() {
        Map<String, Long> before = rowCounts();

        Response rejected = browser().postJson("/api/v1/onboarding", "{}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(fieldErrors(rejected)).containsOnlyKeys("institutionName", "rootOrgType", "rootOrgName", "adminName",
                "mobile", "password");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreAllReportedInChineseByDefaultAndNothingIsCreated() {
        Map<String, Long> before = rowCounts();
        Map<String, Object> form = signUpForm("");
        form.put("mobile", "12345678901");
        form.put("email", "not-an-email");
        form.put("password", "1234567890");

        Response rejected = browser().postJson("/api/v1/onboarding", form);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.json().get("type").asString()).isEqualTo("urn:xianfeng:problem:validation");
        assertThat(fieldErrors(rejected)).containsOnlyKeys("institutionName", "mobile", "email", "password")
            .containsEntry("mobile", "请填写正确的 11 位手机号码。")
            .containsEntry("password", "密码不能全是数字。");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void errorsAreInEnglishWhenTheCallerAsksForIt() {
        Map<String, Object> form = signUpForm("Test");
        form.put("password", "short1");

        Response rejected = browser().language("en-US,en;q=0.9").postJson("/api/v1/onboarding", form);

        assertThat(rejected.json().get("title").asString()).isEqualTo("Bad request");
        assertThat(fieldErrors(rejected)).containsEntry("password", "Passwords are 10 to 128 characters long.");
    }

    @Test
    void aMobileNumberOrAnEmailIsRequired() {
        Map<String, Object> form = signUpForm("无联系方式党委");
        form.put("mobile", " ");
        form.put("email", null);

        Response rejected = browser().postJson("/api/v1/onboarding", form);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(fieldErrors(rejected)).containsEntry("mobile", "手机号码和电子邮箱至少填写一项。");
    }

    @Test
    void onlyACommitteeOrAGeneralBranchCanBeATenantsRoot() {
        Map<String, Object> form = signUpForm("支部机构");
        form.put("rootOrgType", "BRANCH");

        Response rejected = browser().postJson("/api/v1/onboarding", form);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(fieldErrors(rejected)).containsEntry("rootOrgType", "取值无效，可选值：COMMITTEE, GENERAL_BRANCH。");
    }

    @Test
    void anAlreadyRegisteredMobileIsAConflictOnThatFieldAndCreatesNothing() {
        Institution existing = onboard("先到党委");
        Map<String, Long> before = rowCounts();
        Map<String, Object> form = signUpForm("后到党委");
        form.put("mobile", existing.login());

        Response conflict = browser().postJson("/api/v1/onboarding", form);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("type").asString()).isEqualTo("urn:xianfeng:problem:conflict");
        assertThat(fieldErrors(conflict)).containsOnlyKeys("mobile");
        assertThat(rowCounts()).as("the tenant and org inserted before the conflict are rolled back").isEqualTo(before);
    }

    @Test
    void someoneInvitedToARoleIsToldToUseTheirInvitation() {
        Institution existing = onboard("邀请党委");
        Browser admin = signedIn(existing);
        String branch = admin.postJson("/api/v1/orgs", Map.of("parentId", existing.rootOrgId(), "type", "BRANCH", "name", "支部"))
            .json().get("id").asString();
        String mobile = newMobile();
        String member = admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", Map.of("name", "被邀请人",
                "status", "FULL", "postType", "IN_OFFICE", "leaderCadre", false, "joinedOn", "2012-07-01", "mobile", mobile)))
            .json().get("id").asString();
        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "SECRETARY")).status())
            .isEqualTo(201);
        Map<String, Object> form = signUpForm("被邀请人的党委");
        form.put("mobile", mobile);

        Response conflict = browser().postJson("/api/v1/onboarding", form);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("errors").get(0).get("message").asString()).contains("已收到任职邀请");
    }

    @Test
    void anAlreadyRegisteredEmailIsAConflictWhateverItsCase() {
        Map<String, Object> first = signUpForm("邮箱甲党委");
        first.put("email", "secretary@jia.example.cn");
        assertThat(browser().postJson("/api/v1/onboarding", first).status()).isEqualTo(201);
        Map<String, Object> second = signUpForm("邮箱乙党委");
        second.put("email", "SECRETARY@jia.example.cn");

        Map<String, Long> before = rowCounts();

        Response conflict = browser().postJson("/api/v1/onboarding", second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(fieldErrors(conflict)).containsOnlyKeys("email");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theEleventhSignUpFromOneAddressWithinAnHourIsRefused() {
        Browser sameAddress = browser();
        IntStream.range(0, 10).forEach(attempt -> assertThat(
                sameAddress.postJson("/api/v1/onboarding", signUpForm("频繁注册" + attempt)).status()).isEqualTo(201));

        Response refused = sameAddress.postJson("/api/v1/onboarding", signUpForm("频繁注册10"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().get("detail").asString()).isEqualTo("注册过于频繁，请一小时后再试。");
        assertThat(browser().postJson("/api/v1/onboarding", signUpForm("别处注册")).status())
            .as("another address is not affected").isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesOneTenant() {
        Browser retrying = browser().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> form = signUpForm("重试党委");
        long tenantsBefore = count("tenants");

        Response first = retrying.postJson("/api/v1/onboarding", form);
        Response retry = retrying.postJson("/api/v1/onboarding", form);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(count("tenants")).isEqualTo(tenantsBefore + 1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsRefused() {
        Browser careless = browser().withHeader("Idempotency-Key", "sign-up-1");
        assertThat(careless.postJson("/api/v1/onboarding", signUpForm("首次党委")).status()).isEqualTo(201);

        Response reused = careless.postJson("/api/v1/onboarding", signUpForm("另一党委"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().get("detail").asString()).isEqualTo("该 Idempotency-Key 已用于另一个不同的请求。");
    }

    @Test
    void aFailedRequestDoesNotUseUpItsIdempotencyKey() {
        Browser retrying = browser().withHeader("Idempotency-Key", "fix-and-retry");
        Map<String, Object> form = signUpForm("修正党委");
        form.put("password", "short");
        assertThat(retrying.postJson("/api/v1/onboarding", form).status()).isEqualTo(400);

        form.put("password", "long-enough-now-1");
        assertThat(retrying.postJson("/api/v1/onboarding", form).status()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Map<String, Long> before = rowCounts();

        Response rejected = browser().postJson("/api/v1/onboarding", "{\"institutionName\": ");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.json().get("type").asString()).isEqualTo("urn:xianfeng:problem:malformed-request");
        assertThat(rejected.json().get("detail").asString()).isEqualTo("请求内容不是有效的 JSON。");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void someoneWithAnAccountAddsAnotherInstitutionAndActsInEachApart() {
        Institution first = onboard("第一单位党委");
        Browser admin = signedIn(first).actingIn(first.tenantId()).withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> form = Map.of("institutionName", " 第二单位党委 ", "rootOrgType", "GENERAL_BRANCH", "rootOrgName", "第二机关党总支");
        long tenantsBefore = count("tenants");

        Response created = admin.postJson("/api/v1/institutions", form);
        Response retry = admin.postJson("/api/v1/institutions", form);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(created.json());
        assertThat(count("tenants")).isEqualTo(tenantsBefore + 1);
        UUID second = UUID.fromString(created.json().get("tenantId").asString());
        UUID secondRoot = UUID.fromString(created.json().get("rootOrgId").asString());
        assertThat(created.json().get("userId").asString()).isEqualTo(first.adminId().toString());
        assertThat(asOwner().sql("select name from tenants where id = ?").param(second).query(String.class).single())
            .isEqualTo("第二单位党委");

        admin.withHeader("Idempotency-Key", null);
        JsonNode memberships = admin.get("/api/v1/me").json().get("memberships");
        assertThat(memberships).extracting(membership -> membership.get("tenantName").asString() + " "
                + membership.get("roles").get(0).get("role").asString())
            .containsExactlyInAnyOrder("第一单位党委 COMMITTEE_ADMIN", "第二单位党委 COMMITTEE_ADMIN");

        JsonNode secondRoots = admin.actingIn(second).get("/api/v1/orgs").json();
        assertThat(secondRoots).extracting(root -> root.get("id").asString()).containsExactly(secondRoot.toString());
        JsonNode rootCreated = admin.get("/api/v1/audit-log").json().get("items").get(0);
        assertThat(rootCreated.get("entityId").asString()).isEqualTo(secondRoot.toString());
        assertThat(rootCreated.get("actorId").asString()).as("the user created the new root").isEqualTo(first.adminId().toString());
        assertThat(admin.actingIn(first.tenantId()).get("/api/v1/orgs").json()).extracting(root -> root.get("id").asString())
            .containsExactly(first.rootOrgId().toString());
    }

    @Test
    void anotherInstitutionWithBadInputIsRefusedFieldByFieldAndCreatesNothing() {
        Browser admin = signedIn(onboard("再建单位党委"));
        Map<String, Long> before = rowCounts();

        Response empty = admin.postJson("/api/v1/institutions", "{}");
        Response tooLongAndBlank = admin.postJson("/api/v1/institutions",
                Map.of("institutionName", "x".repeat(101), "rootOrgType", "COMMITTEE", "rootOrgName", " "));
        Response branchAsRoot = admin.postJson("/api/v1/institutions",
                Map.of("institutionName", "支部机构", "rootOrgType", "BRANCH", "rootOrgName", "支部"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(fieldErrors(empty)).containsOnlyKeys("institutionName", "rootOrgType", "rootOrgName");
        assertThat(fieldErrors(tooLongAndBlank)).containsOnlyKeys("institutionName", "rootOrgName");
        assertThat(fieldErrors(branchAsRoot)).containsOnlyKeys("rootOrgType");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(browser().postJson("/api/v1/institutions",
                Map.of("institutionName", "匿名党委", "rootOrgType", "COMMITTEE", "rootOrgName", "匿名党委")).status())
            .as("only a signed-in user adds one").isIn(401, 403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Rows of every table an onboarding writes to. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : java.util.List.of("tenants", "orgs", "users", "role_assignments")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private long count(String table) {
        return asOwner().sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Map<String, String> fieldErrors(Response problem) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.json().get("errors").forEach(error -> errors.put(error.get("field").asString(), error.get("message").asString()));
        return errors;
    }
}
