import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { PublicityList } from '@/components/PublicityList';
import { formatShanghaiTime, yearInChina } from '@/lib/chinaTime';
import { periodStatusColors } from '@/lib/cycle/format';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMyPeriods, usePublicity } from '../api/me';
import { ObjectionModal, type ObjectionTarget } from './ObjectionModal';

/** 公示: the branch's months; one month's list, and 异议 while it is in publicity. */
export function PublicityPage() {
  const { periodId } = useParams();
  const { tenantId } = useTenant();
  if (tenantId === null) return null;
  return periodId ? <PeriodPublicity tenantId={tenantId} periodId={periodId} /> : <PeriodList tenantId={tenantId} />;
}

function PeriodList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const periods = useMyPeriods(tenantId, yearInChina());
  if (periods.error) return <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  if (periods.data === undefined) return <PageLoading />;
  const shown = periods.data.filter((period) => period.id !== null && period.status !== 'OPEN' && period.status !== 'APPROVED');
  return (
    <Card title={t('publicity.title')}>
      <List
        data-testid="my-periods"
        dataSource={shown}
        locale={{ emptyText: t('publicity.noPeriods') }}
        renderItem={(period) => (
          <List.Item extra={<Link to={`/publicity/${period.id}`}>{t('publicity.open')}</Link>}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{t('publicity.month', { month: period.month })}</Typography.Text>
              <Tag color={periodStatusColors[period.status]}>{t(`periods.status.${period.status}`, { defaultValue: period.status })}</Tag>
              {period.publicityUntil && period.status === 'IN_PUBLICITY' && (
                <Typography.Text type="secondary">{t('publicity.until', { time: formatShanghaiTime(period.publicityUntil) })}</Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function PeriodPublicity({ tenantId, periodId }: { tenantId: string; periodId: string }) {
  const { t } = useTranslation();
  const periods = useMyPeriods(tenantId, yearInChina());
  const publicity = usePublicity(tenantId, periodId);
  const [target, setTarget] = useState<ObjectionTarget>();
  const period = periods.data?.find((candidate) => candidate.id === periodId);
  const open = period?.status === 'IN_PUBLICITY';

  if (publicity.error) return <ErrorState error={publicity.error} onRetry={() => void publicity.refetch()} />;
  if (publicity.data === undefined) return <PageLoading />;
  return (
    <Card
      title={period ? t('publicity.month', { month: period.month }) : t('publicity.title')}
      extra={<Link to="/publicity">{t('publicity.back')}</Link>}
      data-testid="period-publicity"
    >
      <Flex vertical gap={12}>
        {period && (
          <Flex gap={8} wrap>
            <Tag color={periodStatusColors[period.status]}>{t(`periods.status.${period.status}`, { defaultValue: period.status })}</Tag>
            {open && period.publicityUntil && (
              <Typography.Text type="secondary">{t('publicity.until', { time: formatShanghaiTime(period.publicityUntil) })}</Typography.Text>
            )}
          </Flex>
        )}
        <PublicityList
          rows={publicity.data}
          rowAction={(row) =>
            open && (
              <Button size="small" onClick={(event) => { event.stopPropagation(); setTarget({ label: t('publicity.totalOf', { name: row.memberName }), subjectMemberId: row.memberId }); }}>
                {t('publicity.objectTotal')}
              </Button>
            )
          }
          entryAction={(row, entry) =>
            open && (
              <Button size="small" type="link" onClick={() => setTarget({ label: `${row.memberName} · ${entry.itemName}`, ledgerEntryId: entry.ledgerEntryId })}>
                {t('publicity.object')}
              </Button>
            )
          }
        />
      </Flex>
      {target && <ObjectionModal tenantId={tenantId} periodId={periodId} target={target} onClose={() => setTarget(undefined)} />}
    </Card>
  );
}
