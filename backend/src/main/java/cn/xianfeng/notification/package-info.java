/**
 * Messages to people: the e-mail that carries an invitation link, and the monthly cycle's notifications, in the
 * app and by e-mail (a declaration reviewed, publicity opened, an objection answered, an alert raised).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.xianfeng.notification;
