package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.identity.Role;

/**
 * A member was given a role, or an account to sign in as a member ({@code role} null), and needs to set their
 * first password: {@code link} is the path of their one-time invitation. Deliberately not audited (the link is
 * a secret); delivered by e-mail where the member has one.
 */
public record InvitationIssued(UUID userId, String name, @Nullable String email, String link, @Nullable Role role, String orgName) {
}
