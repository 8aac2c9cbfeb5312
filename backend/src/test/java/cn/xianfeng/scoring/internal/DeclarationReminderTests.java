package cn.xianfeng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xianfeng.scoring.DeclarationWindowClosing;
import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/** "The declaration window is closing": from two days before the deadline, once per branch and month, never to the exempt. */
class DeclarationReminderTests extends IntegrationTest {

    @Autowired
    private DeclarationReminderJob job;

    @Test
    void membersAreRemindedOnceBeforeTheDeadlineExceptTheExempt() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        YearMonth march = YearMonth.of(year, 3);
        Institution institution = onboard("提醒党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "提醒支部", "monthly-top-three", year);
        SignedInMember member = signedInMember(admin, branch, "待提醒党员");
        SignedInMember exempt = signedInMember(admin, branch, "免于积分党员");
        asOwner().sql("""
                insert into exemptions (tenant_id, id, member_id, branch_id, reason, effective_from, upper_approval_required, status, applied_on)
                values (?, ?, ?, ?, 'ELDERLY_OR_ILL', ?, false, 'APPROVED', ?)""")
            .params(institution.tenantId(), UUID.randomUUID(), exempt.id(), branch, march.atDay(1), march.atDay(1)).update();
        // The preset's deadline: the 5th of the following month.
        LocalDate deadline = LocalDate.of(year, 4, 5);

        assertThat(ours(job.remind(deadline.minusDays(3)), branch)).as("too early").isEmpty();
        List<DeclarationWindowClosing> sent = fromTwoReplicasAtOnce(deadline.minusDays(2)).stream().filter(reminder -> reminder.branchId().equals(branch))
            .toList();

        assertThat(sent).as("two replicas, one reminder").hasSize(1);
        assertThat(sent.getFirst().month()).isEqualTo(march.toString());
        assertThat(sent.getFirst().deadline()).isEqualTo(deadline);
        assertThat(member.browser().get("/api/v1/me/notifications").body()).contains(march + " 积分申报将于 4月5日 截止");
        assertThat(exempt.browser().get("/api/v1/me/notifications").body()).as("exempt that month").doesNotContain("积分申报将于");
        assertThat(ours(job.remind(deadline), branch)).as("once per branch and month").isEmpty();
        assertThat(ours(job.remind(deadline.plusDays(1)), branch)).as("the window has closed").isEmpty();
    }

    private List<DeclarationWindowClosing> fromTwoReplicasAtOnce(LocalDate today) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<DeclarationWindowClosing>>> replicas = List.of(1, 2).stream().map(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return job.remind(today);
        })).toList();
        start.countDown();
        return replicas.stream().flatMap(replica -> replica.join().stream()).toList();
    }

    private static List<DeclarationWindowClosing> ours(List<DeclarationWindowClosing> sent, UUID branch) {
        return sent.stream().filter(reminder -> reminder.branchId().equals(branch)).toList();
    }
}
