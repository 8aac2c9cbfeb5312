package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Place;
import cn.xianfeng.testing.Response;

/**
 * The isolation harness. Every endpoint of the API is aimed at data the caller must not reach, in two worlds:
 * tenant A's admin at tenant B, and the admin of one sub-committee at its sibling sub-committee in the same
 * tenant. Each probe must answer 404 and leave every row of both tenants exactly as it was. Each issue that
 * adds an endpoint adds its probe here; {@link #everyApiEndpointIsProbed()} fails until it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTests extends IntegrationTest {

    /** Endpoints that take no id of anyone else's: public, or about the caller only. */
    private static final Set<String> CALLER_CENTRIC = Set.of(
            "POST /api/v1/onboarding",
            // Creates a new tenant for the caller; names nobody else's.
            "POST /api/v1/institutions",
            "GET /api/v1/me",
            "GET /api/v1/links",
            "GET /api/v1/scheme-presets",
            "GET /api/v1/scheme-presets/{code}",
            "POST /api/v1/schemes/validate",
            "POST /api/v1/schemes/preview",
            "GET /api/v1/members/import-template",
            // A member's own: the caller's uploads, declarations, ledger and scores in the caller's tenant.
            "POST /api/v1/evidence",
            "POST /api/v1/me/declarations",
            "GET /api/v1/me/declarations",
            "GET /api/v1/me/ledger-entries",
            "GET /api/v1/me/scores",
            "GET /api/v1/me/notifications",
            "GET /api/v1/me/scheme",
            "GET /api/v1/me/periods",
            "POST /api/v1/me/notifications/{id}/read",
            "GET /api/v1/orgs/import-template");

    /** Marks a probe whose body is an uploaded file (any content: the scope is settled before reading it). */
    private static final String UPLOAD = "<upload>";

    private static final String MEMBER_DETAILS = "{\"name\":\"张三\",\"status\":\"FULL\",\"postType\":\"IN_OFFICE\","
            + "\"leaderCadre\":false,\"joinedOn\":\"2010-07-01\"}";

    /** A valid scheme document (a preset's), for the probes that send one; read once the app is up. */
    private static final java.util.concurrent.atomic.AtomicReference<String> PRESET_DOCUMENT = new java.util.concurrent.atomic.AtomicReference<>();

    /** One probe per endpoint (and more for the sly writes that aim one's own data at a foreign target). */
    private static final List<Probe> PROBES = List.of(
            new Probe("GET /api/v1/tenants/current", w -> "/api/v1/tenants/current", null, true),
            new Probe("GET /api/v1/orgs", w -> "/api/v1/orgs?parentId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/orgs/{id}", w -> "/api/v1/orgs/" + w.target().org(), null, false),
            new Probe("GET /api/v1/orgs/{id}/subtree", w -> "/api/v1/orgs/" + w.target().org() + "/subtree", null, false),
            new Probe("POST /api/v1/orgs", w -> "/api/v1/orgs",
                    w -> "{\"parentId\":\"" + w.target().org() + "\",\"type\":\"BRANCH\",\"name\":\"潜入支部\"}", false),
            new Probe("PATCH /api/v1/orgs/{id}", w -> "/api/v1/orgs/" + w.target().org(),
                    w -> "{\"version\":0,\"name\":\"改名\",\"sortOrder\":0}", false),
            new Probe("POST /api/v1/orgs/{id}/move", w -> "/api/v1/orgs/" + w.target().branch() + "/move",
                    w -> "{\"version\":0,\"newParentId\":\"" + w.own().org() + "\"}", false),
            // Sly: one's own node, moved under the foreign org.
            new Probe("POST /api/v1/orgs/{id}/move", w -> "/api/v1/orgs/" + w.own().branch() + "/move",
                    w -> "{\"version\":0,\"newParentId\":\"" + w.target().org() + "\"}", false),
            new Probe("POST /api/v1/orgs/{id}/close", w -> "/api/v1/orgs/" + w.target().branch() + "/close",
                    w -> "{\"version\":0}", false),
            new Probe("GET /api/v1/audit-log", w -> "/api/v1/audit-log?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/members", w -> "/api/v1/members?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/members/{id}", w -> "/api/v1/members/" + w.target().member(), null, false),
            new Probe("GET /api/v1/members/{id}/transfers", w -> "/api/v1/members/" + w.target().member() + "/transfers", null, false),
            new Probe("POST /api/v1/members", w -> "/api/v1/members",
                    w -> "{\"branchId\":\"" + w.target().branch() + "\",\"details\":" + MEMBER_DETAILS + "}", false),
            new Probe("PATCH /api/v1/members/{id}", w -> "/api/v1/members/" + w.target().member(),
                    w -> "{\"version\":0,\"details\":" + MEMBER_DETAILS + "}", false),
            new Probe("POST /api/v1/members/{id}/transfer", w -> "/api/v1/members/" + w.target().member() + "/transfer",
                    w -> "{\"version\":0,\"toBranchId\":\"" + w.own().branch() + "\",\"transferredOn\":\"2026-01-05\"}", false),
            // Sly: one's own member, transferred into the foreign branch.
            new Probe("POST /api/v1/members/{id}/transfer", w -> "/api/v1/members/" + w.own().member() + "/transfer",
                    w -> "{\"version\":0,\"toBranchId\":\"" + w.target().branch() + "\",\"transferredOn\":\"2026-01-05\"}", false),
            new Probe("POST /api/v1/orgs/import", w -> "/api/v1/orgs/import?parentId=" + w.target().org(),
                    w -> UPLOAD, false),
            new Probe("POST /api/v1/members/import", w -> "/api/v1/members/import?orgId=" + w.target().org(),
                    w -> UPLOAD, false),
            new Probe("GET /api/v1/orgs/{orgId}/roles", w -> "/api/v1/orgs/" + w.target().org() + "/roles", null, false),
            new Probe("POST /api/v1/orgs/{orgId}/roles", w -> "/api/v1/orgs/" + w.target().branch() + "/roles",
                    w -> "{\"memberId\":\"" + w.target().member() + "\",\"role\":\"RECORDER\"}", false),
            // Sly: a foreign member given a role at one's own branch.
            new Probe("POST /api/v1/orgs/{orgId}/roles", w -> "/api/v1/orgs/" + w.own().branch() + "/roles",
                    w -> "{\"memberId\":\"" + w.target().member() + "\",\"role\":\"RECORDER\"}", false),
            new Probe("DELETE /api/v1/orgs/{orgId}/roles/{assignmentId}",
                    w -> "/api/v1/orgs/" + w.target().branch() + "/roles/" + w.target().assignment(), null, false),
            // Sly: a foreign assignment withdrawn through one's own branch.
            new Probe("DELETE /api/v1/orgs/{orgId}/roles/{assignmentId}",
                    w -> "/api/v1/orgs/" + w.own().branch() + "/roles/" + w.target().assignment(), null, false),
            new Probe("GET /api/v1/exemptions", w -> "/api/v1/exemptions?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/exemptions/{id}", w -> "/api/v1/exemptions/" + w.target().exemption(), null, false),
            new Probe("GET /api/v1/exemptions/{id}/form.xlsx", w -> "/api/v1/exemptions/" + w.target().exemption() + "/form.xlsx", null, false),
            new Probe("GET /api/v1/exemptions/{id}/form.pdf", w -> "/api/v1/exemptions/" + w.target().exemption() + "/form.pdf", null, false),
            // Sly: an application for a foreign member.
            new Probe("POST /api/v1/exemptions", w -> "/api/v1/exemptions", w -> "{\"memberId\":\"" + w.target().member()
                    + "\",\"reason\":\"ELDERLY_OR_ILL\",\"effectiveFrom\":\"2030-01-01\",\"upperApprovalRequired\":false,"
                    + "\"appliedOn\":\"2026-01-05\"}", false),
            new Probe("POST /api/v1/exemptions/{id}/review", w -> "/api/v1/exemptions/" + w.target().exemption() + "/review",
                    w -> "{\"version\":0,\"stage\":\"COMMITTEE\",\"approved\":true,\"decidedOn\":\"2026-01-05\"}", false),
            new Probe("POST /api/v1/exemptions/{id}/publicity", w -> "/api/v1/exemptions/" + w.target().exemption() + "/publicity",
                    w -> "{\"version\":0,\"startsOn\":\"2026-01-05\",\"days\":5}", false),
            new Probe("POST /api/v1/exemptions/{id}/publicity/close",
                    w -> "/api/v1/exemptions/" + w.target().exemption() + "/publicity/close",
                    w -> "{\"version\":0,\"approved\":true}", false),
            new Probe("POST /api/v1/exemptions/{id}/withdraw", w -> "/api/v1/exemptions/" + w.target().exemption() + "/withdraw",
                    w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/exemptions/{id}/end", w -> "/api/v1/exemptions/" + w.target().exemption() + "/end",
                    w -> "{\"version\":0,\"lastDay\":\"2026-01-05\"}", false),
            new Probe("GET /api/v1/orgs/{orgId}/link-invitations", w -> "/api/v1/orgs/" + w.target().org() + "/link-invitations",
                    null, false),
            new Probe("POST /api/v1/orgs/{orgId}/link-invitations", w -> "/api/v1/orgs/" + w.target().org() + "/link-invitations",
                    w -> "{\"validDays\":30}", false),
            new Probe("DELETE /api/v1/orgs/{orgId}/link-invitations/{invitationId}",
                    w -> "/api/v1/orgs/" + w.target().org() + "/link-invitations/" + w.target().invitation(), null, false),
            // Sly: a foreign invitation revoked through one's own org.
            new Probe("DELETE /api/v1/orgs/{orgId}/link-invitations/{invitationId}",
                    w -> "/api/v1/orgs/" + w.own().org() + "/link-invitations/" + w.target().invitation(), null, false),
            new Probe("POST /api/v1/links", w -> "/api/v1/links", w -> "{\"code\":\"NOT-A-REAL-CODE\"}", false),
            new Probe("GET /api/v1/links/{id}", w -> "/api/v1/links/" + w.target().link(), null, false),
            new Probe("GET /api/v1/links/{id}/tree", w -> "/api/v1/links/" + w.target().link() + "/tree", null, false),
            new Probe("POST /api/v1/links/{id}/accept", w -> "/api/v1/links/" + w.target().link() + "/accept",
                    w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/links/{id}/decline", w -> "/api/v1/links/" + w.target().link() + "/decline",
                    w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/links/{id}/unlink", w -> "/api/v1/links/" + w.target().link() + "/unlink",
                    w -> "{\"version\":0}", false),
            new Probe("GET /api/v1/orgs/{orgId}/schemes", w -> "/api/v1/orgs/" + w.target().org() + "/schemes?year=2026", null, false),
            new Probe("POST /api/v1/orgs/{orgId}/schemes", w -> "/api/v1/orgs/" + w.target().org() + "/schemes",
                    w -> "{\"year\":2030,\"preset\":\"four-25\"}", false),
            // Sly: one's own org deriving from a foreign scheme's version.
            new Probe("POST /api/v1/orgs/{orgId}/schemes", w -> "/api/v1/orgs/" + w.own().org() + "/schemes",
                    w -> "{\"year\":2031,\"deriveFromVersionId\":\"" + w.target().schemeVersion() + "\"}", false),
            new Probe("POST /api/v1/orgs/{orgId}/schemes/import", w -> "/api/v1/orgs/" + w.target().org() + "/schemes/import?year=2030",
                    w -> UPLOAD, false),
            new Probe("GET /api/v1/schemes/{id}", w -> "/api/v1/schemes/" + w.target().scheme(), null, false),
            new Probe("GET /api/v1/schemes/diff", w -> "/api/v1/schemes/diff?fromVersionId=" + w.target().schemeVersion()
                    + "&toVersionId=" + w.own().schemeVersion(), null, false),
            new Probe("GET /api/v1/schemes/{id}/versions/{number}", w -> "/api/v1/schemes/" + w.target().scheme() + "/versions/1", null, false),
            new Probe("GET /api/v1/schemes/{id}/versions/{number}/reference.xlsx",
                    w -> "/api/v1/schemes/" + w.target().scheme() + "/versions/1/reference.xlsx", null, false),
            new Probe("GET /api/v1/schemes/{id}/versions/{number}/reference.pdf",
                    w -> "/api/v1/schemes/" + w.target().scheme() + "/versions/1/reference.pdf", null, false),
            new Probe("GET /api/v1/schemes/{id}/versions/{number}/export",
                    w -> "/api/v1/schemes/" + w.target().scheme() + "/versions/1/export", null, false),
            new Probe("PUT /api/v1/schemes/{id}/draft", w -> "/api/v1/schemes/" + w.target().scheme() + "/draft",
                    w -> "{\"lock\":0,\"document\":" + PRESET_DOCUMENT.get() + "}", false),
            new Probe("POST /api/v1/schemes/{id}/validate", w -> "/api/v1/schemes/" + w.target().scheme() + "/validate",
                    w -> PRESET_DOCUMENT.get(), false),
            new Probe("POST /api/v1/schemes/{id}/versions/{number}/publish",
                    w -> "/api/v1/schemes/" + w.target().scheme() + "/versions/1/publish", w -> "{\"lock\":0}", false),
            new Probe("GET /api/v1/evidence/{id}", w -> "/api/v1/evidence/" + w.target().evidence(), null, false),
            new Probe("PUT /api/v1/me/declarations/{id}", w -> "/api/v1/me/declarations/" + w.target().declaration(),
                    w -> "{\"version\":0,\"declaration\":{\"item\":\"P2-SPEECH\",\"occurredOn\":\"2026-01-05\",\"quantity\":1,"
                            + "\"description\":\"潜入\",\"submit\":false}}", false),
            new Probe("POST /api/v1/me/declarations/{id}/submit", w -> "/api/v1/me/declarations/" + w.target().declaration() + "/submit",
                    w -> "{\"version\":0}", false),
            new Probe("GET /api/v1/declarations", w -> "/api/v1/declarations?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/declarations/{id}", w -> "/api/v1/declarations/" + w.target().declaration(), null, false),
            new Probe("POST /api/v1/declarations/{id}/review", w -> "/api/v1/declarations/" + w.target().declaration() + "/review",
                    w -> "{\"version\":0,\"decision\":\"REJECT\",\"reason\":\"潜入\"}", false),
            new Probe("POST /api/v1/ledger-entries", w -> "/api/v1/ledger-entries",
                    w -> "{\"memberId\":\"" + w.target().member() + "\",\"item\":\"P2-WARNING\",\"month\":\"2026-01\"}", false),
            new Probe("POST /api/v1/ledger-entries/{id}/corrections", w -> "/api/v1/ledger-entries/" + w.target().ledgerEntry() + "/corrections",
                    w -> "{\"voided\":true,\"reason\":\"潜入\"}", false),
            new Probe("GET /api/v1/ledger-entries", w -> "/api/v1/ledger-entries?memberId=" + w.target().member() + "&year=" + YEAR, null, false),
            new Probe("POST /api/v1/ledger-entries/{id}/flags", w -> "/api/v1/ledger-entries/" + w.target().ledgerEntry() + "/flags",
                    w -> "{\"note\":\"潜入\"}", false),
            new Probe("GET /api/v1/entry-flags", w -> "/api/v1/entry-flags?orgId=" + w.target().org(), null, false),
            new Probe("POST /api/v1/entry-flags/{id}/resolve", w -> "/api/v1/entry-flags/" + w.target().flag() + "/resolve",
                    w -> "{\"version\":0,\"resolution\":\"潜入\"}", false),
            new Probe("GET /api/v1/scores", w -> "/api/v1/scores?memberId=" + w.target().member() + "&year=" + YEAR, null, false),
            new Probe("POST /api/v1/members/{id}/account", w -> "/api/v1/members/" + w.target().member() + "/account", w -> "{}", false),
            new Probe("POST /api/v1/activities", w -> "/api/v1/activities",
                    w -> "{\"branchId\":\"" + w.target().branch() + "\",\"kind\":\"BRANCH_MEETING\",\"title\":\"潜入\",\"heldOn\":\"2026-01-05\"}", false),
            // Sly: one's own branch's activity, with a foreign member taking part.
            new Probe("POST /api/v1/activities", w -> "/api/v1/activities",
                    w -> "{\"branchId\":\"" + w.own().branch() + "\",\"kind\":\"BRANCH_MEETING\",\"title\":\"潜入\",\"heldOn\":\"2026-01-05\","
                            + "\"participantIds\":[\"" + w.target().member() + "\"]}", false),
            new Probe("GET /api/v1/activities", w -> "/api/v1/activities?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/activities/{id}", w -> "/api/v1/activities/" + w.target().activity(), null, false),
            new Probe("PUT /api/v1/activities/{id}/attendance", w -> "/api/v1/activities/" + w.target().activity() + "/attendance",
                    w -> "{\"version\":0,\"marks\":[{\"memberId\":\"" + w.target().member() + "\",\"attendance\":\"PRESENT\"}]}", false),
            new Probe("POST /api/v1/activities/{id}/finalise", w -> "/api/v1/activities/" + w.target().activity() + "/finalise",
                    w -> "{\"version\":0}", false),
            new Probe("GET /api/v1/periods", w -> "/api/v1/periods?branchId=" + w.target().branch() + "&month=2026-01", null, false),
            new Probe("GET /api/v1/periods/checklist", w -> "/api/v1/periods/checklist?branchId=" + w.target().branch() + "&month=2026-01",
                    null, false),
            new Probe("POST /api/v1/periods", w -> "/api/v1/periods", w -> "{\"branchId\":\"" + w.target().branch() + "\",\"month\":\"2026-01\"}",
                    false),
            new Probe("GET /api/v1/periods/{id}", w -> "/api/v1/periods/" + w.target().period(), null, false),
            new Probe("POST /api/v1/periods/{id}/publicity", w -> "/api/v1/periods/" + w.target().period() + "/publicity", w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/periods/{id}/finalise", w -> "/api/v1/periods/" + w.target().period() + "/finalise", w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/periods/{id}/reopen-request", w -> "/api/v1/periods/" + w.target().period() + "/reopen-request",
                    w -> "{\"version\":0,\"reason\":\"潜入\"}", false),
            new Probe("POST /api/v1/periods/{id}/reopen", w -> "/api/v1/periods/" + w.target().period() + "/reopen",
                    w -> "{\"version\":0,\"approve\":true}", false),
            new Probe("GET /api/v1/periods/{id}/publicity", w -> "/api/v1/periods/" + w.target().period() + "/publicity", null, false),
            new Probe("GET /api/v1/periods/{id}/objections", w -> "/api/v1/periods/" + w.target().period() + "/objections", null, false),
            new Probe("POST /api/v1/periods/{id}/objections", w -> "/api/v1/periods/" + w.target().period() + "/objections",
                    w -> "{\"subjectMemberId\":\"" + w.target().member() + "\",\"text\":\"潜入\"}", false),
            new Probe("GET /api/v1/forms/monthly-register.xlsx", w -> "/api/v1/forms/monthly-register.xlsx?branchId=" + w.target().branch()
                    + "&month=" + YEAR + "-01", null, false),
            new Probe("GET /api/v1/forms/monthly-register.pdf", w -> "/api/v1/forms/monthly-register.pdf?branchId=" + w.target().branch()
                    + "&month=" + YEAR + "-01", null, false),
            new Probe("GET /api/v1/forms/quarterly-application.xlsx", w -> "/api/v1/forms/quarterly-application.xlsx?memberId="
                    + w.target().member() + "&quarter=" + YEAR + "-Q1", null, false),
            new Probe("GET /api/v1/forms/quarterly-application.pdf", w -> "/api/v1/forms/quarterly-application.pdf?memberId="
                    + w.target().member() + "&quarter=" + YEAR + "-Q1", null, false),
            new Probe("POST /api/v1/filings", w -> "/api/v1/filings", w -> "{\"branchId\":\"" + w.target().branch() + "\",\"period\":\"2026-Q1\"}",
                    false),
            new Probe("GET /api/v1/filings", w -> "/api/v1/filings?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/filings/{id}", w -> "/api/v1/filings/" + w.target().filing(), null, false),
            new Probe("POST /api/v1/filings/{id}/decision", w -> "/api/v1/filings/" + w.target().filing() + "/decision",
                    w -> "{\"version\":0,\"accept\":true}", false),
            new Probe("POST /api/v1/spot-checks", w -> "/api/v1/spot-checks",
                    w -> "{\"orgId\":\"" + w.target().org() + "\",\"from\":\"2026-01\",\"to\":\"2026-12\",\"count\":1}", false),
            new Probe("GET /api/v1/spot-checks", w -> "/api/v1/spot-checks?orgId=" + w.target().org(), null, false),
            new Probe("GET /api/v1/spot-checks/{id}", w -> "/api/v1/spot-checks/" + w.target().spotCheck(), null, false),
            new Probe("POST /api/v1/spot-checks/{id}/items/{entryId}", w -> "/api/v1/spot-checks/" + w.target().spotCheck() + "/items/"
                    + w.target().ledgerEntry(), w -> "{\"verdict\":\"VERIFIED\"}", false),
            new Probe("GET /api/v1/alerts", w -> "/api/v1/alerts?orgId=" + w.target().org(), null, false),
            new Probe("POST /api/v1/alerts/{id}/notes", w -> "/api/v1/alerts/" + w.target().alert() + "/notes", w -> "{\"text\":\"潜入\"}", false),
            new Probe("POST /api/v1/alerts/{id}/close", w -> "/api/v1/alerts/" + w.target().alert() + "/close", w -> "{\"version\":0}", false),
            new Probe("POST /api/v1/objections/{id}/answer", w -> "/api/v1/objections/" + w.target().objection() + "/answer",
                    w -> "{\"version\":0,\"upheld\":false,\"answer\":\"潜入\"}", false));


    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Institution a;
    private Institution b;
    private List<World> worlds;

    @BeforeAll
    void twoTenantsAndTwoSiblingSubtrees() {
        a = onboard("隔离甲党委");
        b = onboard("隔离乙党委");
        Browser adminOfA = signedIn(a);
        Browser adminOfB = signedIn(b);
        UUID committee1 = createOrg(adminOfA, a.rootOrgId(), "COMMITTEE", "第一分党委");
        UUID committee2 = createOrg(adminOfA, a.rootOrgId(), "COMMITTEE", "第二分党委");
        Place inCommittee1 = placeWithMember(adminOfA, committee1);
        Place inCommittee2 = placeWithMember(adminOfA, committee2);
        Place inB = placeWithMember(adminOfB, b.rootOrgId());
        Place rootOfA = inCommittee1.at(a.rootOrgId());
        PRESET_DOCUMENT.set(adminOfA.get("/api/v1/scheme-presets/four-25").body());

        Institution subAdminsOwn = onboard("分党委书记原单位");
        asOwner().sql("insert into role_assignments (tenant_id, id, user_id, org_id, role) values (?, ?, ?, ?, 'COMMITTEE_ADMIN')")
            .params(a.tenantId(), UUID.randomUUID(), subAdminsOwn.adminId(), committee1).update();
        Browser subAdmin = signedIn(subAdminsOwn).actingIn(a.tenantId());

        worlds = List.of(
                new World("A's admin at tenant B", adminOfA, rootOfA, inB, true),
                new World("sub-committee 1's admin at sibling sub-committee 2", subAdmin, inCommittee1, inCommittee2, false));
    }

    @Test
    void everyApiEndpointIsProbed() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
            .filter(pattern -> pattern.startsWith("/api/"))
            .forEach(pattern -> info.getMethodsCondition().getMethods()
                .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        Set<String> covered = new TreeSet<>(CALLER_CENTRIC);
        PROBES.forEach(probe -> covered.add(probe.endpoint()));

        assertThat(covered).as("endpoints without an isolation probe").containsAll(endpoints);
    }

    @Test
    void everyEndpointAnswers404OutsideTheCallersReachAndChangesNothing() {
        for (World world : worlds) {
            for (Probe probe : PROBES) {
                if (probe.crossTenantOnly() && !world.crossTenant()) {
                    continue;
                }
                String before = fingerprintOfTenant(a.tenantId()) + fingerprintOfTenant(b.tenantId());
                Browser caller = probe.crossTenantOnly() ? signedIn(a).actingIn(b.tenantId()) : world.caller();
                String body = probe.body() == null ? null : probe.body().apply(world);

                Response response = UPLOAD.equals(body)
                        ? caller.upload(probe.path().apply(world), "members.xlsx", new byte[] { 1, 2, 3 })
                        : caller.send(probe.method(), probe.path().apply(world), body, body == null ? null : "application/json");

                assertThat(response.status()).as("%s: %s → %s", world.name(), probe.endpoint(), response).isEqualTo(404);
                assertThat(response.isProblem()).as(probe.endpoint()).isTrue();
                assertThat(fingerprintOfTenant(a.tenantId()) + fingerprintOfTenant(b.tenantId()))
                    .as("%s: rows after %s", world.name(), probe.endpoint()).isEqualTo(before);
            }
        }
    }

    @Test
    void theUnfilteredListsShowNothingOutsideTheCallersReach() {
        for (World world : worlds) {
            String topOrgs = world.caller().get("/api/v1/orgs").body();
            String members = world.caller().get("/api/v1/members").body();
            String auditLog = world.caller().get("/api/v1/audit-log").body();
            String exemptions = world.caller().get("/api/v1/exemptions").body();
            String links = world.caller().get("/api/v1/links").body();

            assertThat(topOrgs).as(world.name()).contains(world.own().org().toString()).doesNotContain(world.target().org().toString());
            assertThat(members).as(world.name()).contains(world.own().member().toString()).doesNotContain(world.target().member().toString());
            assertThat(links).as(world.name()).contains(world.own().link().toString()).doesNotContain(world.target().link().toString());
            assertThat(exemptions).as(world.name()).contains(world.own().exemption().toString())
                .doesNotContain(world.target().exemption().toString());
            assertThat(auditLog).as(world.name()).contains(world.own().member().toString()).doesNotContain(world.target().member().toString())
                .doesNotContain(world.target().branch().toString());
        }
        String me = worlds.getFirst().caller().get("/api/v1/me").body();
        assertThat(me).contains(a.tenantId().toString()).doesNotContain(b.tenantId().toString()).doesNotContain("隔离乙党委");
    }


    /** A caller, what they own, and the target they must not reach. */
    private record World(String name, Browser caller, Place own, Place target, boolean crossTenant) {
    }

    private record Probe(String endpoint, Function<World, String> path, Function<World, String> body,
            boolean crossTenantOnly) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }
    }
}
