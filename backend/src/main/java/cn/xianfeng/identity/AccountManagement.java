package cn.xianfeng.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.identity.internal.InvitationTokens;
import cn.xianfeng.identity.internal.RoleAssignment;
import cn.xianfeng.identity.internal.RoleAssignments;
import cn.xianfeng.identity.internal.User;
import cn.xianfeng.identity.internal.Users;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.XianfengException.FieldCode;

/** Opens accounts and assigns roles. */
@Service
public class AccountManagement {

    private final Users users;
    private final RoleAssignments roleAssignments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ObjectProvider<TenantMemberships> memberships;

    AccountManagement(Users users, RoleAssignments roleAssignments, PasswordEncoder passwordEncoder, Clock clock,
            ObjectProvider<TenantMemberships> memberships) {
        this.users = users;
        this.roleAssignments = roleAssignments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.memberships = memberships;
    }

    /** Opens an account; a mobile number or e-mail that is already registered is a conflict on that field. */
    @Transactional
    public UUID open(NewAccount account) {
        String email = account.email() == null ? null : account.email().toLowerCase(Locale.ROOT);
        List<FieldCode> taken = new ArrayList<>();
        // An invited person who has not set a password yet is told to use their invitation instead.
        Optional.ofNullable(account.mobile()).flatMap(users::findByMobile).ifPresent(user ->
                taken.add(new FieldCode("mobile", user.isPending() ? "account.mobile.invited" : "account.mobile.taken")));
        Optional.ofNullable(email).flatMap(users::findByEmail).ifPresent(user ->
                taken.add(new FieldCode("email", user.isPending() ? "account.email.invited" : "account.email.taken")));
        if (!taken.isEmpty()) {
            throw new ConflictException("account.already-registered", taken);
        }
        User user = new User(UUID.randomUUID(), account.displayName(), account.mobile(), email,
                passwordEncoder.encode(account.rawPassword()));
        try {
            return users.saveAndFlush(user).id();
        }
        catch (DataIntegrityViolationException concurrentRegistration) {
            throw new ConflictException("account.already-registered", List.of());
        }
    }

    /**
     * The account of the person with this mobile number or e-mail, or, if there is none, a new invited account
     * with a fresh invitation link. A pending account (invited, no password yet) gets a fresh link too.
     */
    @Transactional
    public Invitation accountFor(String displayName, @Nullable String mobile, @Nullable String email) {
        String normalizedEmail = email == null ? null : email.toLowerCase(Locale.ROOT);
        Optional<User> existing = Optional.ofNullable(mobile).flatMap(users::findByMobile)
            .or(() -> Optional.ofNullable(normalizedEmail).flatMap(users::findByEmail));
        if (existing.isPresent() && !existing.get().isPending()) {
            return new Invitation(existing.get().id(), null);
        }
        String token = InvitationTokens.newToken();
        Instant expiresAt = clock.instant().plus(InvitationTokens.VALIDITY);
        User user = existing.map(pending -> {
            pending.reinvite(InvitationTokens.hash(token), expiresAt);
            return pending;
        }).orElseGet(() -> User.invited(UUID.randomUUID(), displayName, mobile, normalizedEmail,
                InvitationTokens.hash(token), expiresAt));
        return new Invitation(users.saveAndFlush(user).id(), InvitationTokens.LINK + token);
    }

    /** Withdraws a role assignment of the current tenant; false if there is none with this id. */
    @Transactional
    public boolean revoke(UUID assignmentId) {
        return roleAssignments.findById(assignmentId).map(assignment -> {
            roleAssignments.delete(assignment);
            return true;
        }).orElse(false);
    }

    /** The role assignments at an org of the current tenant. */
    @Transactional(readOnly = true)
    public List<RoleAssignmentView> rolesAt(UUID orgId) {
        return roleAssignments.findByOrgIdOrderByRole(orgId).stream().map(RoleAssignment::toView).toList();
    }

    /** Assigns {@code role} at {@code orgId} in the current tenant. */
    @Transactional
    public RoleAssignmentView assign(UUID userId, UUID orgId, Role role) {
        return roleAssignments.save(new RoleAssignment(UUID.randomUUID(), userId, orgId, role)).toView();
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(UUID userId) {
        return users.findById(userId).map(User::toAccount);
    }

    /** The user's roles in the current tenant. */
    @Transactional(readOnly = true)
    public List<RoleAssignmentView> rolesOf(UUID userId) {
        return roleAssignments.findByUserIdOrderByRole(userId).stream().map(RoleAssignment::toView).toList();
    }

    /**
     * The tenants in which the user holds a role or is otherwise a member (e.g. a party member with an account);
     * the user must be the one bound to the request.
     */
    @Transactional(readOnly = true)
    public List<UUID> tenantsOf(UUID userId) {
        Set<UUID> tenants = new LinkedHashSet<>(roleAssignments.findTenantIdsOfUser(userId));
        memberships.orderedStream().forEach(source -> tenants.addAll(source.tenantsOf(userId)));
        return List.copyOf(tenants);
    }
}
