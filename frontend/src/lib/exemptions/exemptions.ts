import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ExemptionStatus } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about the tenant's exemption applications, for invalidation after a change. */
export function exemptionsQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'exemptions'] as const;
}

const decided: readonly ExemptionStatus[] = ['APPROVED', 'REJECTED', 'WITHDRAWN'];

/** The member's applications still in flight: moving them to another branch withdraws these. */
export function applicationsInFlightQuery(tenantId: string, memberId: string) {
  return queryOptions({
    queryKey: [...exemptionsQueryKey(tenantId), 'in-flight', memberId],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/exemptions', { params: { query: { memberId, size: 200 } }, headers: tenantHeaders(tenantId) }),
      );
      return page.items.filter((application) => !decided.includes(application.status));
    },
  });
}
