package cn.xianfeng.organization.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.identity.Invitation;
import cn.xianfeng.identity.TenantMemberships;
import cn.xianfeng.organization.InvitationIssued;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Members who sign in as themselves (to declare, see their points and object during publicity): their accounts,
 * and the member records other modules work with.
 */
@Service
class MemberAccounts implements TenantMemberships, MemberDirectory {

    private final JdbcClient jdbc;
    private final Members members;
    private final MemberRegistry registry;
    private final OrgAccess access;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionMemo<Optional<MemberProfile>> self = new TransactionMemo<>();

    MemberAccounts(JdbcClient jdbc, Members members, MemberRegistry registry, OrgAccess access, AccountManagement accounts,
            ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.members = members;
        this.registry = registry;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.mail = mail;
    }

    /**
     * Gives a member an account to sign in with, by their mobile number or e-mail: a one-time invitation link for a
     * new account; a person who already has an account simply signs in with it.
     */
    @Transactional
    MemberAccountInvitation invite(UUID memberId) {
        OrgAccess.Reach reach = access.reach();
        Member member = registry.visible(memberId, reach);
        Org branch = access.readable(member.branchId(), reach);
        if (!reach.canManageMembers(branch)) {
            throw new ForbiddenException("member.not-managed");
        }
        if (member.mobile() == null && member.email() == null) {
            throw new InvalidInputException("memberId", "role.member.no-contact");
        }
        Invitation account = accounts.accountFor(member.name(), member.mobile(), member.email());
        member.linkAccount(account.userId());
        members.saveAndFlush(member);
        if (account.link() != null) {
            events.publishEvent(new InvitationIssued(account.userId(), member.name(), member.email(), account.link(), null, branch.name()));
        }
        return new MemberAccountInvitation(member.id(), account.userId(), account.link(),
                account.link() == null || mail.getIfAvailable() == null ? null : member.email());
    }

    /** Runs before any tenant is bound: row-level security shows a user their own member rows in every tenant. */
    @Override
    @Transactional(readOnly = true)
    public List<UUID> tenantsOf(UUID userId) {
        return jdbc.sql("select distinct tenant_id from members where user_id = ?").param(userId).query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberProfile> self() {
        Optional<UUID> user = TenantContext.userId();
        if (user.isEmpty() || TenantContext.tenantId().isEmpty()) {
            return Optional.empty();
        }
        return self.get(() -> jdbc.sql(SELECT + " where m.tenant_id = ? and m.user_id = ?").params(TenantContext.tenantId().get(), user.get())
            .query(MemberAccounts::profile).optional());
    }

    @Override
    @Transactional(readOnly = true)
    public MemberProfile readable(UUID memberId) {
        MemberProfile profile = find(memberId).orElseThrow(() -> new NotFoundException("member.not-found"));
        boolean own = self().map(me -> me.id().equals(memberId)).orElse(false);
        if (!own && !access.canRead(profile.branchId())) {
            throw new NotFoundException("member.not-found");
        }
        return profile;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<YearMonth> exemptMonths(UUID memberId, int year) {
        return exemptMonths(List.of(memberId), year).getOrDefault(memberId, Set.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Set<YearMonth>> exemptMonths(Collection<UUID> memberIds, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<UUID, Set<YearMonth>> months = new HashMap<>();
        jdbc.sql("""
                select member_id, effective_from, effective_to from exemptions
                where tenant_id = ? and member_id = any(?) and status = 'APPROVED'
                  and effective_from <= ? and (effective_to is null or effective_to >= ?)""")
            .params(tenant(), memberIds.toArray(UUID[]::new), last, first)
            .query((rs, row) -> {
                Set<YearMonth> ofMember = months.computeIfAbsent(rs.getObject(1, UUID.class), member -> new TreeSet<>());
                LocalDate from = rs.getObject(2, LocalDate.class);
                LocalDate to = rs.getObject(3, LocalDate.class);
                YearMonth month = YearMonth.from(from.isBefore(first) ? first : from);
                YearMonth end = YearMonth.from(to == null || to.isAfter(last) ? last : to);
                for (; !month.isAfter(end); month = month.plusMonths(1)) {
                    ofMember.add(month);
                }
                return month;
            }).list();
        return months;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberProfile> branchmates() {
        return self().map(me -> jdbc.sql(SELECT + " where m.tenant_id = ? and m.branch_id = ? order by m.name, m.id")
            .params(tenant(), me.branchId()).query(MemberAccounts::profile).list()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberProfile> ofBranch(UUID branchId) {
        access.readable(branchId);
        return jdbc.sql(SELECT + " where m.tenant_id = ? and m.branch_id = ? order by m.name, m.id")
            .params(tenant(), branchId).query(MemberAccounts::profile).list();
    }

    private Optional<MemberProfile> find(UUID memberId) {
        return jdbc.sql(SELECT + " where m.tenant_id = ? and m.id = ?").params(tenant(), memberId).query(MemberAccounts::profile).optional();
    }

    private static final String SELECT = """
            select m.id, m.name, m.status, m.post_type, m.leader_cadre, m.joined_on, m.branch_id, o.name, o.path::text, m.group_id, m.user_id
            from members m join orgs o on o.tenant_id = m.tenant_id and o.id = m.branch_id""";

    private static MemberProfile profile(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MemberProfile(rs.getObject(1, UUID.class), rs.getString(2), MemberStatus.valueOf(rs.getString(3)),
                PostType.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getObject(6, LocalDate.class), rs.getObject(7, UUID.class),
                rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class), rs.getObject(11, UUID.class));
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }

    /** The answer to an account invitation: the link only for a new account, shown once to pass on. */
    record MemberAccountInvitation(UUID memberId, UUID userId,
            @Schema(types = {"string", "null"}, description = "The one-time link for a new account; null when the member already has one")
            @Nullable String invitationLink,
            @Schema(types = {"string", "null"}, description = "Where the invitation is e-mailed, if anywhere")
            @Nullable String invitationEmail) {
    }
}
