import { Card, Col, Grid, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation, LedgerRow, MemberYear } from '@/lib/api/types';
import { currentMonthInChina, formatPoints } from '@/lib/cycle/format';
import { ExplanationTree } from './ExplanationTree';
import { periodLabel } from './explanationText';
import { PeriodBars } from './PeriodBars';

/**
 * This month's score: the engine's, or, for a scheme that scores the year as a whole (no monthly periods), what
 * this month's counting rows are worth by their rules (the year's limits and caps act on the year; the explanation
 * shows them).
 */
function thisMonthScore(result: MemberYear, ledger: readonly LedgerRow[] | undefined, month: string): number | undefined {
  const scored = result.periods.find((period) => period.period === month)?.total;
  if (scored !== undefined) return scored;
  return ledger?.filter((row) => row.counting && row.month === month).reduce((sum, row) => sum + (row.value ?? 0), 0);
}

/** How the scheme makes the year of its periods (SUM_YEAR, MONTHLY_AVERAGE…), as the explanation says. */
function yearAggregation(node: Explanation): string | undefined {
  if (node.kind === 'MEAN' && node.label === 'year') return node.detail ?? undefined;
  for (const child of node.children) {
    const found = yearAggregation(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

interface MemberYearCardsProps {
  title: ReactNode;
  result: MemberYear;
  /** The member's ledger for the year, for this month's score where the scheme has no monthly periods. */
  ledger: readonly LedgerRow[] | undefined;
}

/** A member's year: this month, the year so far, the annual score and grade, the months, and how it was reckoned. */
export function MemberYearCards({ title, result, ledger }: MemberYearCardsProps) {
  const { t, i18n } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const monthly = result.periods.filter((period) => /^\d{4}-\d{2}$/.test(period.period));
  return (
    <>
      <Card title={title}>
        {/* The scheme's name is long: under the title rather than beside it, where a phone has no room. */}
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {result.schemeName}
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('points.thisMonth')} value={formatPoints(thisMonthScore(result, ledger, currentMonthInChina()))} data-testid="points-month" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t(`points.yearSoFarBy.${yearAggregation(result.explanation) ?? 'SUM_YEAR'}`, { defaultValue: t('points.yearSoFar') })}
              value={formatPoints(result.yearScore)}
              data-testid="points-year"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('points.annual')} value={formatPoints(result.annual)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('points.grade')}
              valueRender={() =>
                result.grade ? (
                  <Tag color="blue">{result.grade}</Tag>
                ) : (
                  <Tooltip title={result.notGraded ? t(`points.notGraded.${result.notGraded}`) : undefined}>
                    <span data-testid="points-not-graded">—</span>
                  </Tooltip>
                )
              }
            />
            {result.notGraded && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`points.notGraded.${result.notGraded}`)}
              </Typography.Text>
            )}
          </Col>
        </Row>
        {monthly.length > 1 && (
          <PeriodBars
            testId="points-months"
            title={t('points.months')}
            bars={monthly.map((period) => ({ label: periodLabel(period.period, t, i18n.language), value: period.total }))}
          />
        )}
      </Card>
      <Card title={t('points.explanation')} data-testid="points-explanation">
        <ExplanationTree explanation={result.explanation} ledger={ledger} isPhone={isPhone} />
      </Card>
    </>
  );
}
