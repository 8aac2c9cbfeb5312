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
export type NewInstitutionRequest = RequestBody<paths['/api/v1/institutions']['post']>;
export type NewInstitution = SuccessBody<paths['/api/v1/institutions']['post']>;
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
export type AssignRoleRequest = RequestBody<paths['/api/v1/orgs/{orgId}/roles']['post']>;

export type ExemptionPage = SuccessBody<paths['/api/v1/exemptions']['get']>;
export type Exemption = ExemptionPage['items'][number];
export type ExemptionStatus = Exemption['status'];
export type ExemptionReason = Exemption['reason'];
export type ExemptionDetail = SuccessBody<paths['/api/v1/exemptions/{id}']['get']>;
export type ExemptionStep = ExemptionDetail['steps'][number];
export type ExemptionAction = ExemptionDetail['actions'][number];
export type ApplyForExemptionRequest = RequestBody<paths['/api/v1/exemptions']['post']>;
export type ExemptionReviewRequest = RequestBody<paths['/api/v1/exemptions/{id}/review']['post']>;
export type OpenPublicityRequest = RequestBody<paths['/api/v1/exemptions/{id}/publicity']['post']>;
export type ClosePublicityRequest = RequestBody<paths['/api/v1/exemptions/{id}/publicity/close']['post']>;
export type WithdrawExemptionRequest = RequestBody<paths['/api/v1/exemptions/{id}/withdraw']['post']>;
export type EndExemptionRequest = RequestBody<paths['/api/v1/exemptions/{id}/end']['post']>;

export type Link = SuccessBody<paths['/api/v1/links']['get']>[number];
export type LinkStatus = Link['status'];
export type LinkSide = Link['side'];
export type LinkAction = Link['actions'][number];
export type LinkRequest = RequestBody<paths['/api/v1/links']['post']>;
export type LinkedTree = SuccessBody<paths['/api/v1/links/{id}/tree']['get']>;
export type LinkedNode = LinkedTree['nodes'][number];
export type MemberCounts = LinkedNode['members'];
export type LinkInvitation = SuccessBody<paths['/api/v1/orgs/{orgId}/link-invitations']['get']>[number];
export type LinkInvitationStatus = LinkInvitation['status'];
export type IssuedLinkInvitation = SuccessBody<paths['/api/v1/orgs/{orgId}/link-invitations']['post']>;

export type SchemePreset = SuccessBody<paths['/api/v1/scheme-presets']['get']>[number];
export type SchemeDocument = SuccessBody<paths['/api/v1/scheme-presets/{code}']['get']>;
export type Aggregation = SchemeDocument['aggregation'];
export type SchemeSection = SchemeDocument['sections'][number];
export type SectionKind = SchemeSection['kind'];
export type SectionStart = NonNullable<SchemeSection['start']>;
export type SchemeItem = SchemeSection['items'][number];
export type ItemRule = SchemeItem['rule'];
export type RecordedBy = NonNullable<SchemeItem['recordedBy']>;
export type SchemeVeto = NonNullable<SchemeDocument['vetoes']>[number];
export type VetoEffect = SchemeVeto['effects'][number];
export type SchemeLevel = NonNullable<ItemRule['levels']>[number];
export type RuleType = ItemRule['type'];
export type AppliesTo = NonNullable<SchemeItem['appliesTo']>;
export type ItemBounds = NonNullable<SchemeItem['bounds']>;
export type CompositionPart = SchemeDocument['composition']['parts'][number];
export type GradeBand = SchemeDocument['grades'][number];
export type SchemeQuota = NonNullable<SchemeDocument['quota']>;
export type QuotaScope = NonNullable<SchemeQuota['scope']>;
export type TieBreak = NonNullable<SchemeQuota['tieBreak']>[number];
export type SchemeAlerts = NonNullable<SchemeDocument['alerts']>;
export type SchemeRanking = NonNullable<SchemeDocument['ranking']>;
export type PreviewRequest = RequestBody<paths['/api/v1/schemes/preview']['post']>;
export type PreviewEntry = NonNullable<PreviewRequest['entries']>[number];
export type PreviewResult = SuccessBody<paths['/api/v1/schemes/preview']['post']>;
export type PeriodScore = PreviewResult['periods'][number];
export type Explanation = PreviewResult['explanation'];
export type ExplanationKind = Explanation['kind'];

