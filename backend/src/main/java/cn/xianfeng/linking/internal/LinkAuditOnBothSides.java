package cn.xianfeng.linking.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.linking.LinkChanged;
import cn.xianfeng.tenancy.TenantContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * A link's change is audited by the audit module in the tenant of whoever made it; the other side of the link learns
 * of it in its own log too (who, when, before, after), through a function that writes there and nowhere else.
 */
@Component
class LinkAuditOnBothSides {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LinkAuditOnBothSides(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void recordForTheOtherSide(LinkChanged change) {
        jdbc.sql("select audit_link_change_for_other_side(?, ?, ?, ?::jsonb, ?::jsonb)")
            .params(change.entityId(), TenantContext.userId().orElse(null), change.action(),
                    change.before() == null ? null : json.writeValueAsString(change.before()), json.writeValueAsString(change.after()))
            .query().singleRow();
    }
}
