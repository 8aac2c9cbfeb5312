package cn.xianfeng.tenancy.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Tenants extends JpaRepository<Tenant, UUID> {
}
