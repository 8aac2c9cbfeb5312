package cn.xianfeng.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.xianfeng.identity.AccountManagement;

import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.SignedInCaller;

/**
 * Binds the signed-in user and the tenant they act in for the rest of the request. The tenant is the one
 * named by {@value #TENANT_HEADER}, accepted only if the user holds a role or is a member there; without the header, the
 * user's only tenant. Anything else leaves the tenant unbound, so tenant-owned data is simply not there (404).
 */
class TenantBindingFilter extends OncePerRequestFilter {

    static final String TENANT_HEADER = "X-Tenant-Id";
    /**
     * Creating another institution (onboarding module) acts outside any tenant, as signing up does: its transaction
     * starts inside the new tenant, and an Idempotency-Key is claimed before the work rather than with it.
     */
    private static final String NEW_INSTITUTION_PATH = "/api/v1/institutions";
    private static final String KNOWN_TENANTS = TenantBindingFilter.class.getName() + ".tenants";
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final AccountManagement accounts;
    private final TransactionTemplate transactions;

    TenantBindingFilter(AccountManagement accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID userId = signedInUserId();
        try {
            // The user first: row-level security shows a user their own role assignments only once bound.
            TenantContext.bind(userId, null);
            if (userId != null && !createsAnInstitution(request)) {
                TenantContext.bind(userId, tenantOf(userId, request));
            }
            chain.doFilter(request, response);
        }
        finally {
            TenantContext.clear();
        }
    }

    private @Nullable UUID tenantOf(UUID userId, HttpServletRequest request) {
        String requested = request.getHeader(TENANT_HEADER);
        HttpSession session = request.getSession(false);
        // A recent answer may confirm a tenant, never refuse one: a tenant just joined is looked up at once.
        if (session != null && session.getAttribute(KNOWN_TENANTS) instanceof KnownTenants known && known.isFreshFor(userId)) {
            UUID tenant = choose(known.tenants(), requested);
            if (tenant != null) {
                return tenant;
            }
        }
        List<UUID> tenants = transactions.execute(status -> accounts.tenantsOf(userId));
        if (session != null) {
            session.setAttribute(KNOWN_TENANTS, new KnownTenants(userId, List.copyOf(tenants), System.currentTimeMillis()));
        }
        return choose(tenants, requested);
    }

    private static @Nullable UUID choose(List<UUID> tenants, @Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return tenants.size() == 1 ? tenants.getFirst() : null;
        }
        return parse(requested).filter(tenants::contains).orElse(null);
    }

    /**
     * The user's tenants as read a moment ago. Trusting them for a few seconds saves a transaction on every request;
     * a tenant left in that time stays bound no longer than that, and binding grants nothing by itself: every read
     * and write still checks the caller's roles and member record in its own transaction.
     */
    record KnownTenants(UUID userId, List<UUID> tenants, long readAtMillis) implements Serializable {

        boolean isFreshFor(UUID user) {
            long age = System.currentTimeMillis() - readAtMillis;
            return userId.equals(user) && age >= 0 && age < FRESH_FOR.toMillis();
        }
    }

    private static boolean createsAnInstitution(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && NEW_INSTITUTION_PATH.equals(request.getRequestURI());
    }

    private static @Nullable UUID signedInUserId() {
        return SignedInCaller.name().flatMap(TenantBindingFilter::parse).orElse(null);
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        }
        catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
