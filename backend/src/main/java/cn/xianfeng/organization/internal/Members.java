package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Members extends JpaRepository<Member, UUID> {

    Optional<Member> findByMobile(String mobile);

    List<Member> findByUserIdIn(java.util.Collection<UUID> userIds);
}
