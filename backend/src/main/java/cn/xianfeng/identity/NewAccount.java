package cn.xianfeng.identity;

import org.jspecify.annotations.Nullable;

/** What it takes to open a user account; at least one of mobile and e-mail. */
public record NewAccount(String displayName, @Nullable String mobile, @Nullable String email, String rawPassword) {
}
