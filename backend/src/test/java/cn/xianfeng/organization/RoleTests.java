package cn.xianfeng.organization;

import static cn.xianfeng.organization.OrgTreeTests.create;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestMail;

import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;

class RoleTests extends IntegrationTest {

    @Test
    void aMemberMadeSecretaryActivatesTheirAccountAndThenSeesOnlyTheirBranch() throws Exception {
        Institution institution = onboard("任命党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "一支部");
        create(admin, institution.rootOrgId(), "BRANCH", "二支部");
        UUID member = addMember(admin, branch, "书记人选", "FULL", "secretary-" + UUID.randomUUID() + "@example.cn", null);
        String email = admin.get("/api/v1/members/" + member).json().get("email").asString();

        Response assigned = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "SECRETARY"));

        assertThat(assigned.status()).as("%s", assigned).isEqualTo(201);
        String link = assigned.json().get("invitationLink").asString();
        assertThat(link).startsWith("/activate?token=");
        assertThat(browser().signInAttempt(email, "whatever-password-1").header("Location"))
            .as("no sign-in before the password is set").endsWith("/login?error=pending");

        assertThat(assigned.json().get("invitationEmail").asString()).isEqualTo(email);
        List<MimeMessage> mails = TestMail.get().to(email);
        assertThat(mails).as("the invitation goes out by e-mail over SMTP").hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("【先锋】您已被设为一支部书记，请设置登录密码");
        assertThat(mailText(mails.getFirst())).contains("书记人选同志", "http://localhost:3000" + link);

        Browser invited = browser();
        assertThat(invited.activate(link, "short", "short").body()).contains("密码长度应为 10 至 128 个字符。");
        Response activated = invited.activate(link, "secretary-pass-1", "secretary-pass-1");
        assertThat(activated.header("Location")).endsWith("/login?activated");
        assertThat(browser().get(link).body()).as("the link is used up").contains("邀请链接无效或已过期");

        Browser secretary = browser().signIn(email, "secretary-pass-1");
        assertThat(secretary.get("/api/v1/orgs").json()).extracting(node -> node.get("id").asString())
            .containsExactly(branch.toString());
        JsonNode roles = secretary.get("/api/v1/me").json().get("memberships").get(0).get("roles");
        assertThat(roles.get(0).get("role").asString()).isEqualTo("SECRETARY");
        assertThat(admin.get("/api/v1/orgs/" + branch + "/roles").json().get(0).get("memberId").asString())
            .isEqualTo(member.toString());
    }

    @Test
    void committeeStaffWhoAreNotMembersHereCanBeMadeReviewersButNotBranchOfficers() {
        Institution institution = onboard("组织部审核党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        String email = "staff-" + UUID.randomUUID() + "@example.cn";
        Map<String, Object> staff = Map.of("name", "组织部干事", "email", email);

        Response secretary = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("person", staff, "role", "SECRETARY"));
        assertThat(secretary.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        Response both = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/roles",
                Map.of("person", staff, "memberId", UUID.randomUUID(), "role", "REVIEWER"));
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("memberId");
        Response noContact = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/roles",
                Map.of("person", Map.of("name", "无联系方式"), "role", "REVIEWER"));
        assertThat(noContact.json().get("errors").get(0).get("field").asString()).isEqualTo("person.mobile");
        Response badMobile = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/roles",
                Map.of("person", Map.of("name", "号码错", "mobile", "123"), "role", "REVIEWER"));
        assertThat(badMobile.json().get("errors").get(0).get("field").asString()).isEqualTo("person.mobile");

        Response reviewer = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/roles", Map.of("person", staff, "role", "REVIEWER"));

        assertThat(reviewer.status()).as("%s", reviewer).isEqualTo(201);
        assertThat(reviewer.json().get("memberId").isNull()).isTrue();
        browser().activate(reviewer.json().get("invitationLink").asString(), "reviewer-pass-1", "reviewer-pass-1");
        Browser signedIn = browser().signIn(email, "reviewer-pass-1");
        assertThat(signedIn.get("/api/v1/orgs").json().get(0).get("id").asString()).isEqualTo(institution.rootOrgId().toString());
        assertThat(admin.get("/api/v1/members").json().get("total").asLong()).as("no member was made up").isZero();
        assertThat(admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/roles").body()).contains("组织部干事", "REVIEWER");
    }

    @Test
    void aRoleMustFitTheKindOfOrg() {
        Institution institution = onboard("职务党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "党员", "FULL", null, newMobile());

        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "GROUP_LEADER"))
            .json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        assertThat(admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/roles", Map.of("memberId", member, "role", "RECORDER"))
            .status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "RECORDER"))
            .status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "RECORDER"))
            .status()).as("held already").isEqualTo(409);
    }

    @Test
    void aMemberWithoutMobileOrEmailCannotBeGivenAnAccount() {
        Institution institution = onboard("无联系党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "无联系方式", "FULL", null, null);

        Response refused = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "SECRETARY"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("没有手机号码或电子邮箱");
    }

    @Test
    void someoneWhoAlreadyHasAnAccountIsGivenTheRoleWithoutAnInvitation() {
        Institution institution = onboard("已有账号党委");
        Institution elsewhere = onboard("他处党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "已有账号的人", "FULL", null, elsewhere.login());

        Response assigned = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "SECRETARY"));

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().get("invitationLink").isNull()).isTrue();
        assertThat(assigned.json().get("userId").asString()).isEqualTo(elsewhere.adminId().toString());
        assertThat(signedIn(elsewhere).get("/api/v1/me").json().get("memberships").size()).as("now in two institutions").isEqualTo(2);
    }

    @Test
    void aRoleIsWithdrawnButNeverTheInstitutionsLastRootAdmin() {
        Institution institution = onboard("撤职党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "记分员", "FULL", null, newMobile());
        UUID assignment = UUID.fromString(admin.postJson("/api/v1/orgs/" + branch + "/roles",
                Map.of("memberId", member, "role", "RECORDER")).json().get("assignmentId").asString());

        assertThat(admin.send("DELETE", "/api/v1/orgs/" + branch + "/roles/" + assignment, null, null).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/orgs/" + branch + "/roles").json().size()).isZero();
        assertThat(admin.get("/api/v1/audit-log").json().get("items").get(0).get("action").asString()).isEqualTo("ROLE_REVOKED");

        UUID rootAdmin = UUID.fromString(admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/roles").json().get(0)
            .get("assignmentId").asString());
        Response refused = admin.send("DELETE", "/api/v1/orgs/" + institution.rootOrgId() + "/roles/" + rootAdmin, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anUnknownInvitationLinkSaysSo() {
        assertThat(browser().get("/activate?token=not-a-real-token").body()).contains("邀请链接无效或已过期");
        assertThat(browser().language("en").get("/activate?token=").body()).contains("not valid or has expired");
    }

    private static String mailText(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }
}
