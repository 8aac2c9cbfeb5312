/**
 * The calendar the product keeps. Party organisations work by China Standard Time whatever zone a server
 * runs in, so "today", "this month" and "not in the future" are all judged on China's date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package cn.xianfeng.calendar;
