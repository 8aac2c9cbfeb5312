package cn.xianfeng.web;

import java.util.Set;

/** Facts about the API's paths that more than one module needs. */
public final class ApiPaths {

    public static final String TENANT_HEADER = "X-Tenant-Id";

    /** Sign-up, creating another institution and the caller's own profile: the operations that act in no one tenant. */
    private static final Set<String> OUTSIDE_ANY_TENANT = Set.of("/api/v1/onboarding", "/api/v1/institutions", "/api/v1/me");

    private ApiPaths() {
    }

    public static boolean actsOutsideAnyTenant(String path) {
        return OUTSIDE_ANY_TENANT.contains(path);
    }
}
