import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { DeclareRequest, ObjectionRequest } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about the signed-in member's own records in a tenant. */
export function meQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'me'] as const;
}

const headers = tenantHeaders;

/** One of the member's own lists for a year: the scheme, declarations, scores, ledger or the branch's periods. */
function useMine<T>(tenantId: string, what: string, year: number, load: (query: { year: number }, headers: Record<string, string>) => Promise<T>) {
  return useQuery({
    queryKey: [...meQueryKey(tenantId), what, year],
    queryFn: () => load({ year }, headers(tenantId)),
  });
}

export const useMyScheme = (tenantId: string, year: number) =>
  useMine(tenantId, 'scheme', year, (query, h) => unwrap(api.GET('/api/v1/me/scheme', { params: { query }, headers: h })));

export const useMyDeclarations = (tenantId: string, year: number) =>
  useMine(tenantId, 'declarations', year, (query, h) => unwrap(api.GET('/api/v1/me/declarations', { params: { query }, headers: h })));

export const useMyScores = (tenantId: string, year: number) =>
  useMine(tenantId, 'scores', year, (query, h) => unwrap(api.GET('/api/v1/me/scores', { params: { query }, headers: h })));

export const useMyLedger = (tenantId: string, year: number) =>
  useMine(tenantId, 'ledger', year, (query, h) => unwrap(api.GET('/api/v1/me/ledger-entries', { params: { query }, headers: h })));

export const useMyPeriods = (tenantId: string, year: number) =>
  useMine(tenantId, 'periods', year, (query, h) => unwrap(api.GET('/api/v1/me/periods', { params: { query }, headers: h })));

export function usePublicity(tenantId: string, periodId: string) {
  return useQuery({
    queryKey: [...meQueryKey(tenantId), 'publicity', periodId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/periods/{id}/publicity', { params: { path: { id: periodId } }, headers: headers(tenantId) }),
      ),
  });
}

export function useNotifications(tenantId: string | null) {
  return useQuery({
    queryKey: ['tenants', tenantId, 'me', 'notifications'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications', { headers: headers(tenantId ?? '') })),
    enabled: tenantId !== null,
    refetchInterval: 60_000,
  });
}

export function useMarkRead(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } }, headers: headers(tenantId) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...meQueryKey(tenantId), 'notifications'] }),
  });
}

export interface SaveDeclaration {
  /** Editing this one (a draft or a returned one); otherwise a new declaration. */
  existing?: { id: string; version: number };
  declaration: DeclareRequest;
  /** One per form submission, so a retried POST makes one declaration. */
  idempotencyKey: string;
}

/** Saves a declaration as a draft or submits it; an edited one is saved, then submitted when asked. */
export function useSaveDeclaration(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ existing, declaration, idempotencyKey }: SaveDeclaration) => {
      if (existing === undefined) {
        return unwrap(
          api.POST('/api/v1/me/declarations', {
            body: declaration,
            headers: { ...headers(tenantId), 'Idempotency-Key': idempotencyKey },
          }),
        );
      }
      const { submit, ...fields } = declaration;
      const saved = await unwrap(
        api.PUT('/api/v1/me/declarations/{id}', {
          params: { path: { id: existing.id } },
          body: { version: existing.version, declaration: { ...fields, submit: false } },
          headers: headers(tenantId),
        }),
      );
      if (submit !== true) return saved;
      return unwrap(
        api.POST('/api/v1/me/declarations/{id}/submit', {
          params: { path: { id: saved.id } },
          body: { version: saved.version },
          headers: headers(tenantId),
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...meQueryKey(tenantId), 'declarations'] }),
  });
}

export function useObject(tenantId: string, periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ObjectionRequest) =>
      unwrap(
        api.POST('/api/v1/periods/{id}/objections', {
          params: { path: { id: periodId } },
          body,
          headers: { ...headers(tenantId), 'Idempotency-Key': newIdempotencyKey() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...meQueryKey(tenantId), 'publicity', periodId] }),
  });
}
