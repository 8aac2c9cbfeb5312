import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { DrawSpotCheckRequest, MarkSpotCheckRequest, SpotCheck, SpotCheckSummary } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

function spotChecksKey(tenantId: string) {
  return ['tenants', tenantId, 'spot-checks'] as const;
}

/** The spot checks drawn at or under an org, newest first, with how far each has been checked. */
export function useSpotChecks(tenantId: string, orgId: string | undefined) {
  return useQuery({
    queryKey: [...spotChecksKey(tenantId), 'list', orgId],
    queryFn: async (): Promise<SpotCheckSummary[]> =>
      unwrap(api.GET('/api/v1/spot-checks', { params: { query: { orgId: orgId ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: orgId !== undefined,
  });
}

export function useSpotCheck(tenantId: string, id: string) {
  return useQuery({
    queryKey: [...spotChecksKey(tenantId), 'one', id],
    queryFn: async (): Promise<SpotCheck> =>
      unwrap(api.GET('/api/v1/spot-checks/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId) })),
  });
}

/** Draws a sample; the answer is the check with its recorded seed (as digits: a 64-bit number). */
export function useDrawSpotCheck(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DrawSpotCheckRequest): Promise<SpotCheck> =>
      unwrap(api.POST('/api/v1/spot-checks', { body, headers: tenantHeaders(tenantId) })),
    onSuccess: (check) => queryClient.setQueryData([...spotChecksKey(tenantId), 'one', check.id], check),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...spotChecksKey(tenantId), 'list'] }),
  });
}

/** Marks a sampled entry verified or a problem, with a note; the answer is the whole check. */
export function useMarkSpotCheckItem(tenantId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, body }: { entryId: string; body: MarkSpotCheckRequest }): Promise<SpotCheck> =>
      unwrap(api.POST('/api/v1/spot-checks/{id}/items/{entryId}', { params: { path: { id, entryId } }, body, headers: tenantHeaders(tenantId) })),
    onSuccess: (check) => queryClient.setQueryData([...spotChecksKey(tenantId), 'one', id], check),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...spotChecksKey(tenantId), 'list'] }),
  });
}
