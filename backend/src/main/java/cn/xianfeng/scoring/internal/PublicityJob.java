package cn.xianfeng.scoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.scoring.PeriodChanged;
import cn.xianfeng.tenancy.TenantContext;

/**
 * Closes publicity on time, every minute, in whichever replica gets there first: a transaction-scoped advisory
 * lock lets one replica at a time run it, and the closing UPDATE only touches periods still in publicity, so none
 * is closed twice. Each closing is then audited in its own tenant.
 */
@Component
class PublicityJob {

    /** The advisory lock's key: any constant the application uses for nothing else. */
    private static final long LOCK = 0x58_46_50_55_42L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicityJob(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${xianfeng.publicity.check-every:PT1M}", initialDelayString = "${xianfeng.publicity.check-every:PT1M}")
    void closeDuePublicity() {
        closeDue(OffsetDateTime.now(clock));
    }

    /** The periods this run closed (none when another replica holds the lock). */
    List<Closed> closeDue(OffsetDateTime now) {
        List<Closed> closed = transactions.execute(status -> {
            boolean ours = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
            if (!ours) {
                return List.<Closed>of();
            }
            return jdbc.sql("select tenant_id, period_id, branch_id, month from close_due_publicity(?)").param(now)
                .query((rs, row) -> new Closed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        YearMonth.from(rs.getObject(4, LocalDate.class))))
                .list();
        });
        for (Closed period : closed) {
            TenantContext.callInTenant(period.tenantId(), () -> transactions.execute(status -> {
                String path = jdbc.sql("select path::text from orgs where tenant_id = ? and id = ?").params(period.tenantId(), period.branchId())
                    .query(String.class).single();
                events.publishEvent(new PeriodChanged(PeriodChanged.Kind.PUBLICITY_CLOSED, period.periodId(), period.branchId(),
                        period.month().toString(), new PeriodChanged.Snapshot("IN_PUBLICITY", null, null),
                        new PeriodChanged.Snapshot("PUBLICITY_CLOSED", null, null), path));
                return null;
            }));
        }
        return closed;
    }

    record Closed(UUID tenantId, UUID periodId, UUID branchId, YearMonth month) {
    }
}
