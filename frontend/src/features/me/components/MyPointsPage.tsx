import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { MemberYearCards } from '@/components/explanation/MemberYearCards';
import { LedgerRows } from '@/components/LedgerRows';
import { PageLoading } from '@/components/PageLoading';
import { yearInChina } from '@/lib/chinaTime';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMyLedger, useMyScores } from '../api/me';

/** 我的积分: this month and the year so far, how they were reckoned, and every ledger row. */
export function MyPointsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const year = yearInChina();
  const scores = useMyScores(tenantId ?? '', year);
  const ledger = useMyLedger(tenantId ?? '', year);

  if (scores.error) return <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  if (scores.data === undefined) return <PageLoading />;
  return (
    <Flex vertical gap={16} data-testid="my-points">
      <MemberYearCards title={t('points.title', { year })} result={scores.data} ledger={ledger.data} />
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
