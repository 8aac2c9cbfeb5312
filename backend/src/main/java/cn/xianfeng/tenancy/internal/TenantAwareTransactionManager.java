package cn.xianfeng.tenancy.internal;

import java.sql.PreparedStatement;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.xianfeng.tenancy.TenantContext;

/**
 * Starts every transaction by telling PostgreSQL who is acting: {@code app.tenant_id} and {@code app.user_id}
 * are set transaction-locally, so row-level security applies them and a pooled connection forgets them at
 * commit. An unbound tenant is set to empty, which RLS treats as "no tenant": nothing tenant-owned is visible.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
            .getResource(obtainEntityManagerFactory());
        EntityManager entityManager = holder.getEntityManager();
        String tenant = TenantContext.tenantId().map(UUID::toString).orElse("");
        String user = TenantContext.userId().map(UUID::toString).orElse("");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection
                .prepareStatement("select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)")) {
                statement.setString(1, tenant);
                statement.setString(2, user);
                statement.execute();
            }
        });
    }
}
