/**
 * Tenants and the tenant context. Every tenant-owned row carries {@code tenant_id}; the application scopes
 * its queries (Hibernate {@code @TenantId}) and PostgreSQL row-level security is the backstop, keyed on
 * {@code app.tenant_id}, which this module sets at the start of every transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package cn.xianfeng.tenancy;
