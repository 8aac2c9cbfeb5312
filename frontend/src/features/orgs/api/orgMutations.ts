import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { CreateOrgRequest, UpdateOrgRequest } from '@/lib/api/types';
import { uploadWithProgress, type UploadProgress } from '@/lib/api/upload';
import { saveFile } from '@/lib/download';
import { orgsQueryKey, tenantHeaders } from '@/lib/orgs/orgs';

/**
 * After a change the tree and the audit log are stale. After a conflict (409: someone else changed the
 * node, or a child appeared) the cached tree is stale too, so it is refetched either way.
 */
function useTreeChange<Variables, Data>(tenantId: string, mutationFn: (variables: Variables) => Promise<Data>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orgsQueryKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  });
}

export function useCreateOrg(tenantId: string) {
  return useTreeChange(tenantId, (request: CreateOrgRequest) =>
    unwrap(api.POST('/api/v1/orgs', { body: request, headers: tenantHeaders(tenantId) })),
  );
}

export function useUpdateOrg(tenantId: string) {
  return useTreeChange(tenantId, ({ id, ...body }: UpdateOrgRequest & { id: string }) =>
    unwrap(api.PATCH('/api/v1/orgs/{id}', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) })),
  );
}

export function useMoveOrg(tenantId: string) {
  return useTreeChange(tenantId, ({ id, ...body }: { id: string; version: number; newParentId: string }) =>
    unwrap(
      api.POST('/api/v1/orgs/{id}/move', { params: { path: { id } }, body, headers: tenantHeaders(tenantId) }),
    ),
  );
}

export function useCloseOrg(tenantId: string) {
  return useTreeChange(tenantId, ({ id, version }: { id: string; version: number }) =>
    unwrap(
      api.POST('/api/v1/orgs/{id}/close', {
        params: { path: { id } },
        body: { version },
        headers: tenantHeaders(tenantId),
      }),
    ),
  );
}

/** Imports a filled-in template under one parent: every row or, with a 422 listing the bad rows, none. */
export function useImportOrgs(tenantId: string) {
  return useTreeChange(
    tenantId,
    ({ file, parentId, onProgress }: { file: File; parentId: string; onProgress: (progress: UploadProgress) => void }) =>
      uploadWithProgress('/api/v1/orgs/import', {
        query: { parentId },
        form: { file },
        headers: tenantHeaders(tenantId),
        onProgress,
      }),
  );
}

/** Saves the org import template; it needs the tenant header, so it cannot be a plain link. */
export async function downloadOrgImportTemplate(tenantId: string, fileName: string): Promise<void> {
  saveFile(
    await unwrap(api.GET('/api/v1/orgs/import-template', { headers: tenantHeaders(tenantId), parseAs: 'blob' })),
    fileName,
  );
}
