/**
 * Official forms as files: PDF rendered from XHTML with an embedded Chinese font, so that the forms read the
 * same on any machine, with or without Chinese fonts installed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package cn.xianfeng.documents;
