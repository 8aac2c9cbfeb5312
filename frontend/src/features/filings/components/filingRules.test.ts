import { describe, expect, it } from 'vitest';
import type { Filing } from '@/lib/api/types';
import { decisionProblem, lastEndedQuarter, mayRefile, periodOf } from './filingRules';

describe('filing periods and decisions', () => {
  it('names a quarter or a year, and offers the last quarter that has ended', () => {
    expect(periodOf('quarter', 2026, 3)).toBe('2026-Q3');
    expect(periodOf('year', 2026, 3)).toBe('2026');
    expect(lastEndedQuarter('2026-11')).toEqual({ year: 2026, quarter: 3 });
    expect(lastEndedQuarter('2026-10')).toEqual({ year: 2026, quarter: 3 });
    expect(lastEndedQuarter('2026-02')).toEqual({ year: 2025, quarter: 4 });
  });

  it('needs a comment to return, not to accept', () => {
    expect(decisionProblem(false, '  ')).toBe('commentRequired');
    expect(decisionProblem(false, '九月数据有误')).toBeUndefined();
    expect(decisionProblem(true, undefined)).toBeUndefined();
  });

  it('files a returned period again only while no later filing of it stands', () => {
    const returned = { id: 'a', branchId: 'b', period: '2026-Q3', status: 'RETURNED' } as Filing;
    expect(mayRefile(returned, [returned])).toBe(true);
    expect(mayRefile(returned, [returned, { ...returned, id: 'c', status: 'FILED' }])).toBe(false);
    expect(mayRefile({ ...returned, status: 'ACCEPTED' }, [])).toBe(false);
  });
});
