import { Card, Col, Flex, Grid, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { ExplanationTree } from '@/components/explanation/ExplanationTree';
import { periodLabel } from '@/components/explanation/explanationText';
import { PeriodBars } from '@/components/explanation/PeriodBars';
import { LedgerRows } from '@/components/LedgerRows';
import { PageLoading } from '@/components/PageLoading';
import { currentMonthInChina, formatPoints } from '@/lib/cycle/format';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMyLedger, useMyScores } from '../api/me';

/** 我的积分: this month and the year so far, how they were reckoned, and every ledger row. */
export function MyPointsPage() {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const isPhone = Grid.useBreakpoint().md !== true;
  const year = new Date().getFullYear();
  const scores = useMyScores(tenantId ?? '', year);
  const ledger = useMyLedger(tenantId ?? '', year);
  const month = currentMonthInChina();

  if (scores.error) return <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  if (scores.data === undefined) return <PageLoading />;
  const result = scores.data;
  // A scheme scored by the year has no monthly periods: this month is then what its counting rows add up to.
  const monthly = result.periods.filter((period) => /^\d{4}-\d{2}$/.test(period.period));
  const scored = monthly.find((period) => period.period === month)?.total;
  // The year's limits and caps act on the year; the explanation shows them.
  const priced = ledger.data?.filter((row) => row.counting && row.month === month && row.value !== null);
  const thisMonth = scored ?? priced?.reduce((sum, row) => sum + (row.value ?? 0), 0);

  return (
    <Flex vertical gap={16} data-testid="my-points">
      <Card title={t('points.title', { year })} extra={result.schemeName}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('points.thisMonth')} value={formatPoints(thisMonth)} data-testid="points-month" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('points.yearSoFar')} value={formatPoints(result.yearScore)} data-testid="points-year" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('points.annual')} value={formatPoints(result.annual)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('points.grade')} valueRender={() => <Tag color="blue">{result.grade}</Tag>} />
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
        <ExplanationTree explanation={result.explanation} isPhone={isPhone} />
      </Card>
      <Card title={t('points.ledger')}>
        {ledger.error ? (
          <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
        ) : ledger.data === undefined ? (
          <PageLoading />
        ) : (
          <LedgerRows rows={ledger.data} />
        )}
      </Card>
    </Flex>
  );
}
