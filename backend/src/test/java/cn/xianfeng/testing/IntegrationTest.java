package cn.xianfeng.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against this run's own PostgreSQL database and a real SMTP server;
 * tests talk to it over HTTP, as the SPA and scripts do. Its clock is a {@link TestClock}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClock.Registration.class)
public abstract class IntegrationTest {

    private static final AtomicLong MOBILES = new AtomicLong(System.nanoTime() % 90_000_000L);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void databaseAndMail(DynamicPropertyRegistry registry) {
        TestDatabase.get().register(registry);
        TestMail.get().register(registry);
    }

    protected Browser browser() {
        return new Browser(port);
    }

    protected JdbcClient asOwner() {
        return TestDatabase.get().asOwner();
    }

    /** A unique, valid mainland mobile number. */
    protected static String newMobile() {
        return "139" + String.format("%08d", MOBILES.incrementAndGet() % 100_000_000L);
    }

    /** A valid sign-up form; tests change one field at a time. */
    protected static Map<String, Object> signUpForm(String institution) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("institutionName", institution);
        form.put("rootOrgType", "COMMITTEE");
        form.put("rootOrgName", institution + "党委");
        form.put("adminName", "管理员");
        form.put("mobile", newMobile());
        form.put("email", null);
        form.put("password", "correct-horse-1");
        return form;
    }

    /** Signs an institution up through the API and returns what the tests need of it. */
    protected Institution onboard(String name) {
        Map<String, Object> form = signUpForm(name);
        Response created = browser().postJson("/api/v1/onboarding", form);
        assertThat(created.status()).as("onboarding %s", created).isEqualTo(201);
        return new Institution(UUID.fromString(created.json().get("tenantId").asString()),
                UUID.fromString(created.json().get("rootOrgId").asString()),
                UUID.fromString(created.json().get("userId").asString()),
                (String) form.get("mobile"), (String) form.get("password"));
    }

    /** A signed-in browser of the institution's admin. */
    protected Browser signedIn(Institution institution) {
        return browser().signIn(institution.login(), institution.password());
    }

    /** A new branch under the institution's root, scored by the preset published at the root for the year. */
    protected static UUID branchScoredBy(Browser admin, Institution institution, String branchName, String preset, int year) {
        Response branch = admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH", "name", branchName));
        assertThat(branch.status()).as("%s", branch).isEqualTo(201);
        Response scheme = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes", Map.of("year", year, "preset", preset));
        assertThat(scheme.status()).as("%s", scheme).isEqualTo(201);
        Response published = admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish",
                Map.of("lock", scheme.json().get("lock").asLong()));
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        return UUID.fromString(branch.json().get("id").asString());
    }

    /** A new member of the branch who holds the role at the org (the branch itself, or one of its groups), signed in. */
    protected Browser holding(Browser admin, UUID branch, UUID org, String role) {
        String email = role.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.cn";
        UUID member = addMember(admin, branch, "任职党员", email);
        Response assigned = admin.postJson("/api/v1/orgs/" + org + "/roles", Map.of("memberId", member, "role", role));
        assertThat(assigned.status()).as("%s", assigned).isEqualTo(201);
        browser().activate(assigned.json().get("invitationLink").asString(), "role-holder-pass-1", "role-holder-pass-1");
        return browser().signIn(email, "role-holder-pass-1");
    }

    /** A new member of the branch, signed in as themselves (no role). */
    protected SignedInMember signedInMember(Browser admin, UUID branch, String name) {
        String email = "member-" + UUID.randomUUID() + "@example.cn";
        UUID member = addMember(admin, branch, name, email);
        Response invited = admin.postJson("/api/v1/members/" + member + "/account", Map.of());
        assertThat(invited.status()).as("%s", invited).isEqualTo(200);
        browser().activate(invited.json().get("invitationLink").asString(), "member-pass-1", "member-pass-1");
        return new SignedInMember(member, browser().signIn(email, "member-pass-1"), email);
    }

    /** A full, in-office member of the branch who joined in 2015, with an e-mail address. */
    protected static UUID addMember(Browser admin, UUID branch, String name, String email) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("status", "FULL");
        details.put("postType", "IN_OFFICE");
        details.put("leaderCadre", false);
        details.put("joinedOn", "2015-07-01");
        details.put("email", email);
        Response added = admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", details));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }

    public record SignedInMember(UUID id, Browser browser, String email) {
    }

    public record Institution(UUID tenantId, UUID rootOrgId, UUID adminId, String login, String password) {
    }
}
