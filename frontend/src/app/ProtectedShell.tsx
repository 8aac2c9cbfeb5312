import { useMemo } from 'react';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import type { CurrentUser } from '@/lib/api/types';
import { TenantProvider } from '@/lib/tenant/TenantProvider';
import { AppShell } from './layout/AppShell';

export function ProtectedShell() {
  return <RequireAuth>{(user) => <SignedInApp user={user} />}</RequireAuth>;
}

function SignedInApp({ user }: { user: CurrentUser }) {
  const tenants = useMemo(
    () =>
      user.memberships.map((membership) => ({
        id: membership.tenantId,
        name: membership.tenantName,
        roles: membership.roles,
        member: membership.member ?? null,
      })),
    [user.memberships],
  );
  return (
    <TenantProvider tenants={tenants}>
      <AppShell user={user} />
    </TenantProvider>
  );
}
