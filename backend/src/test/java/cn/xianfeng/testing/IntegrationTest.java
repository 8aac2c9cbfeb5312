package cn.xianfeng.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** This year in Beijing: the year of a place's published scheme, declarations and ledger. */
    protected static final int YEAR = LocalDate.now(CHINA).getYear();

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

    /** A new org node under the parent. */
    protected static UUID createOrg(Browser admin, UUID parentId, String type, String name) {
        Response created = admin.postJson("/api/v1/orgs", Map.of("parentId", parentId, "type", type, "name", name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
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
        return addMember(admin, branch, name, "FULL", email, null);
    }

    /** An in-office member of the branch of that status (FULL, PROBATIONARY, ACTIVIST), joined in 2015, reachable as given. */
    protected static UUID addMember(Browser admin, UUID branch, String name, String status, String email, String mobile) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("status", status);
        details.put("postType", "IN_OFFICE");
        details.put("leaderCadre", false);
        details.put("joinedOn", "2015-07-01");
        details.put("email", email);
        details.put("mobile", mobile);
        Response added = admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", details));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }

    /**
     * A branch under {@code parent} with one member in it, who is the branch's secretary and applies for an
     * exemption; and a link invitation at {@code parent}, with which a third tenant asks to link under it.
     */
    protected Place placeWithMember(Browser admin, UUID parent) {
        UUID branch = createOrg(admin, parent, "BRANCH", "支部");
        String email = UUID.randomUUID() + "@example.cn";
        UUID member = addMember(admin, branch, "张三", email);
        Response assigned = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", member, "role", "SECRETARY"));
        assertThat(assigned.status()).as("%s", assigned).isEqualTo(201);
        Response applied = admin.postJson("/api/v1/exemptions", Map.of("memberId", member, "reason", "ELDERLY_OR_ILL",
                "effectiveFrom", "2026-01-01", "upperApprovalRequired", true, "appliedOn", "2026-01-02"));
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        Response invited = admin.postJson("/api/v1/orgs/" + parent + "/link-invitations", Map.of("validDays", 30));
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        Response requested = signedIn(onboard("下级单位")).postJson("/api/v1/links", Map.of("code", invited.json().get("code").asString()));
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        Response scheme = admin.postJson("/api/v1/orgs/" + parent + "/schemes", Map.of("year", YEAR, "preset", "annual-from-zero"));
        assertThat(scheme.status()).as("%s", scheme).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish",
                Map.of("lock", scheme.json().get("lock").asLong())).status()).isEqualTo(200);
        // The member signs in, uploads a photo and declares with it; the admin approves, which writes a ledger entry.
        browser().activate(assigned.json().get("invitationLink").asString(), "isolation-pass-1", "isolation-pass-1");
        Browser self = browser().signIn(email, "isolation-pass-1");
        Response photo = self.upload("/api/v1/evidence", "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0});
        assertThat(photo.status()).as("%s", photo).isEqualTo(201);
        Response declared = self.postJson("/api/v1/me/declarations", Map.of("item", "P2-SPEECH", "quantity", 1, "description", "发言",
                "occurredOn", LocalDate.now(CHINA).toString(),
                "evidenceIds", List.of(photo.json().get("id").asString()), "submit", true));
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        Response approved = admin.postJson("/api/v1/declarations/" + declared.json().get("id").asString() + "/review",
                Map.of("version", declared.json().get("version").asLong(), "decision", "APPROVE"));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        // The month approved and publicised; the member objects to their own entry.
        Response period = admin.postJson("/api/v1/periods", Map.of("branchId", branch,
                "month", YearMonth.now(CHINA).toString()));
        assertThat(period.status()).as("%s", period).isEqualTo(201);
        Response publicised = admin.postJson("/api/v1/periods/" + period.json().get("id").asString() + "/publicity",
                Map.of("version", period.json().get("version").asLong()));
        assertThat(publicised.status()).as("%s", publicised).isEqualTo(200);
        Response objection = self.postJson("/api/v1/periods/" + period.json().get("id").asString() + "/objections",
                Map.of("ledgerEntryId", approved.json().get("ledgerEntryId").asString(), "text", "少算了一次"));
        assertThat(objection.status()).as("%s", objection).isEqualTo(201);
        Response spotCheck = admin.postJson("/api/v1/spot-checks", Map.of("orgId", parent, "from", YEAR + "-01", "to", YEAR + "-12", "count", 1));
        assertThat(spotCheck.status()).as("%s", spotCheck).isEqualTo(201);
        // A filing as if the quarter had been finalised and filed (the flow itself is tested in OversightTests).
        UUID filing = UUID.randomUUID();
        asOwner().sql("""
                insert into filings (tenant_id, id, branch_id, parent_id, period, status, summary, filed_by)
                select tenant_id, ?, id, ?, ?, 'FILED', '{"branch":"支部","period":"2026-Q1","months":[],"lines":[]}'::jsonb, ?
                from orgs where id = ?""")
            .params(filing, parent, YEAR + "-Q1", UUID.randomUUID(), branch).update();
        UUID alert = UUID.randomUUID();
        asOwner().sql("""
                insert into alerts (tenant_id, id, branch_id, member_id, month, kind, score, status)
                select tenant_id, ?, id, ?, ?, 'BELOW_PASSING_1', 10, 'OPEN' from orgs where id = ?""")
            .params(alert, member, java.time.LocalDate.of(YEAR, 1, 1), branch).update();
        // A supervisor's open flag on the entry (the flow itself is tested in EntryFlagTests).
        UUID flag = UUID.randomUUID();
        asOwner().sql("""
                insert into entry_flags (tenant_id, id, ledger_entry_id, branch_id, month, note, raised_by)
                select tenant_id, ?, id, branch_id, month, '存疑', ? from ledger_entries where id = ?""")
            .params(flag, UUID.fromString(admin.get("/api/v1/me").json().get("id").asString()),
                    UUID.fromString(approved.json().get("ledgerEntryId").asString())).update();
        Response activity = admin.postJson("/api/v1/activities", Map.of("branchId", branch, "kind", "BRANCH_MEETING", "title", "支部党员大会",
                "heldOn", LocalDate.now(CHINA).toString()));
        assertThat(activity.status()).as("%s", activity).isEqualTo(201);
        return new Place(parent, branch, member, UUID.fromString(assigned.json().get("assignmentId").asString()),
                UUID.fromString(applied.json().get("exemption").get("id").asString()),
                UUID.fromString(invited.json().get("id").asString()), UUID.fromString(requested.json().get("id").asString()),
                UUID.fromString(scheme.json().get("id").asString()),
                UUID.fromString(scheme.json().get("versions").get(0).get("id").asString()),
                UUID.fromString(photo.json().get("id").asString()), UUID.fromString(declared.json().get("id").asString()),
                UUID.fromString(approved.json().get("ledgerEntryId").asString()), UUID.fromString(activity.json().get("id").asString()),
                UUID.fromString(period.json().get("id").asString()), UUID.fromString(objection.json().get("id").asString()), filing,
                UUID.fromString(spotCheck.json().get("id").asString()), alert, flag, self);
    }

    /** A digest of every row of the tenant in every tenant-owned table, read as the owner (no RLS). */
    protected String fingerprintOfTenant(UUID tenantId) {
        List<String> tables = asOwner().sql("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'tenant_id' order by table_name""")
            .query(String.class).list();
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table).append(':').append(asOwner()
                .sql("select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t where tenant_id = ?")
                .param(tenantId).query(String.class).single()).append(';');
        }
        digest.append("tenant:").append(asOwner().sql("select md5(t::text) from tenants t where id = ?")
            .param(tenantId).query(String.class).single());
        // Links belong to two tenants each.
        digest.append("links:").append(asOwner().sql("""
                select coalesce(md5(string_agg(l::text, ',' order by l.id)), '') from tenant_links l
                where ? in (l.upper_tenant_id, l.lower_tenant_id)""").param(tenantId).query(String.class).single());
        // Accounts are global: an invitation slipping through would show here.
        digest.append("users:").append(asOwner().sql("select md5(string_agg(u::text, ',' order by u.id)) from users u")
            .query(String.class).single());
        return digest.toString();
    }

    public record SignedInMember(UUID id, Browser browser, String email) {
    }

    public record Institution(UUID tenantId, UUID rootOrgId, UUID adminId, String login, String password) {
    }
}
