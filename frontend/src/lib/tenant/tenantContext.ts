import { createContext, useContext } from 'react';

export interface TenantOption {
  id: string;
  name: string;
}

export interface TenantSelection {
  tenants: readonly TenantOption[];
  /** The tenant that tenant-scoped requests act in; null when the user belongs to none. */
  tenantId: string | null;
  selectTenant: (tenantId: string) => void;
}

export const TenantContext = createContext<TenantSelection | null>(null);

export function useTenant(): TenantSelection {
  const selection = useContext(TenantContext);
  if (selection === null) throw new Error('useTenant must be used inside <TenantProvider>');
  return selection;
}
