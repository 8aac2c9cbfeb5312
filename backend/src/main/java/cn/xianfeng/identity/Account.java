package cn.xianfeng.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user account as other modules see it. */
public record Account(UUID id, String displayName, @Nullable String mobile, @Nullable String email) {
}
