package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/**
 * The isolation harness. Two tenants, A and B; every endpoint of the API is called with A's credentials on
 * B's ids, and must answer 404 and leave B's rows exactly as they were. Each issue that adds an endpoint adds
 * its probe here; {@link #everyApiEndpointIsProbed()} fails until it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTests extends IntegrationTest {

    /** Endpoints that take no id of anyone else's: public, or about the caller only. */
    private static final Set<String> CALLER_CENTRIC = Set.of(
            "POST /api/v1/onboarding",
            "GET /api/v1/me");

    /** One probe per endpoint: how A aims at B's data through it (and, for the sly writes, B's at A's). */
    private static final List<Probe> PROBES = List.of(
            new Probe("GET /api/v1/tenants/current", f -> "/api/v1/tenants/current", null, Header.TENANT_OF_B),
            new Probe("GET /api/v1/orgs", f -> "/api/v1/orgs?parentId=" + f.b().rootOrgId(), null, Header.NONE),
            new Probe("GET /api/v1/orgs/{id}", f -> "/api/v1/orgs/" + f.b().rootOrgId(), null, Header.NONE),
            new Probe("GET /api/v1/orgs/{id}/subtree", f -> "/api/v1/orgs/" + f.b().rootOrgId() + "/subtree", null, Header.NONE),
            new Probe("POST /api/v1/orgs", f -> "/api/v1/orgs",
                    f -> "{\"parentId\":\"" + f.b().rootOrgId() + "\",\"type\":\"BRANCH\",\"name\":\"潜入支部\"}", Header.NONE),
            new Probe("PATCH /api/v1/orgs/{id}", f -> "/api/v1/orgs/" + f.b().rootOrgId(),
                    f -> "{\"version\":0,\"name\":\"改名\",\"sortOrder\":0}", Header.NONE),
            new Probe("POST /api/v1/orgs/{id}/move", f -> "/api/v1/orgs/" + f.branchOfB() + "/move",
                    f -> "{\"version\":0,\"newParentId\":\"" + f.a().rootOrgId() + "\"}", Header.NONE),
            // The sly one: A's own node, moved under B's root.
            new Probe("POST /api/v1/orgs/{id}/move", f -> "/api/v1/orgs/" + f.branchOfA() + "/move",
                    f -> "{\"version\":0,\"newParentId\":\"" + f.b().rootOrgId() + "\"}", Header.NONE),
            new Probe("POST /api/v1/orgs/{id}/close", f -> "/api/v1/orgs/" + f.branchOfB() + "/close",
                    f -> "{\"version\":0}", Header.NONE),
            new Probe("GET /api/v1/audit-log", f -> "/api/v1/audit-log?orgId=" + f.b().rootOrgId(), null, Header.NONE));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Fixture fixture;
    private Browser adminOfA;

    @BeforeAll
    void twoTenants() {
        Institution a = onboard("隔离甲党委");
        Institution b = onboard("隔离乙党委");
        adminOfA = signedIn(a);
        fixture = new Fixture(a, b, createBranch(adminOfA, a), createBranch(signedIn(b), b));
    }

    private static java.util.UUID createBranch(Browser admin, Institution institution) {
        Response created = admin.postJson("/api/v1/orgs", java.util.Map.of("parentId", institution.rootOrgId(),
                "type", "BRANCH", "name", "第一支部"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return java.util.UUID.fromString(created.json().get("id").asString());
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
    void everyEndpointAnswers404ToAnotherTenantsIdsAndChangesNothing() {
        for (Probe probe : PROBES) {
            String before = fingerprintOfTenant(fixture.a()) + fingerprintOfTenant(fixture.b());
            Browser caller = probe.header() == Header.TENANT_OF_B
                    ? signedIn(fixture.a()).actingIn(fixture.b().tenantId()) : adminOfA;
            String body = probe.body() == null ? null : probe.body().apply(fixture);

            Response response = caller.send(probe.method(), probe.path().apply(fixture), body,
                    body == null ? null : "application/json");

            assertThat(response.status()).as("%s → %s", probe.endpoint(), response).isEqualTo(404);
            assertThat(response.isProblem()).as(probe.endpoint()).isTrue();
            assertThat(fingerprintOfTenant(fixture.a()) + fingerprintOfTenant(fixture.b()))
                .as("A's and B's rows after %s", probe.endpoint()).isEqualTo(before);
        }
    }

    @Test
    void theCallerCentricEndpointsShowNothingOfTheOtherTenant() {
        Institution a = fixture.a();
        Institution b = fixture.b();
        String me = adminOfA.get("/api/v1/me").body();
        String topOrgs = adminOfA.get("/api/v1/orgs").body();
        String auditLog = adminOfA.get("/api/v1/audit-log").body();

        assertThat(me).contains(a.tenantId().toString()).doesNotContain(b.tenantId().toString())
            .doesNotContain("隔离乙党委");
        assertThat(topOrgs).contains(a.rootOrgId().toString()).doesNotContain(b.rootOrgId().toString());
        assertThat(auditLog).contains(fixture.branchOfA().toString()).doesNotContain(fixture.branchOfB().toString())
            .doesNotContain(b.rootOrgId().toString());
    }

    /** A digest of every tenant-owned row of the institution, read as the owner (no RLS). */
    private String fingerprintOfTenant(Institution institution) {
        List<String> tables = asOwner().sql("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'tenant_id' order by table_name""")
            .query(String.class).list();
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table).append(':').append(asOwner()
                .sql("select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t where tenant_id = ?")
                .param(institution.tenantId()).query(String.class).single()).append(';');
        }
        digest.append("tenant:").append(asOwner().sql("select md5(t::text) from tenants t where id = ?")
            .param(institution.tenantId()).query(String.class).single());
        return digest.toString();
    }

    private enum Header { NONE, TENANT_OF_B }

    /** Tenants A and B, each with a branch under its root. */
    private record Fixture(Institution a, Institution b, java.util.UUID branchOfA, java.util.UUID branchOfB) {
    }

    private record Probe(String endpoint, Function<Fixture, String> path, Function<Fixture, String> body, Header header) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }
    }
}
