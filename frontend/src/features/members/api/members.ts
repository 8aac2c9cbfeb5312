import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { AddMemberRequest, EditMemberRequest, ImportResult, TransferRequest } from '@/lib/api/types';
import { membersQueryKey } from '@/lib/members/members';
import { tenantHeaders } from '@/lib/orgs/orgs';

/**
 * After a change the member lists and the audit log are stale. After a conflict (409: someone else
 * changed the member) the cached member is stale too, so it is refetched either way.
 */
function useMemberChange<Variables, Data>(tenantId: string, mutationFn: (variables: Variables) => Promise<Data>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQueryKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
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
  return useMemberChange(tenantId, ({ file, orgId }: { file: File; orgId?: string }): Promise<ImportResult> => {
    const form = new FormData();
    form.append('file', file);
    return unwrap(
      api.POST('/api/v1/members/import', {
        params: { query: orgId === undefined ? {} : { orgId } },
        headers: tenantHeaders(tenantId),
        // The declared body is a placeholder: the serializer sends the multipart form built above.
        body: { file: '' },
        bodySerializer: () => form,
      }),
    );
  });
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
  const blob = await unwrap(
    api.GET('/api/v1/members/import-template', { headers: tenantHeaders(tenantId), parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
