import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, expectNoContent, unwrap } from '@/lib/api/problem';
import type { AssignRoleRequest } from '@/lib/api/types';
import { orgsQueryKey, tenantHeaders } from '@/lib/orgs/orgs';

function rolesQueryKey(tenantId: string, orgId: string) {
  return [...orgsQueryKey(tenantId), 'roles', orgId] as const;
}

/** Who holds which post at an org. */
export function useRoles(tenantId: string, orgId: string) {
  return useQuery({
    queryKey: rolesQueryKey(tenantId, orgId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/roles', { params: { path: { orgId } }, headers: tenantHeaders(tenantId) })),
  });
}

/** After a change (or a conflict: the post was taken meanwhile) the holders and the audit log are stale. */
function useRoleChange<Variables, Data>(tenantId: string, orgId: string, mutationFn: (variables: Variables) => Promise<Data>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: rolesQueryKey(tenantId, orgId) }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  });
}

export function useAssignRole(tenantId: string, orgId: string) {
  return useRoleChange(tenantId, orgId, (body: AssignRoleRequest) =>
    unwrap(api.POST('/api/v1/orgs/{orgId}/roles', { params: { path: { orgId } }, body, headers: tenantHeaders(tenantId) })),
  );
}

export function useRevokeRole(tenantId: string, orgId: string) {
  return useRoleChange(tenantId, orgId, async (assignmentId: string) => {
    await expectNoContent(
      api.DELETE('/api/v1/orgs/{orgId}/roles/{assignmentId}', { params: { path: { orgId, assignmentId } }, headers: tenantHeaders(tenantId) }),
    );
  });
}
