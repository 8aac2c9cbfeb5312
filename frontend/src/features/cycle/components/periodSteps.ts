/** Where a period stands on 审核通过 → 公示 → 定稿 (0-based; 3 when final), and what may be done next. */
export function periodStep(status: string, publicityUntil?: string | null, now = Date.now()): { current: number; next?: 'approve' | 'publicity' | 'finalise' } {
  switch (status) {
    case 'OPEN':
    case 'REOPENED':
      return { current: 0, next: 'approve' };
    case 'APPROVED':
      return { current: 1, next: 'publicity' };
    case 'IN_PUBLICITY':
      // Closed on time by a job; once the time is up the month may be finalised before the job has run.
      return publicityUntil && Date.parse(publicityUntil) <= now ? { current: 2, next: 'finalise' } : { current: 1 };
    case 'PUBLICITY_CLOSED':
      return { current: 2, next: 'finalise' };
    case 'FINALISED':
      return { current: 3 };
    default:
      return { current: 0 };
  }
}
