import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { BranchDomain, OrgNode, OrgRef, OrgType, RoleAssignment } from '@/lib/api/types';

// The tree rules of domain.md §1; the backend enforces them too and stays the authority.
export const orgTypes: readonly OrgType[] = ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP'];

const childTypesByParent: Record<OrgType, readonly OrgType[]> = {
  COMMITTEE: ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'],
  GENERAL_BRANCH: ['BRANCH'],
  BRANCH: ['GROUP'],
  GROUP: [],
};

export function allowedChildTypes(parentType: OrgType): readonly OrgType[] {
  return childTypesByParent[parentType];
}

export function mayContain(parentType: OrgType, childType: OrgType): boolean {
  return childTypesByParent[parentType].includes(childType);
}

/** Whether new nodes may go under `org`: it is open and its type has child types. */
export function acceptsChildren(org: Pick<OrgNode, 'closed' | 'type'>): boolean {
  return !org.closed && allowedChildTypes(org.type).length > 0;
}

/** Only a 党支部 has a domain (领域). */
export function hasDomain(type: OrgType): boolean {
  return type === 'BRANCH';
}

export const branchDomains: readonly BranchDomain[] = [
  'RURAL',
  'AGENCY',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED_ENTERPRISE',
  'NON_PUBLIC_ENTERPRISE',
  'SOCIAL_ORGANISATION',
  'COMMUNITY',
  'SCHOOL',
  'RETIRED',
];

export const orgTypeColors: Record<OrgType, string> = {
  COMMITTEE: 'red',
  GENERAL_BRANCH: 'volcano',
  BRANCH: 'gold',
  GROUP: 'default',
};

/** The header that makes a request act in the chosen tenant (the org endpoints do not declare it). */
export function tenantHeaders(tenantId: string): Record<string, string> {
  return { 'X-Tenant-Id': tenantId };
}

/** Everything cached about the tenant's org tree, for invalidation after a change. */
export function orgsQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'orgs'] as const;
}

/** The caller's top nodes (parentId null) or the children of one node, ordered by the backend. */
export function orgChildrenQuery(tenantId: string, parentId: string | null, includeClosed: boolean) {
  return queryOptions({
    queryKey: [...orgsQueryKey(tenantId), 'children', parentId ?? 'top', { includeClosed }] as const,
    queryFn: (): Promise<OrgNode[]> =>
      unwrap(
        api.GET('/api/v1/orgs', {
          params: { query: parentId === null ? { includeClosed } : { parentId, includeClosed } },
          headers: tenantHeaders(tenantId),
        }),
      ),
  });
}

export function orgQuery(tenantId: string, id: string) {
  return queryOptions({
    queryKey: [...orgsQueryKey(tenantId), 'node', id] as const,
    queryFn: (): Promise<OrgNode> =>
      unwrap(api.GET('/api/v1/orgs/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId) })),
  });
}

/** The first org the user holds a role at above the branches (a committee or a general branch): a parent's inbox, a check's scope. */
export function orgAboveBranches(roles: readonly RoleAssignment[]): OrgRef | undefined {
  return roles.find((role) => role.org.type !== 'BRANCH' && role.org.type !== 'GROUP')?.org;
}
