import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { DrawSpotCheckRequest, MarkSpotCheckRequest, SpotCheck, SpotCheckSummary } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

// A seed is a 64-bit number, which JSON.parse would round (a JavaScript number holds 53 bits): answers are read as
// text with every seed turned into its digits, and a seed is sent as the digits it was given.
// (The typed client's bodies for these endpoints describe other records: see SpotCheck in lib/api/types.ts.)

/** Parses an answer with its `seed` values kept as strings of digits. */
export function parseWithSeeds<T>(text: string): T {
  return JSON.parse(text.replace(/"seed"\s*:\s*(-?\d+)/g, '"seed":"$1"')) as T;
}

/** The draw request as JSON, the seed written out as the number it is. */
export function drawBody({ seed, ...rest }: DrawSpotCheckRequest): string {
  const json = JSON.stringify(rest);
  return seed === undefined ? json : `${json.slice(0, -1)},"seed":${seed}}`;
}

function spotChecksKey(tenantId: string) {
  return ['tenants', tenantId, 'spot-checks'] as const;
}

const asText = { parseAs: 'text' as const };

/** The spot checks drawn at or under an org, newest first, with how far each has been checked. */
export function useSpotChecks(tenantId: string, orgId: string | undefined) {
  return useQuery({
    queryKey: [...spotChecksKey(tenantId), 'list', orgId],
    queryFn: async () =>
      parseWithSeeds<SpotCheckSummary[]>(
        await unwrap(api.GET('/api/v1/spot-checks', { params: { query: { orgId: orgId ?? '' } }, headers: tenantHeaders(tenantId), ...asText })),
      ),
    enabled: orgId !== undefined,
  });
}

export function useSpotCheck(tenantId: string, id: string) {
  return useQuery({
    queryKey: [...spotChecksKey(tenantId), 'one', id],
    queryFn: async () =>
      parseWithSeeds<SpotCheck>(
        await unwrap(api.GET('/api/v1/spot-checks/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId), ...asText })),
      ),
  });
}

/** Draws a sample; the answer is the check with its recorded seed. */
export function useDrawSpotCheck(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: DrawSpotCheckRequest) =>
      parseWithSeeds<SpotCheck>(
        await unwrap(
          api.POST('/api/v1/spot-checks', {
            // The body is written by drawBody; the typed one stands in for it.
            body: { orgId: request.orgId, from: request.from, to: request.to },
            bodySerializer: () => drawBody(request),
            headers: tenantHeaders(tenantId),
            ...asText,
          }),
        ),
      ),
    onSuccess: (check) => queryClient.setQueryData([...spotChecksKey(tenantId), 'one', check.id], check),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...spotChecksKey(tenantId), 'list'] }),
  });
}

/** Marks a sampled entry verified or a problem, with a note; the answer is the whole check. */
export function useMarkSpotCheckItem(tenantId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, body }: { entryId: string; body: MarkSpotCheckRequest }) =>
      parseWithSeeds<SpotCheck>(
        await unwrap(
          api.POST('/api/v1/spot-checks/{id}/items/{entryId}', {
            params: { path: { id, entryId } },
            // The OpenAPI file types this body as the attendance mark (a name clash): sent as it really is.
            body: body as never,
            headers: tenantHeaders(tenantId),
            ...asText,
          }),
        ),
      ),
    onSuccess: (check) => queryClient.setQueryData([...spotChecksKey(tenantId), 'one', id], check),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...spotChecksKey(tenantId), 'list'] }),
  });
}
