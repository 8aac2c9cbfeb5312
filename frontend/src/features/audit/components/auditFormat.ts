import type { AuditEntry } from '@/lib/api/types';

/** `YYYY-MM-DD HH:mm` in China Standard Time, wherever the browser is. */
export function formatShanghaiTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

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

export interface FieldChange {
  field: SnapshotField;
  before: unknown;
  after: unknown;
}

function normalized(field: SnapshotField, value: unknown): unknown {
  if (field === 'closed' || field === 'leaderCadre') return value === true;
  return value ?? null;
}

/** The fields whose value differs between the entry's before and after snapshots. */
export function changesOf(entry: AuditEntry): FieldChange[] {
  return snapshotFields
    .map((field) => ({
      field,
      before: normalized(field, entry.before?.[field]),
      after: normalized(field, entry.after?.[field]),
    }))
    .filter((change) => change.before !== change.after);
}

/** The org's name as of the entry (its last known one). */
export function orgNameOf(entry: AuditEntry): string {
  const name = entry.after?.name ?? entry.before?.name;
  return typeof name === 'string' ? name : entry.entityId;
}
