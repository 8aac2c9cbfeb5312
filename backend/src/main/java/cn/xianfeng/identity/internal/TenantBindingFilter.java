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
import cn.xianfeng.web.ApiPaths;
import cn.xianfeng.web.ProblemResponseWriter;
import cn.xianfeng.web.ProblemTypes;
import cn.xianfeng.web.SignedInCaller;

/**
 * Binds the signed-in user and the tenant they act in for the rest of the request. The tenant is the one
 * named by {@value #TENANT_HEADER}, accepted only if the user holds a role or is a member there; without the header, the
 * user's only tenant. An operation in a tenant is refused when none can be bound: a malformed header (400), a tenant the
 * user is not in, or none at all (404), several and no choice (400). The few operations outside any tenant
 * ({@link ApiPaths#actsOutsideAnyTenant}) bind what they can and refuse nothing.
 */
class TenantBindingFilter extends OncePerRequestFilter {

    static final String TENANT_HEADER = ApiPaths.TENANT_HEADER;
    /**
     * Creating another institution (onboarding module) acts outside any tenant, as signing up does: its transaction
     * starts inside the new tenant, and an Idempotency-Key is claimed before the work rather than with it.
     */
    private static final String NEW_INSTITUTION_PATH = "/api/v1/institutions";
    private static final String KNOWN_TENANTS = TenantBindingFilter.class.getName() + ".tenants";
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final AccountManagement accounts;
    private final TransactionTemplate transactions;
    private final ProblemResponseWriter problems;

    TenantBindingFilter(AccountManagement accounts, TransactionTemplate transactions, ProblemResponseWriter problems) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID userId = signedInUserId();
        try {
            // The user first: row-level security shows a user their own role assignments only once bound.
            TenantContext.bind(userId, null);
            if (userId != null && !createsAnInstitution(request)) {
                Choice choice = tenantOf(userId, request);
                if (choice.tenant() == null && !ApiPaths.actsOutsideAnyTenant(request.getRequestURI())) {
                    refuse(choice.refusal(), request, response);
                    return;
                }
                TenantContext.bind(userId, choice.tenant());
            }
            chain.doFilter(request, response);
            if (createsAnInstitution(request) && request.getSession(false) != null) {
                // The caller now has one more tenant: a request without the header must be asked to choose again.
                request.getSession(false).removeAttribute(KNOWN_TENANTS);
            }
        }
        finally {
            TenantContext.clear();
        }
    }

    private Choice tenantOf(UUID userId, HttpServletRequest request) {
        String requested = request.getHeader(TENANT_HEADER);
        HttpSession session = request.getSession(false);
        // A recent answer may confirm a tenant, never refuse one: a tenant just joined is looked up at once.
        if (session != null && session.getAttribute(KNOWN_TENANTS) instanceof KnownTenants known && known.isFreshFor(userId)) {
            Choice choice = choose(known.tenants(), requested);
            if (choice.tenant() != null) {
                return choice;
            }
        }
        List<UUID> tenants = transactions.execute(status -> accounts.tenantsOf(userId));
        if (session != null) {
            session.setAttribute(KNOWN_TENANTS, new KnownTenants(userId, List.copyOf(tenants), System.currentTimeMillis()));
        }
        return choose(tenants, requested);
    }

    private static Choice choose(List<UUID> tenants, @Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            if (tenants.size() == 1) {
                return new Choice(tenants.getFirst(), null);
            }
            return new Choice(null, tenants.isEmpty() ? Refusal.UNKNOWN : Refusal.CHOOSE);
        }
        Optional<UUID> parsed = parse(requested);
        if (parsed.isEmpty()) {
            return new Choice(null, Refusal.MALFORMED);
        }
        return tenants.contains(parsed.get()) ? new Choice(parsed.get(), null) : new Choice(null, Refusal.UNKNOWN);
    }

    /** The tenant to bind, or why there is none. */
    private record Choice(@Nullable UUID tenant, @Nullable Refusal refusal) {
    }

    private enum Refusal { MALFORMED, UNKNOWN, CHOOSE }

    private void refuse(@Nullable Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (refusal == null ? Refusal.UNKNOWN : refusal) {
            case MALFORMED -> problems.write(request, response, 400, ProblemTypes.VALIDATION, "problem.validation",
                    TENANT_HEADER, "problem.tenant.malformed");
            case CHOOSE -> problems.write(request, response, 400, ProblemTypes.VALIDATION, "problem.validation",
                    TENANT_HEADER, "problem.tenant.choose");
            case UNKNOWN -> problems.write(request, response, 404, ProblemTypes.NOT_FOUND, "problem.tenant.unknown");
        }
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
