package cn.xianfeng.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    AccountManagement(Users users, RoleAssignments roleAssignments, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.roleAssignments = roleAssignments;
        this.passwordEncoder = passwordEncoder;
    }

    /** Opens an account; a mobile number or e-mail that is already registered is a conflict on that field. */
    @Transactional
    public UUID open(NewAccount account) {
        String email = account.email() == null ? null : account.email().toLowerCase(Locale.ROOT);
        List<FieldCode> taken = new ArrayList<>();
        if (account.mobile() != null && users.existsByMobile(account.mobile())) {
            taken.add(new FieldCode("mobile", "account.mobile.taken"));
        }
        if (email != null && users.existsByEmail(email)) {
            taken.add(new FieldCode("email", "account.email.taken"));
        }
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

    /** The tenants in which the user holds a role; the user must be the one bound to the request. */
    @Transactional(readOnly = true)
    public List<UUID> tenantsOf(UUID userId) {
        return roleAssignments.findTenantIdsOfUser(userId);
    }
}
