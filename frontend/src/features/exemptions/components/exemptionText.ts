import type { ExemptionAction, ExemptionReason, ExemptionStatus } from '@/lib/api/types';

export const exemptionStatuses: readonly ExemptionStatus[] = [
  'AWAITING_COMMITTEE_REVIEW',
  'AWAITING_MEETING_APPROVAL',
  'AWAITING_PUBLICITY',
  'IN_PUBLICITY',
  'AWAITING_UPPER_APPROVAL',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
];

export const exemptionReasons: readonly ExemptionReason[] = [
  'RECENTLY_JOINED',
  'ELDERLY_OR_ILL',
  'LONG_ABSENT_FLOATING',
  'OTHER',
];

/** The buttons of the detail drawer, in the order of the workflow (the backend says which are due). */
export const exemptionActions: readonly ExemptionAction[] = [
  'REVIEW_COMMITTEE',
  'REVIEW_MEETING',
  'OPEN_PUBLICITY',
  'CLOSE_PUBLICITY',
  'REVIEW_UPPER',
  'END',
  'WITHDRAW',
];

/** `date` (yyyy-MM-dd) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
