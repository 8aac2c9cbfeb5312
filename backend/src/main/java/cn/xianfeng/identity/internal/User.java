package cn.xianfeng.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;

import cn.xianfeng.identity.Account;

/** A person's account. Global, not tenant-owned: one person may act in several tenants. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;

    private String displayName;

    private String mobile;

    private String email;

    private String passwordHash;

    /** SHA-256 of the invitation link's token; null once the person has set a password. */
    private String invitationTokenHash;

    private Instant invitationExpiresAt;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(UUID id, String displayName, String mobile, String email, String passwordHash) {
        this.id = id;
        this.displayName = displayName;
        this.mobile = mobile;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public Account toAccount() {
        return new Account(id, displayName, mobile, email);
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public static User invited(UUID id, String displayName, String mobile, String email, String tokenHash, Instant expiresAt) {
        User user = new User(id, displayName, mobile, email, null);
        user.invitationTokenHash = tokenHash;
        user.invitationExpiresAt = expiresAt;
        return user;
    }

    /** Invited, and has not set a password yet: cannot sign in. */
    public boolean isPending() {
        return passwordHash == null;
    }

    boolean invitationValidAt(Instant now) {
        return invitationTokenHash != null && invitationExpiresAt != null && invitationExpiresAt.isAfter(now);
    }

    /** Sets the first password through the invitation, which is then used up. */
    void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.invitationTokenHash = null;
        this.invitationExpiresAt = null;
    }

    /** A new link for a pending account, e.g. when the old one expired or went astray. */
    public void reinvite(String tokenHash, Instant expiresAt) {
        this.invitationTokenHash = tokenHash;
        this.invitationExpiresAt = expiresAt;
    }

}
