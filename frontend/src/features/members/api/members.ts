import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { AddMemberRequest, EditMemberRequest, TransferRequest } from '@/lib/api/types';
import { uploadWithProgress, type UploadProgress } from '@/lib/api/upload';
import { saveFile } from '@/lib/download';
import { exemptionsQueryKey } from '@/lib/exemptions/exemptions';
import { membersQueryKey } from '@/lib/members/members';
import { tenantHeaders } from '@/lib/orgs/orgs';

/**
 * After a change the member lists, the audit log and (a transfer withdraws applications) the exemptions are stale. After a conflict (409: someone else
 * changed the member) the cached member is stale too, so it is refetched either way.
 */
function useMemberChange<Variables, Data>(tenantId: string, mutationFn: (variables: Variables) => Promise<Data>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQueryKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
      queryClient.invalidateQueries({ queryKey: exemptionsQueryKey(tenantId) }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  });
}

export function useAddMember(tenantId: string) {
  return useMemberChange(tenantId, (request: AddMemberRequest) =>
    unwrap(api.POST('/api/v1/members', { body: request, headers: tenantHeaders(tenantId) })),
  );
}

export function useEditMember(tenantId: string) {
  return useMemberChange(tenantId, ({ id, ...body }: EditMemberRequest & { id: string }) =>
    unwrap(api.PATCH('/api/v1/members/{id}', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}

export function useTransferMember(tenantId: string) {
  return useMemberChange(tenantId, ({ id, ...body }: TransferRequest & { id: string }) =>
    unwrap(
      api.POST('/api/v1/members/{id}/transfer', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) }),
    ),
  );
}

/** Imports a filled-in template: every row or, with a 422 listing the bad rows, none. */
export function useImportMembers(tenantId: string) {
  return useMemberChange(
    tenantId,
    ({ file, orgId, onProgress }: { file: File; orgId?: string; onProgress: (progress: UploadProgress) => void }) =>
      uploadWithProgress('/api/v1/members/import', {
        query: { orgId },
        form: { file },
        headers: tenantHeaders(tenantId),
        onProgress,
      }),
  );
}

export function useTransfers(tenantId: string, memberId: string) {
  return useQuery({
    queryKey: [...membersQueryKey(tenantId), 'transfers', memberId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/members/{id}/transfers', { params: { path: { id: memberId } }, headers: tenantHeaders(tenantId) }),
      ),
  });
}

/** Saves the import template; it needs the tenant header, so it cannot be a plain link. */
export async function downloadImportTemplate(tenantId: string, fileName: string): Promise<void> {
  saveFile(
    await unwrap(api.GET('/api/v1/members/import-template', { headers: tenantHeaders(tenantId), parseAs: 'blob' })),
    fileName,
  );
}
