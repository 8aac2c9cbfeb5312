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
