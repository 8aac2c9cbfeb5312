package cn.xianfeng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestMail;

import tools.jackson.databind.JsonNode;

class MemberAccountTests extends IntegrationTest {

    @Test
    void aMemberInvitedToSignInSeesTheirOwnRecordAndNobodyElses() throws Exception {
        Institution institution = onboard("党员登录党委");
        Browser admin = signedIn(institution);
        UUID branch = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "一支部");
        String email = "member-" + UUID.randomUUID() + "@example.cn";
        UUID member = addMember(admin, branch, "普通党员", email);
        UUID colleague = addMember(admin, branch, "同支部党员", "colleague-" + UUID.randomUUID() + "@example.cn");

        Response invited = admin.postJson("/api/v1/members/" + member + "/account", Map.of());

        assertThat(invited.status()).as("%s", invited).isEqualTo(200);
        String link = invited.json().get("invitationLink").asString();
        List<MimeMessage> mails = TestMail.get().to(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("【先锋】请设置登录密码，申报和查看您的党员积分");
        browser().activate(link, "member-pass-1", "member-pass-1");
        Browser self = browser().signIn(email, "member-pass-1");

        JsonNode membership = self.get("/api/v1/me").json().get("memberships").get(0);
        assertThat(membership.get("tenantId").asString()).isEqualTo(institution.tenantId().toString());
        assertThat(membership.get("roles")).isEmpty();
        assertThat(membership.get("member").get("id").asString()).isEqualTo(member.toString());
        assertThat(membership.get("member").get("branchName").asString()).isEqualTo("一支部");
        assertThat(self.get("/api/v1/members").json().get("items")).as("a member without a role lists nobody").isEmpty();
        assertThat(self.get("/api/v1/members/" + colleague).status()).isEqualTo(404);
        assertThat(self.get("/api/v1/orgs/" + branch).status()).isEqualTo(404);

        Response again = admin.postJson("/api/v1/members/" + member + "/account", Map.of());
        assertThat(again.json().get("invitationLink").isNull()).as("an active account needs no new link").isTrue();
        Browser stranger = signedIn(onboard("另一党委"));
        assertThat(stranger.postJson("/api/v1/members/" + member + "/account", Map.of()).status()).isEqualTo(404);
        assertThat(self.postJson("/api/v1/members/" + colleague + "/account", Map.of()).status()).isEqualTo(404);
    }
}
