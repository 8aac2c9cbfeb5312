import type { AuditEntry } from '@/lib/api/types';

/**
 * The snapshot fields worth showing, in the order shown: those of orgs, members and role holders
 * (`path` only repeats `parentId`; ids of people are not for reading).
 */
export const snapshotFields = [
  'name', 'type', 'code', 'domain', 'sortOrder', 'parentId', 'closed',
  'gender', 'status', 'postType', 'leaderCadre', 'joinedOn', 'branchId', 'groupId', 'mobile', 'email',
  'role', 'orgId',
] as const;
export type SnapshotField = (typeof snapshotFields)[number];

/** The snapshot fields of an exemption application (不参加积分管理) worth showing, in the order shown. */
export const exemptionSnapshotFields = [
  'status', 'reason', 'details', 'effectiveFrom', 'effectiveTo', 'publicityFrom', 'publicityTo', 'upperApprovalRequired',
] as const;
export type ExemptionSnapshotField = (typeof exemptionSnapshotFields)[number];

/** The snapshot fields of a link between two tenants (单位关联): both ends by name, and its status. */
export const linkSnapshotFields = ['lowerTenantName', 'lowerRootName', 'upperTenantName', 'upperOrgName', 'status'] as const;
export type LinkSnapshotField = (typeof linkSnapshotFields)[number];

/** The snapshot fields of a link invitation code (its hint only; the code itself is never recorded). */
export const invitationSnapshotFields = ['orgId', 'codeHint', 'expiresAt', 'revokedAt'] as const;
export type InvitationSnapshotField = (typeof invitationSnapshotFields)[number];

export type FieldChange =
  | { entity: 'other'; field: SnapshotField; before: unknown; after: unknown }
  | { entity: 'exemption'; field: ExemptionSnapshotField; before: unknown; after: unknown }
  | { entity: 'link'; field: LinkSnapshotField; before: unknown; after: unknown }
  | { entity: 'invitation'; field: InvitationSnapshotField; before: unknown; after: unknown };

export function isExemptionEntry(entry: AuditEntry): boolean {
  return entry.entityType === 'EXEMPTION';
}

function normalized(field: SnapshotField | ExemptionSnapshotField, value: unknown): unknown {
  if (field === 'closed' || field === 'leaderCadre' || field === 'upperApprovalRequired') return value === true;
  return value ?? null;
}

/** The fields whose value differs between the entry's before and after snapshots. */
export function changesOf(entry: AuditEntry): FieldChange[] {
  if (entry.entityType === 'TENANT_LINK' || entry.entityType === 'LINK_INVITATION') return linkChangesOf(entry);
  const changes: FieldChange[] = isExemptionEntry(entry)
    ? exemptionSnapshotFields.map((field) => ({
        entity: 'exemption',
        field,
        before: normalized(field, entry.before?.[field]),
        after: normalized(field, entry.after?.[field]),
      }))
    : snapshotFields.map((field) => ({
        entity: 'other',
        field,
        before: normalized(field, entry.before?.[field]),
        after: normalized(field, entry.after?.[field]),
      }));
  return changes.filter((change) => change.before !== change.after);
}

function linkChangesOf(entry: AuditEntry): FieldChange[] {
  const valueOf = (snapshot: AuditEntry['before'], field: string): unknown => snapshot?.[field] ?? null;
  const changes: FieldChange[] =
    entry.entityType === 'TENANT_LINK'
      ? linkSnapshotFields.map((field) => ({
          entity: 'link',
          field,
          before: valueOf(entry.before, field),
          after: valueOf(entry.after, field),
        }))
      : invitationSnapshotFields.map((field) => ({
          entity: 'invitation',
          field,
          before: valueOf(entry.before, field),
          after: valueOf(entry.after, field),
        }));
  return changes.filter((change) => change.before !== change.after);
}

/** A link entry's two ends, `lower root → upper org`, as of the entry. */
export function linkEndsOf(entry: AuditEntry): string | undefined {
  const snapshot = entry.after ?? entry.before;
  const lower = snapshot?.lowerRootName;
  const upper = snapshot?.upperOrgName;
  return typeof lower === 'string' && typeof upper === 'string' ? `${lower} → ${upper}` : undefined;
}

/** The org a link invitation entry was issued at, and the code's hint. */
export function invitationOf(entry: AuditEntry): { orgId?: string; codeHint?: string } {
  const snapshot = entry.after ?? entry.before;
  return {
    orgId: typeof snapshot?.orgId === 'string' ? snapshot.orgId : undefined,
    codeHint: typeof snapshot?.codeHint === 'string' ? snapshot.codeHint : undefined,
  };
}

/** The member an exemption entry is about (its snapshot names the member by id only). */
export function exemptionMemberOf(entry: AuditEntry): string | undefined {
  const memberId = entry.after?.memberId ?? entry.before?.memberId;
  return typeof memberId === 'string' ? memberId : undefined;
}

/** The org's name as of the entry (its last known one). */
export function orgNameOf(entry: AuditEntry): string | undefined {
  const name = entry.after?.name ?? entry.before?.name;
  return typeof name === 'string' ? name : undefined;
}
