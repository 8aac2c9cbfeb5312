import type { LinkStatus, MemberCounts } from '@/lib/api/types';

/** Whether a link is under way (asked for or in force), as opposed to over. */
export function isCurrent(status: LinkStatus): boolean {
  return status === 'REQUESTED' || status === 'ACTIVE';
}

export function totalOf(counts: MemberCounts): number {
  return counts.full + counts.probationary + counts.activists;
}
