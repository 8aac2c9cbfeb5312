package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

/** Review (初评): the supervisor flags a doubtful entry; the month waits until the branch has put it right and said so. */
class EntryFlagTests extends IntegrationTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final String month = YearMonth.from(today).toString();

    @Test
    void aFlaggedEntryHoldsTheMonthUntilTheRecorderResolvesIt() {
        Institution institution = onboard("监督党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "监督支部", "monthly-top-three", today.getYear());
        UUID member = addMember(admin, branch, "被核党员", "flagged-" + UUID.randomUUID() + "@example.cn");
        Browser recorder = holding(admin, branch, branch, "RECORDER");
        Browser supervisor = holding(admin, branch, branch, "SUPERVISOR");
        Browser secretary = holding(admin, branch, branch, "SECRETARY");
        Response entry = recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member, "item", "P6-RULES-LAPSE", "month", month,
                "quantity", 1, "reason", "会议迟到"));
        String entryId = entry.json().get("id").asString();

        assertThat(recorder.postJson("/api/v1/ledger-entries/" + entryId + "/flags", Map.of("note", "自己标自己")).status())
            .as("the recorder does not supervise").isEqualTo(403);
        Response blank = supervisor.postJson("/api/v1/ledger-entries/" + entryId + "/flags", Map.of("note", " "));
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        Response flagged = supervisor.postJson("/api/v1/ledger-entries/" + entryId + "/flags", Map.of("note", "签到表显示按时到会"));
        assertThat(flagged.status()).as("%s", flagged).isEqualTo(201);
        assertThat(supervisor.postJson("/api/v1/ledger-entries/" + entryId + "/flags", Map.of("note", "再标一次")).status())
            .as("one open flag per entry").isEqualTo(409);
        assertThat(row(recorder, member, entryId).get("flagged").asBoolean()).isTrue();
        assertThat(recorder.get("/api/v1/me/notifications").body()).as("the record keepers are told").contains("积分记录被标记存疑", "签到表显示按时到会");

        Response held = secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month));
        assertThat(held.status()).isEqualTo(400);
        assertThat(held.json().get("errors").get(0).get("message").asString()).isEqualTo("本月还有 1 条积分记录被标记存疑尚未处理，不能审核通过。");

        String flag = flagged.json().get("id").asString();
        long version = flagged.json().get("version").asLong();
        assertThat(supervisor.postJson("/api/v1/entry-flags/" + flag + "/resolve", Map.of("version", version, "resolution", "自己结案")).status())
            .as("the record keepers resolve, not the supervisor").isEqualTo(403);
        Response voiding = recorder.postJson("/api/v1/ledger-entries/" + entryId + "/corrections", Map.of("voided", true, "reason", "核实签到表，按时到会"));
        assertThat(voiding.json().get("counting").asBoolean()).as("a voiding row is no points of its own").isFalse();
        Response resolved = recorder.postJson("/api/v1/entry-flags/" + flag + "/resolve", Map.of("version", version, "resolution", "已作废该条扣分"));
        assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(recorder.postJson("/api/v1/entry-flags/" + flag + "/resolve", Map.of("version", version, "resolution", "再结一次")).status())
            .isEqualTo(409);
        assertThat(supervisor.get("/api/v1/me/notifications").body()).contains("存疑记录已处理", "已作废该条扣分");
        assertThat(admin.get("/api/v1/entry-flags?orgId=" + institution.rootOrgId()).json())
            .extracting(found -> found.get("status").asString() + " " + found.get("memberName").asString()).containsExactly("RESOLVED 被核党员");

        assertThat(secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month)).status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/audit-log?size=50").body()).contains("ENTRY_FLAG_RAISED", "ENTRY_FLAG_RESOLVED");
    }

    private static JsonNode row(Browser reader, UUID member, String entryId) {
        for (JsonNode row : reader.get("/api/v1/ledger-entries?memberId=" + member + "&year=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).json()) {
            if (row.get("id").asString().equals(entryId)) {
                return row;
            }
        }
        throw new AssertionError("no row " + entryId);
    }
}
