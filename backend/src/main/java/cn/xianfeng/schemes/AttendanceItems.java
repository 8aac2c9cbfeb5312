package cn.xianfeng.schemes;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which items an activity's attendance writes, by kind of activity (seed 001: 参加党员会议积1分, 主持人或记录员再加0.5分;
 * 无正当理由不参加扣2分, 迟到早退扣1分). Those present, late or leaving early get {@code present}; on leave, nothing.
 */
public record AttendanceItems(ActivityKind kind,
        @Schema(types = {"string", "null"}) @Nullable String present,
        @Schema(types = {"string", "null"}) @Nullable String absent,
        @Schema(types = {"string", "null"}) @Nullable String late,
        @Schema(types = {"string", "null"}) @Nullable String leftEarly,
        @Schema(types = {"string", "null"}) @Nullable String host,
        @Schema(types = {"string", "null"}) @Nullable String minutes) {
}