/** A scheme of an org for a year, with its versions (the backend's SchemeView). */
export type SchemeRecord = SuccessBody<paths['/api/v1/schemes/{id}']['get']>;
/** An org's own schemes and the one that applies; `applying` is null when none does (the OpenAPI file omits it). */
export type OrgSchemes = Omit<SuccessBody<paths['/api/v1/orgs/{orgId}/schemes']['get']>, 'applying'> & {
  applying: SchemeRecord | null;
};
export type SchemeVersionSummary = SchemeRecord['versions'][number];
export type VersionStatus = SchemeVersionSummary['status'];
export type SchemeVersion = SuccessBody<paths['/api/v1/schemes/{id}/versions/{number}']['get']>;
export type CreateSchemeRequest = RequestBody<paths['/api/v1/orgs/{orgId}/schemes']['post']>;
export type SaveDraftRequest = RequestBody<paths['/api/v1/schemes/{id}/draft']['put']>;
/** One difference between two versions; before and after are any JSON value (absent when added or removed). */
export type SchemeChange = SuccessBody<paths['/api/v1/schemes/diff']['get']>[number];
export type ChangeKind = SchemeChange['kind'];

export type MemberProfile = NonNullable<CurrentUser['memberships'][number]['member']>;
export type MyScheme = SuccessBody<paths['/api/v1/me/scheme']['get']>;
export type DeclarableEntry = MyScheme['items'][number];
export type DeclarableItem = DeclarableEntry['item'];
export type DeclareRequest = RequestBody<paths['/api/v1/me/declarations']['post']>;
export type DeclarationPage = SuccessBody<paths['/api/v1/declarations']['get']>;
export type Declaration = DeclarationPage['items'][number];
export type ReviewRequest = RequestBody<paths['/api/v1/declarations/{id}/review']['post']>;
export type ReviewDecision = ReviewRequest['decision'];
export type Evidence = Declaration['evidence'][number];
export type LedgerRow = SuccessBody<paths['/api/v1/me/ledger-entries']['get']>[number];
export type EntryFlag = SuccessBody<paths['/api/v1/entry-flags']['get']>[number];
export type MemberYear = SuccessBody<paths['/api/v1/me/scores']['get']>;
export type Activity = SuccessBody<paths['/api/v1/activities/{id}']['get']>;
export type ActivityKind = Activity['kind'];
export type CreateActivityRequest = RequestBody<paths['/api/v1/activities']['post']>;
export type MarkAttendanceRequest = RequestBody<paths['/api/v1/activities/{id}/attendance']['put']>;
export type AttendanceMark = MarkAttendanceRequest['marks'][number];
export type AttendanceKind = AttendanceMark['attendance'];
export type Period = SuccessBody<paths['/api/v1/periods/{id}']['get']>;
export type PublicityRow = SuccessBody<paths['/api/v1/periods/{id}/publicity']['get']>[number];
export type ClosingChecklist = SuccessBody<paths['/api/v1/periods/checklist']['get']>;
export type Objection = SuccessBody<paths['/api/v1/periods/{id}/objections']['get']>[number];
export type ObjectionRequest = RequestBody<paths['/api/v1/periods/{id}/objections']['post']>;
export type AnswerObjectionRequest = RequestBody<paths['/api/v1/objections/{id}/answer']['post']>;
export type Notification = SuccessBody<paths['/api/v1/me/notifications']['get']>[number];

export type MemberScores = SuccessBody<paths['/api/v1/scores']['get']>;
export type RecordEntryRequest = RequestBody<paths['/api/v1/ledger-entries']['post']>;
export type CorrectionRequest = RequestBody<paths['/api/v1/ledger-entries/{id}/corrections']['post']>;

/** A branch's quarterly or annual filing; undecided, it has no decision time and no comment. */
export type Filing = SuccessBody<paths['/api/v1/filings/{id}']['get']>;
/** The summary as filed; a line's grade is null where the period grades nobody. */
export type FilingSummary = Filing['summary'];
export type FileRequest = RequestBody<paths['/api/v1/filings']['post']>;
export type FilingDecisionRequest = RequestBody<paths['/api/v1/filings/{id}/decision']['post']>;

/** An alert; a branch's (BRANCH_BELOW_PASSING) names no member, and an open one has no closing time. */
export type Alert = SuccessBody<paths['/api/v1/alerts']['get']>[number];

export type SpotCheckSummary = SuccessBody<paths['/api/v1/spot-checks']['get']>[number];
export type SpotCheck = SuccessBody<paths['/api/v1/spot-checks/{id}']['get']>;
export type SpotCheckItem = SpotCheck['items'][number];
export type SpotCheckVerdict = NonNullable<SpotCheckItem['verdict']>;
export type DrawSpotCheckRequest = RequestBody<paths['/api/v1/spot-checks']['post']>;
export type MarkSpotCheckRequest = RequestBody<paths['/api/v1/spot-checks/{id}/items/{entryId}']['post']>;
