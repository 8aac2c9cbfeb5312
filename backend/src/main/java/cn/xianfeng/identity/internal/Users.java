package cn.xianfeng.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Users extends JpaRepository<User, UUID> {

    Optional<User> findByMobile(String mobile);

    /** E-mail addresses are stored lower-cased. */
    Optional<User> findByEmail(String email);

    Optional<User> findByInvitationTokenHash(String invitationTokenHash);
}
