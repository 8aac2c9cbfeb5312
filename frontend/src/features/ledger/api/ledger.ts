import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CorrectionRequest, RecordEntryRequest, SchemeDocument, SchemeRecord } from '@/lib/api/types';
import { memberSearchQuery } from '@/lib/members/members';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about members' ledgers and scores, for invalidation after an entry or a correction. */
function ledgerKey(tenantId: string) {
  return ['tenants', tenantId, 'ledger'] as const;
}

/** The members of a branch matching a search (name or mobile). */
export function useBranchMembers(tenantId: string, branchId: string | undefined, q: string) {
  return useQuery({
    ...memberSearchQuery(tenantId, { orgId: branchId, q: q.trim(), page: 0, size: 50 }),
    enabled: branchId !== undefined,
    staleTime: 30_000,
  });
}

export function useMember(tenantId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...ledgerKey(tenantId), 'member', id],
    queryFn: () => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id: id ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: id !== undefined,
  });
}

export function useMemberLedger(tenantId: string, memberId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...ledgerKey(tenantId), 'rows', memberId, year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/ledger-entries', { params: { query: { memberId: memberId ?? '', year } }, headers: tenantHeaders(tenantId) })),
    enabled: memberId !== undefined,
  });
}

export function useMemberScores(tenantId: string, memberId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...ledgerKey(tenantId), 'scores', memberId, year],
    queryFn: () => unwrap(api.GET('/api/v1/scores', { params: { query: { memberId: memberId ?? '', year } }, headers: tenantHeaders(tenantId) })),
    enabled: memberId !== undefined,
  });
}

/** The scheme a branch is scored by in a year (its own or inherited) and its published version's document; null when none is published. */
export function useBranchScheme(tenantId: string, branchId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...ledgerKey(tenantId), 'scheme', branchId, year],
    queryFn: async (): Promise<{ scheme: SchemeRecord; document: SchemeDocument } | null> => {
      const headers = tenantHeaders(tenantId);
      const schemes = await unwrap(
        api.GET('/api/v1/orgs/{orgId}/schemes', { params: { path: { orgId: branchId ?? '' }, query: { year } }, headers }),
      );
      // The OpenAPI file does not say it, but `applying` is null when nothing is published here or above.
      const scheme = (schemes.applying as SchemeRecord | null | undefined) ?? null;
      const published = scheme?.versions.filter((version) => version.status === 'PUBLISHED').sort((a, b) => b.number - a.number)[0];
      if (!scheme || !published) return null;
      const version = await unwrap(
        api.GET('/api/v1/schemes/{id}/versions/{number}', { params: { path: { id: scheme.id, number: published.number } }, headers }),
      );
      return { scheme, document: version.document };
    },
    enabled: branchId !== undefined,
    staleTime: 60_000,
  });
}

function useLedgerChange<Variables>(tenantId: string, mutationFn: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all(
        (['rows', 'scores', 'flags'] as const).map((what) => queryClient.invalidateQueries({ queryKey: [...ledgerKey(tenantId), what] })),
      ),
  });
}

export function useRecordEntry(tenantId: string) {
  return useLedgerChange(tenantId, (body: RecordEntryRequest) =>
    unwrap(api.POST('/api/v1/ledger-entries', { body, headers: tenantHeaders(tenantId) })),
  );
}

export function useCorrectEntry(tenantId: string) {
  return useLedgerChange(tenantId, ({ id, body }: { id: string; body: CorrectionRequest }) =>
    unwrap(api.POST('/api/v1/ledger-entries/{id}/corrections', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}

/** The supervisors' flags on entries of a branch, open ones first. */
export function useBranchFlags(tenantId: string, branchId: string | undefined) {
  return useQuery({
    queryKey: [...ledgerKey(tenantId), 'flags', branchId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/entry-flags', { params: { query: { orgId: branchId ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: branchId !== undefined,
  });
}

export function useRaiseFlag(tenantId: string) {
  return useLedgerChange(tenantId, ({ entryId, note }: { entryId: string; note: string }) =>
    unwrap(api.POST('/api/v1/ledger-entries/{id}/flags', { params: { path: { id: entryId } }, body: { note }, headers: tenantHeaders(tenantId) })),
  );
}

export function useResolveFlag(tenantId: string) {
  return useLedgerChange(tenantId, ({ id, version, resolution }: { id: string; version: number; resolution: string }) =>
    unwrap(api.POST('/api/v1/entry-flags/{id}/resolve', { params: { path: { id } }, body: { version, resolution }, headers: tenantHeaders(tenantId) })),
  );
}
