import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemberYear } from '@/lib/api/types';
import { MemberYearCards } from './MemberYearCards';

const year: MemberYear = {
  memberId: 'e0000000-0000-4000-8000-000000000001',
  memberName: '王五',
  branchName: '第一支部',
  year: 2026,
  schemeId: 'e0000000-0000-4000-8000-000000000002',
  schemeVersionId: 'e0000000-0000-4000-8000-000000000003',
  schemeName: '年度从零累计',
  periods: [{ period: '2026', total: 95 }],
  quarters: [],
  interim: null,
  yearScore: 95,
  annual: 95,
  grade: '优秀',
  notGraded: null,
  vetoes: [],
  exemptMonths: [],
  outsideScheme: [],
  explanation: { kind: 'ANNUAL', label: 'annual', points: 95, detail: '', children: [] },
};

describe('a member’s year', () => {
  it('shows the grade the score reaches', () => {
    render(<MemberYearCards title="2026 年积分" result={year} ledger={[]} />);
    expect(screen.getByText('优秀')).toBeInTheDocument();
    expect(screen.queryByTestId('points-not-graded')).not.toBeInTheDocument();
  });

  it('says what the year’s figure is: the mean of the scored months under a monthly-average scheme', () => {
    const monthly = { kind: 'MEAN' as const, label: 'year', points: 95, detail: 'MONTHLY_AVERAGE', children: [] };
    render(<MemberYearCards title="2026 年积分" result={{ ...year, explanation: { ...year.explanation, children: [monthly] } }} ledger={[]} />);
    expect(screen.getByText('年度平均（已计分月份的平均分）')).toBeInTheDocument();
  });

  it('shows an activist at 95 as not graded, and says why, instead of 优秀', () => {
    render(<MemberYearCards title="2026 年积分" result={{ ...year, grade: null, notGraded: 'ACTIVIST' }} ledger={[]} />);
    expect(screen.getByTestId('points-not-graded')).toHaveTextContent('—');
    expect(screen.getByText('入党积极分子：纳入积分管理，不参与评定等次')).toBeInTheDocument();
    expect(screen.queryByText('优秀')).not.toBeInTheDocument();
  });

  it('says a member exempt all year is not graded rather than 不合格', () => {
    render(<MemberYearCards title="2026 年积分" result={{ ...year, annual: 0, grade: null, notGraded: 'EXEMPT_ALL_YEAR' }} ledger={[]} />);
    expect(screen.getByText('全年不纳入积分管理，不评定等次')).toBeInTheDocument();
    expect(screen.queryByText('不合格')).not.toBeInTheDocument();
  });
});
