import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, expectNoContent, unwrap } from '@/lib/api/problem';
import type { Link, LinkRequest } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

function linksQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'links'] as const;
}

function invitationsQueryKey(tenantId: string, orgId: string) {
  return [...linksQueryKey(tenantId), 'invitations', orgId] as const;
}

/** After a change (or a conflict: the other side acted meanwhile) the links and the audit log are stale. */
function useLinkChange<Variables, Data>(tenantId: string, mutationFn: (variables: Variables) => Promise<Data>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: linksQueryKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  });
}

/** This tenant's links to its upper committee (side LOWER) and lower tenants' links to nodes the caller reaches (UPPER). */
export function useLinks(tenantId: string) {
  return useQuery({
    queryKey: linksQueryKey(tenantId),
    queryFn: () => unwrap(api.GET('/api/v1/links', { headers: tenantHeaders(tenantId) })),
  });
}

/** The lower tree of an active link: its nodes with member counts (subtree totals), never people. */
export function useLinkedTree(tenantId: string, linkId: string) {
  return useQuery({
    queryKey: [...linksQueryKey(tenantId), 'tree', linkId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/links/{id}/tree', { params: { path: { id: linkId } }, headers: tenantHeaders(tenantId) })),
  });
}

/** Asks, with an upper committee's invitation code, to link this tenant's root under it. */
export function useRequestLink(tenantId: string) {
  return useLinkChange(tenantId, (body: LinkRequest) =>
    unwrap(api.POST('/api/v1/links', { body, headers: tenantHeaders(tenantId) })),
  );
}

/** What a button does to a link: the upper side accepts or declines; either side unlinks (the lower side's cancel too). */
export type LinkDecision = 'accept' | 'decline' | 'unlink';

export function useDecideLink(tenantId: string) {
  return useLinkChange(tenantId, ({ link, decision }: { link: Link; decision: LinkDecision }) => {
    const options = { params: { path: { id: link.id } }, body: { version: link.version }, headers: tenantHeaders(tenantId) };
    switch (decision) {
      case 'accept':
        return unwrap(api.POST('/api/v1/links/{id}/accept', options));
      case 'decline':
        return unwrap(api.POST('/api/v1/links/{id}/decline', options));
      case 'unlink':
        return unwrap(api.POST('/api/v1/links/{id}/unlink', options));
    }
  });
}

/** The invitation codes issued at a committee (their hints only), newest first. */
export function useInvitations(tenantId: string, orgId: string) {
  return useQuery({
    queryKey: invitationsQueryKey(tenantId, orgId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/link-invitations', { params: { path: { orgId } }, headers: tenantHeaders(tenantId) }),
      ),
  });
}

function useInvitationChange<Variables, Data>(
  tenantId: string,
  orgId: string,
  mutationFn: (variables: Variables) => Promise<Data>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationsQueryKey(tenantId, orgId) }),
        queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'audit'] }),
      ]),
  });
}

/** Issues a code at a committee; the answer is the only place the full code ever appears. */
export function useIssueInvitation(tenantId: string, orgId: string) {
  return useInvitationChange(tenantId, orgId, (validDays: number) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/link-invitations', {
        params: { path: { orgId } },
        body: { validDays },
        headers: tenantHeaders(tenantId),
      }),
    ),
  );
}

export function useRevokeInvitation(tenantId: string, orgId: string) {
  return useInvitationChange(tenantId, orgId, async (invitationId: string) => {
    await expectNoContent(
      api.DELETE('/api/v1/orgs/{orgId}/link-invitations/{invitationId}', {
        params: { path: { orgId, invitationId } },
        headers: tenantHeaders(tenantId),
      }),
    );
  });
}
