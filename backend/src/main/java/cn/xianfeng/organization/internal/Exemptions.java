package cn.xianfeng.organization.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Exemptions extends JpaRepository<Exemption, UUID> {
}
