package cn.xianfeng.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting, and in which tenant, for the current thread. Transactions read it when they begin, so it
 * must be set before a transaction starts; {@link #callInTenant} scopes it to a block of work.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable UUID> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable UUID> USER = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<UUID> tenantId() {
        return Optional.ofNullable(TENANT.get());
    }

    public static Optional<UUID> userId() {
        return Optional.ofNullable(USER.get());
    }

    /** Runs {@code work} in {@code tenantId}, restoring the previous tenant afterwards. */
    public static <T> T callInTenant(UUID tenantId, Supplier<T> work) {
        UUID previous = TENANT.get();
        TENANT.set(tenantId);
        try {
            return work.get();
        }
        finally {
            TENANT.set(previous);
        }
    }

    /** Runs {@code work} as {@code userId} (e.g. the admin an onboarding has just created), then restores. */
    public static <T> T callAsUser(UUID userId, Supplier<T> work) {
        UUID previous = USER.get();
        USER.set(userId);
        try {
            return work.get();
        }
        finally {
            USER.set(previous);
        }
    }

    /** Binds the request's user and tenant; the caller must {@link #clear()} in a finally block. */
    public static void bind(@Nullable UUID userId, @Nullable UUID tenantId) {
        USER.set(userId);
        TENANT.set(tenantId);
    }

    public static void clear() {
        USER.remove();
        TENANT.remove();
    }
}
