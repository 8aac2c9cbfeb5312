package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Exemptions extends JpaRepository<Exemption, UUID> {

    List<Exemption> findByMemberIdAndBranchId(UUID memberId, UUID branchId);
}
