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

    /** One probe per endpoint: how A aims at B's data through it. */
    private static final List<Probe> PROBES = List.of(
            new Probe("GET /api/v1/orgs/{id}", b -> "/api/v1/orgs/" + b.rootOrgId(), null),
            new Probe("GET /api/v1/tenants/current", b -> "/api/v1/tenants/current", Header.TENANT_OF_B));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Institution a;
    private Institution b;
    private Browser adminOfA;

    @BeforeAll
    void twoTenants() {
        a = onboard("隔离甲党委");
        b = onboard("隔离乙党委");
        adminOfA = signedIn(a);
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
            String before = fingerprintOfTenant(b);
            Browser caller = probe.header() == Header.TENANT_OF_B ? signedIn(a).actingIn(b.tenantId()) : adminOfA;

            Response response = caller.send(probe.method(), probe.path().apply(b), probe.body(), probe.body() == null ? null : "application/json");

            assertThat(response.status()).as("%s → %s", probe.endpoint(), response).isEqualTo(404);
            assertThat(response.isProblem()).as(probe.endpoint()).isTrue();
            assertThat(fingerprintOfTenant(b)).as("B's rows after %s", probe.endpoint()).isEqualTo(before);
        }
    }

    @Test
    void theCallerCentricEndpointsShowNothingOfTheOtherTenant() {
        String me = adminOfA.get("/api/v1/me").body();

        assertThat(me).contains(a.tenantId().toString()).doesNotContain(b.tenantId().toString())
            .doesNotContain("隔离乙党委");
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

    private record Probe(String endpoint, Function<Institution, String> path, Header header, String body) {

        Probe(String endpoint, Function<Institution, String> path, Header header) {
            this(endpoint, path, header == null ? Header.NONE : header, null);
        }

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }
    }
}
