package cn.xianfeng.scoring.internal;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.scoring.DeclarationWindowClosing;
import cn.xianfeng.tenancy.TenantContext;

/**
 * Reminds members that last month's declaration window closes soon: from {@code days-before} days ahead of their
 * scheme's deadline day until the deadline itself, once per branch and month. A row per reminder, inserted
 * first, makes "once" hold across replicas and restarts; a day the job missed is made up on the next.
 */
@Component
class DeclarationReminderJob {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SchemeCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int daysBefore;

    DeclarationReminderJob(JdbcClient jdbc, PlatformTransactionManager transactions, SchemeCatalog catalog, ApplicationEventPublisher events,
            Clock clock, @Value("${xianfeng.reminders.days-before:2}") int daysBefore) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${xianfeng.reminders.cron:0 0 9 * * *}", zone = ChinaCalendar.ZONE_ID)
    void remindDaily() {
        remind(ChinaCalendar.today(clock));
    }

    /** Sends what is due on {@code today} (Beijing); the reminders this run sent. */
    List<DeclarationWindowClosing> remind(LocalDate today) {
        YearMonth closing = YearMonth.from(today).minusMonths(1);
        List<UUID> tenants = transactions.execute(status -> jdbc.sql("select tenant_id from tenants_with_member_accounts()").query(UUID.class).list());
        List<DeclarationWindowClosing> sent = new ArrayList<>();
        for (UUID tenant : tenants) {
            sent.addAll(TenantContext.callInTenant(tenant, () -> transactions.execute(status -> remindIn(tenant, closing, today))));
        }
        return sent;
    }

    private List<DeclarationWindowClosing> remindIn(UUID tenant, YearMonth closing, LocalDate today) {
        List<DeclarationWindowClosing> sent = new ArrayList<>();
        for (Branch branch : branchesToRemind(tenant, closing)) {
            LocalDate deadline = catalog.applyingTo(branch.path(), closing.getYear()).map(scheme -> deadline(scheme, closing)).orElse(null);
            if (deadline == null || today.isBefore(deadline.minusDays(daysBefore)) || today.isAfter(deadline)) {
                continue;
            }
            int claimed = jdbc.sql("""
                    insert into declaration_reminders (tenant_id, branch_id, month, deadline) values (?, ?, ?, ?)
                    on conflict do nothing""")
                .params(tenant, branch.id(), closing.atDay(1), deadline).update();
            if (claimed == 1) {
                DeclarationWindowClosing reminder = new DeclarationWindowClosing(branch.id(), closing.toString(), deadline, branch.userIds());
                events.publishEvent(reminder);
                sent.add(reminder);
            }
        }
        return sent;
    }

    private static LocalDate deadline(AppliedScheme scheme, YearMonth month) {
        YearMonth following = month.plusMonths(1);
        return following.atDay(Math.min(scheme.declarationDeadlineDay(), following.lengthOfMonth()));
    }

    /** Branches whose month is still open, with their members who sign in and are not exempt that month. */
    private List<Branch> branchesToRemind(UUID tenant, YearMonth month) {
        return jdbc.sql("""
                select o.id, o.path::text, array_agg(m.user_id order by m.name)
                from orgs o join members m on m.tenant_id = o.tenant_id and m.branch_id = o.id
                where o.tenant_id = ? and m.user_id is not null
                  and not exists (select 1 from exemptions e where e.tenant_id = m.tenant_id and e.member_id = m.id and e.status = 'APPROVED'
                                  and e.effective_from <= ? and (e.effective_to is null or e.effective_to >= ?))
                  and not exists (select 1 from periods p where p.tenant_id = o.tenant_id and p.branch_id = o.id and p.month = ?
                                  and p.status <> 'REOPENED')
                group by o.id, o.path""")
            .params(tenant, month.atEndOfMonth(), month.atDay(1), month.atDay(1))
            .query((rs, row) -> new Branch(rs.getObject(1, UUID.class), rs.getString(2), users(rs.getArray(3))))
            .list();
    }

    private static List<UUID> users(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    private record Branch(UUID id, String path, List<UUID> userIds) {
    }
}
