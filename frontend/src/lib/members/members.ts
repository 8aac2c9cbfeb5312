import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { MemberPage, MemberStatus, PostType } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

export const memberStatuses: readonly MemberStatus[] = ['FULL', 'PROBATIONARY', 'ACTIVIST'];
export const postTypes: readonly PostType[] = ['IN_OFFICE', 'NON_POST', 'FLOATING', 'RETIRED'];

/** Everything cached about the tenant's members, for invalidation after a change. */
export function membersQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'members'] as const;
}

export interface MemberFilter {
  /** Members of this org's subtree; without it, everyone the caller reaches. */
  orgId?: string;
  /** Matches the name or the mobile. */
  q?: string;
  status?: MemberStatus;
  /** Zero-based, as the backend counts. */
  page: number;
  size: number;
}

export function memberSearchQuery(tenantId: string, { orgId, q, status, page, size }: MemberFilter) {
  const query = {
    ...(orgId === undefined ? {} : { orgId }),
    ...(q === undefined || q === '' ? {} : { q }),
    ...(status === undefined ? {} : { status }),
    page,
    size,
  };
  return queryOptions({
    queryKey: [...membersQueryKey(tenantId), 'search', query] as const,
    queryFn: (): Promise<MemberPage> =>
      unwrap(api.GET('/api/v1/members', { params: { query }, headers: tenantHeaders(tenantId) })),
    placeholderData: keepPreviousData,
  });
}
