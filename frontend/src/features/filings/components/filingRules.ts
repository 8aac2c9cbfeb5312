import type { TFunction } from 'i18next';
import type { Filing } from '@/lib/api/types';

export type PeriodKind = 'quarter' | 'year';

/** The period a branch files: `2026-Q3` for a quarter, `2026` for the year. */
export function periodOf(kind: PeriodKind, year: number, quarter: number): string {
  return kind === 'year' ? String(year) : `${year}-Q${quarter}`;
}

/** The latest quarter that has ended by this month (YYYY-MM), to file by default. */
export function lastEndedQuarter(thisMonth: string): { year: number; quarter: number } {
  const year = Number(thisMonth.slice(0, 4));
  const current = Math.ceil(Number(thisMonth.slice(5, 7)) / 3);
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

/** 2026 年第三季度 / 2026 年度. */
export function filingPeriodLabel(period: string, t: TFunction): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('filings.periodQuarter', { year: quarter[1], quarter: t(`schemes.quarters.q${quarter[2] as '1' | '2' | '3' | '4'}`) });
  return /^\d{4}$/.test(period) ? t('filings.periodYear', { year: period }) : period;
}

/** A return needs its comment; an acceptance may carry one. */
export function decisionProblem(accept: boolean, comment: string | undefined): 'commentRequired' | undefined {
  return !accept && !comment?.trim() ? 'commentRequired' : undefined;
}

/** Whether a returned filing may be filed again: no later filing of the same period is pending or accepted. */
export function mayRefile(filing: Filing, all: readonly Filing[]): boolean {
  return (
    filing.status === 'RETURNED' &&
    !all.some((other) => other.branchId === filing.branchId && other.period === filing.period && other.status !== 'RETURNED')
  );
}

/** Tag colours of a filing's states. */
export const filingStatusColors: Record<string, string> = {
  FILED: 'processing',
  ACCEPTED: 'success',
  RETURNED: 'warning',
};
