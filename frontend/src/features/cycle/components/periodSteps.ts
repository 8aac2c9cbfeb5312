/** Where a period stands on 审核通过 → 公示 → 定稿 (0-based; 3 when final), and what may be done next. */
export function periodStep(status: string): { current: number; next?: 'approve' | 'publicity' | 'finalise' } {
  switch (status) {
    case 'OPEN':
    case 'REOPENED':
      return { current: 0, next: 'approve' };
    case 'APPROVED':
      return { current: 1, next: 'publicity' };
    case 'IN_PUBLICITY':
      return { current: 1 };
    case 'PUBLICITY_CLOSED':
      return { current: 2, next: 'finalise' };
    case 'FINALISED':
      return { current: 3 };
    default:
      return { current: 0 };
  }
}
