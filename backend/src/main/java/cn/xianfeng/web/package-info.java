/**
 * Cross-cutting web conventions: RFC 9457 problem details for every error, in the caller's language
 * (zh-CN by default, English on request).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
package cn.xianfeng.web;
