package cn.xianfeng.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers, per caller and key, the request first sent and the answer it got. Outside a tenant (signing up) each
 * statement commits on its own, so a concurrent retry sees the claim at once; within one they join the request's
 * transaction (see {@link IdempotencyFilter}). Keys are kept for a day; expired ones are swept hourly.
 */
@Component
class IdempotentRequests {

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a new request, or returns what is known of an earlier one. */
    Optional<Earlier> claim(String caller, String key, String requestHash) {
        int claimed = jdbc.sql("""
                insert into idempotent_requests (caller, idempotency_key, request_hash) values (?, ?, ?)
                on conflict do nothing""")
            .params(caller, key, requestHash).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select request_hash, response_status, response_type, response_body from idempotent_requests
                where caller = ? and idempotency_key = ?""")
            .params(caller, key)
            .query((rs, row) -> new Earlier(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
            .optional();
    }

    /** Forgets keys older than a day; any replica may run it, as often as it likes. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetExpired() {
        jdbc.sql("delete from idempotent_requests where created_at < now() - interval '24 hours'").update();
    }

    void complete(String caller, String key, int status, @Nullable String contentType, byte[] body) {
        jdbc.sql("""
                update idempotent_requests set response_status = ?, response_type = ?, response_body = ?
                where caller = ? and idempotency_key = ?""")
            .params(status, contentType, body, caller, key).update();
    }

    /** Forgets a claim whose request failed, so that a retry runs it again. */
    void release(String caller, String key) {
        jdbc.sql("delete from idempotent_requests where caller = ? and idempotency_key = ? and response_status is null")
            .params(caller, key).update();
    }

    record Earlier(String requestHash, @Nullable Integer status, @Nullable String contentType, byte @Nullable [] body) {

        boolean isAnswered() {
            return status != null;
        }
    }
}
