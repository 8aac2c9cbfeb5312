package cn.xianfeng.audit.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.audit.AuditEntry;
import cn.xianfeng.audit.Auditable;
import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.tenancy.TenantContext;

import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the audit log. Writing joins the change's transaction: no change without its entry. */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AccountManagement accounts;

    AuditLog(JdbcClient jdbc, JsonMapper json, AccountManagement accounts) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Auditable change) {
        UUID tenantId = TenantContext.tenantId()
            .orElseThrow(() -> new IllegalStateException("An audited change outside a tenant: " + change.action()));
        jdbc.sql("""
                insert into audit_log (tenant_id, id, actor_id, action, entity_type, entity_id, org_path, before, after)
                values (?, ?, ?, ?, ?, ?, ?::ltree, ?::jsonb, ?::jsonb)""")
            .params(tenantId, UUID.randomUUID(), TenantContext.userId().orElse(null), change.action(),
                    change.entityType(), change.entityId(), change.orgPath(), toJson(change.before()),
                    toJson(change.after()))
            .update();
    }

    /** The newest entries under any of {@code paths}, with the actors' names. */
    @Transactional(readOnly = true)
    AuditLogPage search(List<String> paths, int page, int size) {
        String[] scopes = paths.toArray(String[]::new);
        long total = jdbc.sql("select count(*) from audit_log where org_path <@ ?::ltree[]")
            .param(scopes).query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("""
                select id, occurred_at, actor_id, action, entity_type, entity_id, before::text, after::text,
                       subpath(org_path, -1)::text as org_label
                from audit_log
                where org_path <@ ?::ltree[]
                order by occurred_at desc, id
                limit ? offset ?""")
            .params(scopes, size, (long) page * size)
            .query((rs, row) -> new AuditEntry(rs.getObject(1, UUID.class),
                    rs.getObject(2, OffsetDateTime.class), rs.getObject(3, UUID.class), null,
                    rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), orgOf(rs.getString(9)),
                    state(rs.getString(7)), state(rs.getString(8))))
            .list();
        return new AuditLogPage(withActorNames(entries), page, size, total);
    }

    /** One look-up per distinct actor on the page (at most the page size), through identity's API. */
    private List<AuditEntry> withActorNames(List<AuditEntry> entries) {
        Map<UUID, String> names = new HashMap<>();
        entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull).distinct()
            .forEach(actor -> accounts.account(actor).ifPresent(account -> names.put(actor, account.displayName())));
        return entries.stream()
            .map(entry -> entry.actorId() == null ? entry : new AuditEntry(entry.id(), entry.occurredAt(),
                    entry.actorId(), names.get(entry.actorId()), entry.action(), entry.entityType(), entry.entityId(), entry.orgId(),
                    entry.before(), entry.after()))
            .toList();
    }

    /** The org of a path's last label: the org's id without its dashes (organization's Org.label). */
    private static @Nullable UUID orgOf(@Nullable String label) {
        if (label == null || label.length() != 32) {
            return null;
        }
        return UUID.fromString(label.replaceFirst("(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5"));
    }

    /** A state as stored: an object as it is; anything else (a text, say) under {@code value}. */
    @SuppressWarnings("unchecked")
    private @Nullable Map<String, Object> state(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        tools.jackson.databind.JsonNode node = json.readTree(stored);
        return node.isObject() ? json.treeToValue(node, Map.class) : Map.of("value", json.treeToValue(node, Object.class));
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    record AuditLogPage(List<AuditEntry> items, int page, int size, long total) {
    }
}
