import type { paths } from './schema';

// Named after the endpoints rather than the document's schema names, which are the backend's
// implementation detail (a record renamed there must not break the app).
type JsonBody<Content> = Content extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessBody<Operation> = Operation extends { responses: { 200: infer Ok } }
  ? JsonBody<Ok>
  : Operation extends { responses: { 201: infer Created } }
    ? JsonBody<Created>
    : never;
type RequestBody<Operation> = Operation extends { requestBody: infer Body } ? JsonBody<Body> : never;

export type OnboardingRequest = RequestBody<paths['/api/v1/onboarding']['post']>;
export type CurrentUser = SuccessBody<paths['/api/v1/me']['get']>;
export type TenantOverview = SuccessBody<paths['/api/v1/tenants/current']['get']>;
export type RootOrgType = OnboardingRequest['rootOrgType'];
export type OrgRef = TenantOverview['rootOrg'];
export type RoleAssignment = TenantOverview['roles'][number];

export type OrgNode = SuccessBody<paths['/api/v1/orgs/{id}']['get']>;
export type OrgType = OrgNode['type'];
export type BranchDomain = NonNullable<OrgNode['domain']>;
export type CreateOrgRequest = RequestBody<paths['/api/v1/orgs']['post']>;
export type UpdateOrgRequest = RequestBody<paths['/api/v1/orgs/{id}']['patch']>;
export type AuditLogPage = SuccessBody<paths['/api/v1/audit-log']['get']>;
export type AuditEntry = AuditLogPage['items'][number];

export type MemberPage = SuccessBody<paths['/api/v1/members']['get']>;
export type Member = SuccessBody<paths['/api/v1/members/{id}']['get']>;
export type MemberStatus = Member['status'];
export type PostType = Member['postType'];
export type Gender = NonNullable<Member['gender']>;
export type AddMemberRequest = RequestBody<paths['/api/v1/members']['post']>;
export type EditMemberRequest = RequestBody<paths['/api/v1/members/{id}']['patch']>;
export type MemberDetails = AddMemberRequest['details'];
export type TransferRequest = RequestBody<paths['/api/v1/members/{id}/transfer']['post']>;
export type Transfer = SuccessBody<paths['/api/v1/members/{id}/transfers']['get']>[number];
export type ImportResult = SuccessBody<paths['/api/v1/members/import']['post']>;
export type RoleHolder = SuccessBody<paths['/api/v1/orgs/{orgId}/roles']['get']>[number];
export type RoleName = RoleHolder['role'];
