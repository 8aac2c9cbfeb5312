/**
 * Who people are and what they may do: global user accounts (sign-in by mobile number or e-mail), role
 * assignments at org nodes, and the authorization server that signs users in for the web app (BFF with a
 * session cookie) and for scripts (bearer tokens).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package cn.xianfeng.identity;
