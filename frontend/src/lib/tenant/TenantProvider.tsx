import { useMemo, useState, type ReactNode } from 'react';
import { TenantContext, type TenantOption, type TenantSelection } from './tenantContext';

// Per browser tab, so two tabs can work in two tenants side by side.
const tenantStorageKey = 'xianfeng.tenant';

interface TenantProviderProps {
  tenants: readonly TenantOption[];
  children: ReactNode;
}

export function TenantProvider({ tenants, children }: TenantProviderProps) {
  const [chosenId, setChosenId] = useState(() => sessionStorage.getItem(tenantStorageKey));

  const selection = useMemo<TenantSelection>(() => {
    // A remembered tenant the user no longer belongs to falls back to the first membership.
    const tenant = tenants.find((option) => option.id === chosenId) ?? tenants[0];
    return {
      tenants,
      tenantId: tenant?.id ?? null,
      roles: tenant?.roles ?? [],
      member: tenant?.member ?? null,
      selectTenant: (tenantId) => {
        sessionStorage.setItem(tenantStorageKey, tenantId);
        setChosenId(tenantId);
      },
    };
  }, [tenants, chosenId]);

  return <TenantContext value={selection}>{children}</TenantContext>;
}
