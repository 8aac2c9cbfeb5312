package cn.xianfeng.onboarding.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.web.TooManyRequestsException;

/**
 * At most N sign-up attempts per client address per hour, counted in PostgreSQL so that every replica
 * shares the count. Each attempt is recorded in its own transaction, so failed attempts count too.
 */
@Component
class OnboardingRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int perHour;

    OnboardingRateLimit(JdbcClient jdbc, TransactionTemplate transactions,
            @Value("${xianfeng.onboarding.attempts-per-hour}") int perHour) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.perHour = perHour;
    }

    void acquire(String clientAddress) {
        boolean allowed = Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(clientAddress).query().singleRow();
            jdbc.sql("delete from onboarding_attempts where client_address = ? and attempted_at < now() - ?::interval")
                .params(clientAddress, WINDOW.toSeconds() + " seconds")
                .update();
            long recent = jdbc.sql("select count(*) from onboarding_attempts where client_address = ?")
                .param(clientAddress)
                .query(Long.class)
                .single();
            if (recent >= perHour) {
                return false;
            }
            jdbc.sql("insert into onboarding_attempts (client_address) values (?)").param(clientAddress).update();
            return true;
        }));
        if (!allowed) {
            throw new TooManyRequestsException("onboarding.rate-limited", WINDOW);
        }
    }
}
