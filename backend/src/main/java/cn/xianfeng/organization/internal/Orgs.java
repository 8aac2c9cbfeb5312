package cn.xianfeng.organization.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Orgs extends JpaRepository<Org, UUID> {

    Optional<Org> findByParentIdIsNull();
}
