package cn.xianfeng.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.identity.Role;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.scoring.AlertRaised;
import cn.xianfeng.scoring.DeclarationChanged;
import cn.xianfeng.scoring.DeclarationWindowClosing;
import cn.xianfeng.scoring.EntryFlagChanged;
import cn.xianfeng.scoring.ObjectionChanged;
import cn.xianfeng.scoring.PeriodChanged;
import cn.xianfeng.tenancy.TenantContext;

/**
 * The monthly cycle's notifications: written in the same transaction as the change they tell of (no change
 * without its notice, no notice of a change rolled back), e-mailed once it commits where the person has an
 * address and SMTP is configured. In Chinese: the people are, and so is the paper process they replace.
 */
@Component
class ScoringNotifications {

    private static final Logger log = LoggerFactory.getLogger(ScoringNotifications.class);

    private static final Map<String, String> DECISIONS = Map.of("APPROVED", "已通过", "ADJUSTED", "已调整", "REJECTED", "未通过",
            "RETURNED", "被退回修改");
    private static final Map<String, String> ALERTS = Map.of(
            "BELOW_PASSING_1", "月度积分低于合格分，请支部书记谈话整改",
            "BELOW_PASSING_2", "连续两个月积分低于合格分，请党委指派人员约谈整改",
            "BELOW_PASSING_3", "连续三个月积分低于合格分，请结合年度民主评议按规定处置",
            "ZERO_MONTH", "月积分为0，支部书记须在述职时说明情况",
            "BRANCH_BELOW_PASSING", "支部积分低于合格分的党员比例达到预警线，支部不能参评“五好党支部”");

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final AccountManagement accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final SchemeCatalog schemes;

    ScoringNotifications(JdbcClient jdbc, MemberDirectory members, AccountManagement accounts, ObjectProvider<JavaMailSender> mail,
            SchemeCatalog schemes, @Value("${xianfeng.mail.from}") String from) {
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
    }

    @EventListener
    void declarationReviewed(DeclarationChanged change) {
        String decision = DECISIONS.get(change.after().status());
        if (decision == null) {
            return;
        }
        userOf(change.memberId()).ifPresent(user -> notify(List.of(user), "DECLARATION_REVIEWED", "您的积分申报" + decision,
                "申报的“" + itemName(change.orgPath(), change.after()) + "”（" + change.after().occurredOn() + "）" + decision
                        + (change.after().reason() == null ? "。" : "：" + change.after().reason()), "/points"));
    }

    /** The item as members know it, by its name in the scheme their branch applies; people never read item codes. */
    private String itemName(String branchPath, DeclarationChanged.Snapshot declaration) {
        return schemes.applyingTo(branchPath, declaration.occurredOn().getYear())
            .flatMap(scheme -> scheme.item(declaration.itemCode()))
            .map(SchemeItem::name)
            .orElse("积分项目");
    }

    @EventListener
    void publicityOpened(PeriodChanged change) {
        if (change.kind() != PeriodChanged.Kind.PUBLICITY_OPENED) {
            return;
        }
        List<UUID> users = members.ofBranch(change.branchId()).stream().map(MemberProfile::userId).filter(java.util.Objects::nonNull).toList();
        notify(users, "PUBLICITY_OPENED", change.month() + " 积分公示已开始",
                "本支部 " + change.month() + " 的积分已公示" + (change.after().publicityUntil() == null ? ""
                        : "，至 " + change.after().publicityUntil().toLocalDate() + " 止") + "。如有异议，请在公示期内提出。",
                "/publicity/" + change.entityId());
    }

    @EventListener
    void objectionAnswered(ObjectionChanged change) {
        if (change.kind() == ObjectionChanged.Kind.RAISED) {
            return;
        }
        userOf(change.objectorId()).ifPresent(user -> notify(List.of(user), "OBJECTION_ANSWERED",
                "您的异议" + (change.kind() == ObjectionChanged.Kind.UPHELD ? "成立" : "未被采纳"),
                "支部答复：" + change.after().answer(), "/points"));
    }

    @EventListener
    void alertRaised(AlertRaised alert) {
        Set<UUID> users = new LinkedHashSet<>();
        accounts.rolesAt(alert.branchId()).stream().filter(role -> role.role() == Role.SECRETARY || role.role() == Role.DEPUTY_SECRETARY)
            .forEach(role -> users.add(role.userId()));
        String who = alert.memberId() == null ? "支部" : members.readable(alert.memberId()).name();
        notify(new ArrayList<>(users), "ALERT_RAISED", "积分预警：" + who + "（" + alert.month() + "）",
                ALERTS.getOrDefault(alert.kind(), alert.kind()) + "。", "/alerts");
    }

    @EventListener
    void entryFlagged(EntryFlagChanged change) {
        if (change.kind() == EntryFlagChanged.Kind.RAISED) {
            Set<UUID> keepers = new LinkedHashSet<>();
            accounts.rolesAt(change.branchId()).stream()
                .filter(role -> role.role() == Role.RECORDER || role.role() == Role.SECRETARY || role.role() == Role.DEPUTY_SECRETARY)
                .forEach(role -> keepers.add(role.userId()));
            notify(new ArrayList<>(keepers), "ENTRY_FLAGGED", "积分记录被标记存疑", "监督意见：" + change.after().note() + "。请核实后更正或说明。",
                    "/ledger");
        } else {
            notify(List.of(change.raisedBy()), "ENTRY_FLAG_RESOLVED", "存疑记录已处理", "处理结果：" + change.after().resolution(), "/ledger");
        }
    }

    @EventListener
    void declarationWindowClosing(DeclarationWindowClosing reminder) {
        String deadline = reminder.deadline().getMonthValue() + "月" + reminder.deadline().getDayOfMonth() + "日";
        notify(reminder.userIds(), "DECLARATION_WINDOW_CLOSING", reminder.month() + " 积分申报将于 " + deadline + " 截止",
                "请在 " + deadline + "（含）前提交 " + reminder.month() + " 的积分申报；已保存的草稿也请记得提交，逾期不再受理。", "/declare");
    }

    private Optional<UUID> userOf(UUID memberId) {
        return Optional.ofNullable(members.readable(memberId).userId());
    }

    private void notify(List<UUID> users, String kind, String title, String body, @Nullable String link) {
        UUID tenant = TenantContext.tenantId().orElseThrow();
        for (UUID user : users) {
            jdbc.sql("insert into notifications (tenant_id, id, user_id, kind, title, body, link) values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenant, UUID.randomUUID(), user, kind, title, body, link).update();
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || users.isEmpty()) {
            return;
        }
        List<String> addresses = users.stream().map(accounts::account).flatMap(Optional::stream).map(account -> account.email())
            .filter(java.util.Objects::nonNull).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String address : addresses) {
                    try {
                        var message = sender.createMimeMessage();
                        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                        helper.setFrom(from);
                        helper.setTo(address);
                        helper.setSubject("【先锋】" + title);
                        helper.setText(body + "\n\n请登录先锋查看详情。");
                        sender.send(message);
                    } catch (MessagingException | MailException e) {
                        log.warn("A notification e-mail ({}) could not be sent; it stays in the app", kind, e);
                    }
                }
            }
        });
    }
}
