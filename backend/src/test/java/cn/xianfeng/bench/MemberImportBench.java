package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;

/**
 * {@code make bench}: imports 10,000 members through the whole HTTP stack and compares the rate with raw
 * single-row INSERTs of members on the same database, in the same run. Prints; asserts no timing.
 */
@Tag("bench")
class MemberImportBench extends IntegrationTest {

    private static final int ROWS = 10_000;
    private static final int RAW_INSERTS = 2_000;

    @Test
    void memberImportThroughputComparedWithRawInserts() throws Exception {
        Institution institution = onboard("基准党委");
        Browser admin = signedIn(institution);
        UUID[] branches = new UUID[20];
        for (int b = 0; b < branches.length; b++) {
            Response branch = admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                    "name", "第" + (b + 1) + "支部"));
            branches[b] = UUID.fromString(branch.json().get("id").asString());
        }
        byte[] file = xlsx();

        long started = System.nanoTime();
        Response imported = admin.upload("/api/v1/members/import", "bench.xlsx", file);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);

        double rawPerSecond = rawInsertsPerSecond(institution.tenantId(), branches[0]);
        double importPerSecond = ROWS / importSeconds;
        System.out.printf("%nBENCH member import: %d rows (%d KiB xlsx) in %.2f s = %.0f rows/s through HTTP%n",
                ROWS, file.length / 1024, importSeconds, importPerSecond);
        System.out.printf("BENCH raw single-row INSERT (autocommit, app role, RLS on): %.0f rows/s%n", rawPerSecond);
        System.out.printf("BENCH ratio import / raw INSERT: %.2f (target: 10,000 rows under 60 s — %s)%n%n",
                importPerSecond / rawPerSecond, importSeconds < 60 ? "met" : "NOT met");
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet("党员");
        String[] headings = { "姓名", "性别", "党员类别", "在岗情况", "党员领导干部", "入党日期", "所在党支部", "党小组", "手机号码", "电子邮箱" };
        for (int column = 0; column < headings.length; column++) {
            sheet.value(0, column, headings[column]);
        }
        for (int row = 1; row <= ROWS; row++) {
            sheet.value(row, 0, "党员" + row);
            sheet.value(row, 1, row % 2 == 0 ? "男" : "女");
            sheet.value(row, 2, row % 10 == 0 ? "预备党员" : "正式党员");
            sheet.value(row, 3, "在职");
            sheet.value(row, 4, "否");
            sheet.value(row, 5, "2012-07-01");
            sheet.value(row, 6, "第" + (row % 20 + 1) + "支部");
            sheet.value(row, 8, 13_000_000_000L + row);
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** Single-row INSERTs, each its own transaction, as the application's role with the tenant set. */
    private static double rawInsertsPerSecond(UUID tenantId, UUID branchId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.get().url(), TestDatabase.APP, TestDatabase.APP)) {
            connection.createStatement().execute("select set_config('app.tenant_id', '" + tenantId + "', false)");
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into members (tenant_id, id, name, status, post_type, leader_cadre, joined_on, branch_id)
                    values (?, ?, ?, 'FULL', 'IN_OFFICE', false, date '2012-07-01', ?)""")) {
                long started = System.nanoTime();
                for (int i = 0; i < RAW_INSERTS; i++) {
                    insert.setObject(1, tenantId);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "直插" + i);
                    insert.setObject(4, branchId);
                    insert.executeUpdate();
                }
                return RAW_INSERTS / ((System.nanoTime() - started) / 1e9);
            }
        }
    }
}
