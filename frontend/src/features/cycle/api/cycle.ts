import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { expectNoContent, unwrap } from '@/lib/api/problem';
import type { Alert, AnswerObjectionRequest, CreateActivityRequest, MarkAttendanceRequest, ReviewRequest } from '@/lib/api/types';
import { saveFile } from '@/lib/download';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about a tenant's monthly cycle, for invalidation after any change in it. */
function cycleKey(tenantId: string) {
  return ['tenants', tenantId, 'cycle'] as const;
}

function useCycleChange<Variables, Result>(tenantId: string, mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: cycleKey(tenantId) }),
  });
}

const post = { headers: tenantHeaders };

export function useDeclarations(tenantId: string, orgId: string | undefined, status: string | undefined, month: string | undefined) {
  const query = { orgId: orgId ?? '', ...(status ? { status } : {}), ...(month ? { month } : {}), page: 0, size: 100 };
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'declarations', query],
    queryFn: () => unwrap(api.GET('/api/v1/declarations', { params: { query }, headers: tenantHeaders(tenantId) })),
    enabled: orgId !== undefined,
  });
}

export function useReview(tenantId: string) {
  return useCycleChange(tenantId, ({ id, body }: { id: string; body: ReviewRequest }) =>
    unwrap(api.POST('/api/v1/declarations/{id}/review', { params: { path: { id } }, body, headers: post.headers(tenantId) })),
  );
}

export function useActivities(tenantId: string, orgId: string | undefined, month: string) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'activities', orgId, month],
    queryFn: () =>
      unwrap(api.GET('/api/v1/activities', { params: { query: { orgId: orgId ?? '', month } }, headers: tenantHeaders(tenantId) })),
    enabled: orgId !== undefined,
  });
}

export function useActivity(tenantId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'activity', id],
    queryFn: () => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id: id ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: id !== undefined,
  });
}

export function useScheduleActivity(tenantId: string) {
  return useCycleChange(tenantId, (body: CreateActivityRequest) =>
    unwrap(api.POST('/api/v1/activities', { body, headers: { ...tenantHeaders(tenantId), 'Idempotency-Key': newIdempotencyKey() } })),
  );
}

export function useMarkAttendance(tenantId: string) {
  return useCycleChange(tenantId, ({ id, body }: { id: string; body: MarkAttendanceRequest }) =>
    unwrap(api.PUT('/api/v1/activities/{id}/attendance', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}

export function useFinaliseActivity(tenantId: string) {
  return useCycleChange(tenantId, ({ id, version }: { id: string; version: number }) =>
    unwrap(api.POST('/api/v1/activities/{id}/finalise', { params: { path: { id } }, body: { version }, headers: tenantHeaders(tenantId) })),
  );
}

export function usePeriod(tenantId: string, branchId: string | undefined, month: string) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'period', branchId, month],
    queryFn: () =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { branchId: branchId ?? '', month } }, headers: tenantHeaders(tenantId) })),
    enabled: branchId !== undefined,
  });
}

/** What to check before approving the month; fetched when the secretary is about to approve. */
export function useClosingChecklist(tenantId: string, branchId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'checklist', branchId, month],
    queryFn: () => unwrap(api.GET('/api/v1/periods/checklist', { params: { query: { branchId, month } }, headers: tenantHeaders(tenantId) })),
    enabled,
  });
}

/** A finalised month re-opened only with the parent's approval: the branch asks, saying why. */
export function useRequestReopening(tenantId: string) {
  return useCycleChange(tenantId, ({ id, version, reason }: { id: string; version: number; reason: string }) =>
    unwrap(api.POST('/api/v1/periods/{id}/reopen-request', { params: { path: { id } }, body: { version, reason }, headers: tenantHeaders(tenantId) })),
  );
}

export function usePeriodPublicity(tenantId: string, periodId: string | null | undefined) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'publicity', periodId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/periods/{id}/publicity', { params: { path: { id: periodId ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: typeof periodId === 'string',
  });
}

export function useObjections(tenantId: string, periodId: string | null | undefined) {
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'objections', periodId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/periods/{id}/objections', { params: { path: { id: periodId ?? '' } }, headers: tenantHeaders(tenantId) })),
    enabled: typeof periodId === 'string',
  });
}

/** The period steps: approve the month, open its publicity, finalise it. */
export function usePeriodStep(tenantId: string) {
  return useCycleChange(
    tenantId,
    ({ step, branchId, month, id, version }: { step: 'approve' | 'publicity' | 'finalise'; branchId: string; month: string; id?: string | null; version?: number | null }) => {
      const headers = tenantHeaders(tenantId);
      if (step === 'approve') return unwrap(api.POST('/api/v1/periods', { body: { branchId, month }, headers }));
      const init = { params: { path: { id: id ?? '' } }, body: { version: version ?? 0 }, headers };
      return unwrap(
        step === 'publicity' ? api.POST('/api/v1/periods/{id}/publicity', init) : api.POST('/api/v1/periods/{id}/finalise', init),
      );
    },
  );
}

export function useAnswerObjection(tenantId: string) {
  return useCycleChange(tenantId, ({ id, body }: { id: string; body: AnswerObjectionRequest }) =>
    unwrap(api.POST('/api/v1/objections/{id}/answer', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}

/** Saves 月份党员量化积分登记表; it needs the tenant header, so it cannot be a plain link. */
export async function downloadRegister(tenantId: string, branchId: string, month: string, format: 'xlsx' | 'pdf', fileName: string) {
  const init = { params: { query: { branchId, month } }, headers: tenantHeaders(tenantId), parseAs: 'blob' as const };
  const blob = await unwrap(
    format === 'xlsx' ? api.GET('/api/v1/forms/monthly-register.xlsx', init) : api.GET('/api/v1/forms/monthly-register.pdf', init),
  );
  saveFile(blob, fileName);
}

export function useAlerts(tenantId: string, orgId: string | undefined, status: string | undefined) {
  const query = { orgId: orgId ?? '', ...(status ? { status } : {}) };
  return useQuery({
    queryKey: [...cycleKey(tenantId), 'alerts', query],
    queryFn: async (): Promise<Alert[]> => unwrap(api.GET('/api/v1/alerts', { params: { query }, headers: tenantHeaders(tenantId) })),
    enabled: orgId !== undefined,
  });
}

export function useCloseAlert(tenantId: string) {
  return useCycleChange(tenantId, ({ id, version, note }: { id: string; version: number; note: string }) =>
    expectNoContent(api.POST('/api/v1/alerts/{id}/close', { params: { path: { id } }, body: { version, note }, headers: tenantHeaders(tenantId) })),
  );
}

export function useAddAlertNote(tenantId: string) {
  return useCycleChange(tenantId, ({ id, text }: { id: string; text: string }) =>
    expectNoContent(api.POST('/api/v1/alerts/{id}/notes', { params: { path: { id } }, body: { text }, headers: tenantHeaders(tenantId) })),
  );
}
