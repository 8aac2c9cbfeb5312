import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type {
  ApplyForExemptionRequest,
  ClosePublicityRequest,
  EndExemptionRequest,
  ExemptionDetail,
  ExemptionReviewRequest,
  ExemptionStatus,
  OpenPublicityRequest,
  WithdrawExemptionRequest,
} from '@/lib/api/types';
import { saveFile } from '@/lib/download';
import { exemptionsQueryKey } from '@/lib/exemptions/exemptions';
import { memberSearchQuery } from '@/lib/members/members';
import { tenantHeaders } from '@/lib/orgs/orgs';

function exemptionQueryKey(tenantId: string, id: string) {
  return [...exemptionsQueryKey(tenantId), 'detail', id] as const;
}

export interface ExemptionFilter {
  /** Applications of members in this org's subtree; without it, all the caller reaches. */
  orgId?: string;
  status?: ExemptionStatus;
  /** Zero-based, as the backend counts. */
  page: number;
  size: number;
}

/** Applications in the caller's reach, newest first. */
export function useExemptions(tenantId: string, { orgId, status, page, size }: ExemptionFilter) {
  const query = {
    ...(orgId === undefined ? {} : { orgId }),
    ...(status === undefined ? {} : { status }),
    page,
    size,
  };
  return useQuery({
    queryKey: [...exemptionsQueryKey(tenantId), 'search', query],
    queryFn: () => unwrap(api.GET('/api/v1/exemptions', { params: { query }, headers: tenantHeaders(tenantId) })),
    placeholderData: keepPreviousData,
  });
}

/** One application, its steps, and what the caller may do next. */
export function useExemption(tenantId: string, id: string) {
  return useQuery({
    queryKey: exemptionQueryKey(tenantId, id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/exemptions/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId) })),
  });
}

/** Members matching a name or mobile, for picking the one an application is for. */
export function useMemberOptions(tenantId: string, q: string) {
  return useQuery({ ...memberSearchQuery(tenantId, { q: q.trim(), page: 0, size: 20 }), staleTime: 30_000 });
}

/**
 * After a change the lists and the audit log are stale, and the changed application's detail is the
 * answer. After a conflict (409: someone else acted first, or the step is not due) its detail is refetched.
 */
function useExemptionChange<Variables>(
  tenantId: string,
  mutationFn: (variables: Variables) => Promise<ExemptionDetail>,
  idOf: (variables: Variables) => string | undefined = () => undefined,
) {
  const queryClient = useQueryClient();
  const refreshLists = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...exemptionsQueryKey(tenantId), 'search'] }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(exemptionQueryKey(tenantId, detail.exemption.id), detail);
      return refreshLists();
    },
    onError: (error, variables) => {
      if (!(error instanceof ApiError && error.status === 409)) return undefined;
      const id = idOf(variables);
      return Promise.all([
        refreshLists(),
        id === undefined ? undefined : queryClient.invalidateQueries({ queryKey: exemptionQueryKey(tenantId, id) }),
      ]);
    },
  });
}

/** Applies on a member's behalf; the same `idempotencyKey` on a retry can never apply twice. */
export function useApplyForExemption(tenantId: string, idempotencyKey: string) {
  return useExemptionChange(tenantId, (request: ApplyForExemptionRequest) =>
    unwrap(
      api.POST('/api/v1/exemptions', {
        body: request,
        headers: { ...tenantHeaders(tenantId), 'Idempotency-Key': idempotencyKey },
      }),
    ),
  );
}

/** One step of the workflow on an application; every body carries the version it was decided on. */
export type ExemptionStepRequest =
  | { kind: 'review'; id: string; body: ExemptionReviewRequest }
  | { kind: 'openPublicity'; id: string; body: OpenPublicityRequest }
  | { kind: 'closePublicity'; id: string; body: ClosePublicityRequest }
  | { kind: 'withdraw'; id: string; body: WithdrawExemptionRequest }
  | { kind: 'end'; id: string; body: EndExemptionRequest };

export function useExemptionStep(tenantId: string) {
  return useExemptionChange(tenantId, (request: ExemptionStepRequest) => {
    const init = { params: { path: { id: request.id } }, headers: tenantHeaders(tenantId) };
    switch (request.kind) {
      case 'review':
        return unwrap(api.POST('/api/v1/exemptions/{id}/review', { ...init, body: request.body }));
      case 'openPublicity':
        return unwrap(api.POST('/api/v1/exemptions/{id}/publicity', { ...init, body: request.body }));
      case 'closePublicity':
        return unwrap(api.POST('/api/v1/exemptions/{id}/publicity/close', { ...init, body: request.body }));
      case 'withdraw':
        return unwrap(api.POST('/api/v1/exemptions/{id}/withdraw', { ...init, body: request.body }));
      case 'end':
        return unwrap(api.POST('/api/v1/exemptions/{id}/end', { ...init, body: request.body }));
    }
  }, (request) => request.id);
}

/** Saves the approval form 不参加积分管理党员审批表; it needs the tenant header, so it cannot be a plain link. */
export async function downloadForm(tenantId: string, id: string, format: 'xlsx' | 'pdf', fileName: string) {
  const init = { params: { path: { id } }, headers: tenantHeaders(tenantId), parseAs: 'blob' as const };
  const blob = await unwrap(
    format === 'xlsx'
      ? api.GET('/api/v1/exemptions/{id}/form.xlsx', init)
      : api.GET('/api/v1/exemptions/{id}/form.pdf', init),
  );
  saveFile(blob, fileName);
}
