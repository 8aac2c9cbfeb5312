package cn.xianfeng.tenancy.internal;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.xianfeng.tenancy.TenantContext;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /** No tenant bound: a tenant id that owns nothing, so tenant-owned queries find nothing. */
    static final UUID NO_TENANT = new UUID(0, 0);

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantAwareTransactionManager(entityManagerFactory);
    }

    /** Hibernate's {@code @TenantId} filter: the application-side half of tenant isolation. */
    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolver() {
        CurrentTenantIdentifierResolver<UUID> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public UUID resolveCurrentTenantIdentifier() {
                return TenantContext.tenantId().orElse(NO_TENANT);
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return false;
            }
        };
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
