import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { tenantHeaders } from '@/lib/orgs/orgs';

export interface AuditLogFilter {
  orgId?: string;
  /** Zero-based, as the backend counts. */
  page: number;
  size: number;
}

/** Entries of the subtrees the caller administers, newest first. */
export function useAuditLog(tenantId: string, { orgId, page, size }: AuditLogFilter) {
  return useQuery({
    queryKey: ['tenants', tenantId, 'audit', { orgId: orgId ?? null, page, size }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audit-log', {
          params: { query: { ...(orgId === undefined ? {} : { orgId }), page, size } },
          headers: tenantHeaders(tenantId),
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One member, to name the member an entry is about. */
export function memberQuery(tenantId: string, id: string) {
  return queryOptions({
    queryKey: ['tenants', tenantId, 'members', 'member', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId) })),
    retry: false,
  });
}
