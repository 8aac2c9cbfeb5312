package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/**
 * {@code make bench}: reads a subtree of 60,000 nodes (300 committees of 199 branches each) through HTTP, and
 * the same rows straight from the database as the app's role, in the same run. Prints; asserts no timing.
 */
@Tag("bench")
class OrgSubtreeBench extends IntegrationTest {

    private static final int COMMITTEES = 300;
    private static final int BRANCHES_EACH = 199;

    @Test
    void aSubtreeOfSixtyThousandNodesIsOneRead() {
        Institution institution = onboard("大型基准党委");
        String rootPath = asOwner().sql("select path::text from orgs where tenant_id = ? and id = ?")
            .params(institution.tenantId(), institution.rootOrgId()).query(String.class).single();
        asOwner().sql("""
                insert into orgs (tenant_id, id, parent_id, type, name, path)
                select ?, c.id, ?, 'COMMITTEE', '分党委' || g, (? || '.' || replace(c.id::text, '-', ''))::ltree
                from generate_series(1, ?) g, lateral (select gen_random_uuid() as id offset g * 0) c""")
            .params(institution.tenantId(), institution.rootOrgId(), rootPath, COMMITTEES).update();
        asOwner().sql("""
                insert into orgs (tenant_id, id, parent_id, type, name, path, domain)
                select p.tenant_id, b.id, p.id, 'BRANCH', p.name || '第' || g || '支部',
                       (p.path::text || '.' || replace(b.id::text, '-', ''))::ltree, 'AGENCY'
                from orgs p, generate_series(1, ?) g, lateral (select gen_random_uuid() as id offset g * 0) b
                where p.tenant_id = ? and p.parent_id = ?""")
            .params(BRANCHES_EACH, institution.tenantId(), institution.rootOrgId()).update();
        asOwner().sql("analyze orgs").update();
        Browser admin = signedIn(institution);
        int nodes = 1 + COMMITTEES * (1 + BRANCHES_EACH);

        admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/subtree"); // warm-up
        long started = System.nanoTime();
        Response subtree = admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/subtree");
        double httpSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(subtree.status()).isEqualTo(200);
        assertThat(subtree.json().size()).isEqualTo(nodes);

        started = System.nanoTime();
        long rows = asOwner().sql("select count(*) from orgs where tenant_id = ? and path <@ ?::ltree")
            .params(institution.tenantId(), rootPath).query(Long.class).single();
        double sqlSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nBENCH org subtree: %d nodes read through HTTP in %.2f s (%d KiB of JSON)%n", nodes, httpSeconds,
                subtree.body().length() / 1024);
        System.out.printf("BENCH the same subtree counted in SQL (ltree <@, GiST): %d rows in %.3f s; ratio HTTP / SQL %.1f%n%n",
                rows, sqlSeconds, httpSeconds / sqlSeconds);
    }
}
