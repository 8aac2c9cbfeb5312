package cn.xianfeng.notification.internal;

import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.xianfeng.identity.Role;
import cn.xianfeng.organization.InvitationIssued;

/**
 * E-mails a new role holder their invitation link, once the appointment is committed (a rolled-back one sends
 * nothing). Without SMTP configured, or when sending fails, the admin still has the link on screen to pass on,
 * so a mail problem never undoes the appointment.
 */
@Component
class InvitationMails {

    private static final Logger log = LoggerFactory.getLogger(InvitationMails.class);

    private static final Map<Role, String> ROLES = Map.of(
            Role.COMMITTEE_ADMIN, "管理员", Role.REVIEWER, "审核员", Role.SECRETARY, "书记",
            Role.DEPUTY_SECRETARY, "副书记", Role.RECORDER, "记分员", Role.SUPERVISOR, "监督员",
            Role.GROUP_LEADER, "党小组长");

    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;
    private final String from;

    InvitationMails(ObjectProvider<JavaMailSender> mail, @Value("${xianfeng.public-url}") String publicUrl,
            @Value("${xianfeng.mail.from}") String from) {
        this.mail = mail;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @TransactionalEventListener
    void send(InvitationIssued invitation) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || invitation.email() == null) {
            return;
        }
        // A role holder is told the role; a member, that they can now declare and see their points.
        String standing = invitation.role() == null ? "您是" + invitation.orgName() + "党员，已可以在先锋申报和查看本人积分"
                : "您已被设为" + invitation.orgName() + ROLES.get(invitation.role());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(invitation.email());
            helper.setSubject(invitation.role() == null ? "【先锋】请设置登录密码，申报和查看您的党员积分"
                    : "【先锋】" + standing + "，请设置登录密码");
            helper.setText("""
                    %s同志：

                    %s。请在 7 天内打开下面的链接设置登录密码，之后用手机号码或电子邮箱登录先锋：

                    %s%s

                    链接只能使用一次。如果链接已过期，请联系本单位管理员重新发送。
                    """.formatted(invitation.name(), standing, publicUrl, invitation.link()));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("The invitation e-mail to user {} could not be sent; the admin has the link to pass on", invitation.userId(), e);
        }
    }
}
