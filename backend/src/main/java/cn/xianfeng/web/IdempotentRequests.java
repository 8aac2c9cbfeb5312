package cn.xianfeng.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers, per caller and key, the request first sent and the answer it got. Outside a tenant (signing up) the key
 * is claimed first and each statement commits on its own, so a concurrent retry sees the claim at once; within one
 * the answer is remembered in the request's own transaction (see {@link IdempotencyFilter}). Keys are kept for a day;
 * expired ones are swept hourly.
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
        return claimed == 1 ? Optional.empty() : earlier(caller, key);
    }

    /** What is known of an earlier request with the key. */
    Optional<Earlier> earlier(String caller, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_type, response_body from idempotent_requests
                where caller = ? and idempotency_key = ?""")
            .params(caller, key)
            .query((rs, row) -> new Earlier(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
            .optional();
    }

    /**
     * Keeps a request's answer under its key, unless the key is taken; false then. Waits for a request holding the key
     * in a transaction still running, and is false if that one commits.
     */
    boolean remember(String caller, String key, String requestHash, int status, @Nullable String contentType, byte[] body) {
        return jdbc.sql("""
                insert into idempotent_requests (caller, idempotency_key, request_hash, response_status, response_type, response_body)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
            .params(caller, key, requestHash, status, contentType, body).update() == 1;
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
