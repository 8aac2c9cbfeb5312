package cn.xianfeng.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Users extends JpaRepository<User, UUID> {

    boolean existsByMobile(String mobile);

    /** E-mail addresses are stored lower-cased. */
    boolean existsByEmail(String email);

    Optional<User> findByMobile(String mobile);

    Optional<User> findByEmail(String email);

    Optional<User> findByInvitationTokenHash(String invitationTokenHash);
}
