import type { MemberProfile, RoleAssignment } from '@/lib/api/types';
import { createContext, useContext } from 'react';

export interface TenantOption {
  id: string;
  name: string;
  /** The user's roles in this tenant. */
  roles: readonly RoleAssignment[];
  /** The user's own member record in this tenant, when they are a party member there. */
  member?: MemberProfile | null;
}

export interface TenantSelection {
  tenants: readonly TenantOption[];
  /** The tenant that tenant-scoped requests act in; null when the user belongs to none. */
  tenantId: string | null;
  /** The user's roles in that tenant (what the UI offers; the backend decides). */
  roles: readonly RoleAssignment[];
  /** The user's member record in that tenant; null when they are not a member there. */
  member: MemberProfile | null;
  selectTenant: (tenantId: string) => void;
}

export const TenantContext = createContext<TenantSelection | null>(null);

export function useTenant(): TenantSelection {
  const selection = useContext(TenantContext);
  if (selection === null) throw new Error('useTenant must be used inside <TenantProvider>');
  return selection;
}
