/**
 * Messages to people outside the app: for now, the e-mail that carries a new role holder's invitation link.
 * In-app notifications and the monthly cycle's reminders will join here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.xianfeng.notification;
