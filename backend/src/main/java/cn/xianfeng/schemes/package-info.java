/**
 * Scoring schemes as documents: the versioned JSON format, its validation (every problem at its path, e.g.
 * {@code sections[2].items[0].rule.max}), the preset library a tenant starts from, and the preview that scores
 * sample entries with the engine and explains the result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring schemes")
package cn.xianfeng.schemes;
