import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { FileRequest, Filing, FilingDecisionRequest } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about filings, for invalidation after one is filed or decided. */
function filingsKey(tenantId: string) {
  return ['tenants', tenantId, 'filings'] as const;
}

/** The filings of the branches at or under an org, newest first: a branch's own, or a parent's inbox. */
export function useFilings(tenantId: string, orgId: string | undefined, status: string | undefined) {
  const query = { orgId: orgId ?? '', ...(status ? { status } : {}) };
  return useQuery({
    queryKey: [...filingsKey(tenantId), 'list', query],
    queryFn: async (): Promise<Filing[]> => unwrap(api.GET('/api/v1/filings', { params: { query }, headers: tenantHeaders(tenantId) })),
    enabled: orgId !== undefined,
  });
}

/** One filing with its summary as filed. */
export function useFiling(tenantId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...filingsKey(tenantId), 'one', id],
    queryFn: async (): Promise<Filing> =>
      unwrap(api.GET('/api/v1/filings/{id}', { params: { path: { id: id ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: id !== undefined,
  });
}

function useFilingChange<Variables>(tenantId: string, mutationFn: (variables: Variables) => Promise<Filing>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: filingsKey(tenantId) }) });
}

/** Files a branch's quarter or year to its parent (refused until every month of it is finalised). */
export function useFile(tenantId: string) {
  return useFilingChange(tenantId, (body: FileRequest) => unwrap(api.POST('/api/v1/filings', { body, headers: tenantHeaders(tenantId) })));
}

/** The parent accepts a filing, or returns it with a comment. */
export function useDecide(tenantId: string) {
  return useFilingChange(tenantId, ({ id, body }: { id: string; body: FilingDecisionRequest }) =>
    unwrap(api.POST('/api/v1/filings/{id}/decision', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}
