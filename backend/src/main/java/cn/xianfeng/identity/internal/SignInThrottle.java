package cn.xianfeng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords, counted per login and client address and per address alone (ADR 014). Too many of either within the
 * lockout's duration refuse that address for that long; the account itself stays open to everyone else. Every
 * count is settled in one statement, so concurrent attempts cannot slip past the limit.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties.Lockout limits;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.limits = properties.lockout();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean refuses(String login, String address) {
        return jdbc.sql("select count(*) from sign_in_failures where subject in (?, ?) and locked_until > ?")
            .params(ofLogin(login, address), ofAddress(address), at(clock.instant()))
            .query(Long.class).single() > 0;
    }

    @Transactional
    public void recordFailure(String login, String address) {
        count(ofLogin(login, address), limits.maxAttempts());
        count(ofAddress(address), limits.maxAttemptsPerAddress());
    }

    /** The person got in: their own count from this address starts again (the address's count does not). */
    @Transactional
    public void recordSuccess(String login, String address) {
        jdbc.sql("delete from sign_in_failures where subject = ?").param(ofLogin(login, address)).update();
    }

    private void count(String subject, int limit) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.duration());
        jdbc.sql("""
                insert into sign_in_failures as f (subject, failures, first_at, locked_until)
                values (:subject, 1, :now, case when 1 >= :limit then :until end)
                on conflict (subject) do update set
                    failures = case when f.first_at <= :windowStart then 1 else f.failures + 1 end,
                    first_at = case when f.first_at <= :windowStart then :now else f.first_at end,
                    locked_until = case
                        when (case when f.first_at <= :windowStart then 1 else f.failures + 1 end) >= :limit then :until
                        else f.locked_until end""")
            .param("subject", subject)
            .param("now", at(now))
            .param("windowStart", at(windowStart))
            .param("limit", limit)
            .param("until", at(now.plus(limits.duration())))
            .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String ofLogin(String login, String address) {
        String normalised = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return "login:" + normalised + "@" + address;
    }

    private static String ofAddress(String address) {
        return "address:" + address;
    }
}
