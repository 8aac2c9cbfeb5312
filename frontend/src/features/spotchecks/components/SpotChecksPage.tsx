import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { OrgFilter } from '@/components/OrgFilter';
import type { SpotCheckSummary } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { currentMonthInChina } from '@/lib/cycle/format';
import { orgAboveBranches } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useSpotChecks } from '../api/spotChecks';
import { DrawModal } from './DrawModal';

/** 随机抽查: the checks drawn at or under an org, how far each has been checked, and drawing a new one. */
export function SpotChecksPage() {
  const { t } = useTranslation();
  const { tenantId, roles } = useTenant();
  const navigate = useNavigate();
  const start = orgAboveBranches(roles) ?? roles[0]?.org;
  const [orgId, setOrgId] = useState(start?.id);
  const [drawing, setDrawing] = useState(false);
  const checks = useSpotChecks(tenantId ?? '', orgId);
  const thisMonth = currentMonthInChina();
  if (tenantId === null) return null;

  const columns: TableColumnsType<SpotCheckSummary> = [
    { title: t('spotChecks.columns.createdAt'), key: 'createdAt', render: (_, check) => formatShanghaiTime(check.createdAt) },
    { title: t('spotChecks.columns.org'), dataIndex: 'orgName' },
    { title: t('spotChecks.columns.months'), key: 'months', render: (_, check) => t('spotChecks.monthRange', { from: check.from, to: check.to }) },
    { title: t('spotChecks.columns.sample'), key: 'sample', render: (_, check) => t('spotChecks.sampleOf', { sampled: check.sampled, population: check.population }) },
    { title: t('spotChecks.columns.progress'), key: 'progress', render: (_, check) => <CheckProgress checked={check.checked} sampled={check.sampled} /> },
    {
      title: t('spotChecks.columns.problems'),
      key: 'problems',
      render: (_, check) => (check.problems > 0 ? <Tag color="red">{t('spotChecks.problemCount', { count: check.problems })}</Tag> : '—'),
    },
    { title: t('spotChecks.columns.seed'), key: 'seed', render: (_, check) => <Typography.Text code>{check.seed}</Typography.Text> },
    {
      title: t('spotChecks.columns.actions'),
      key: 'actions',
      fixed: 'end',
      render: (_, check) => (
        <Button size="small" onClick={() => void navigate(`/spot-checks/${check.id}`)}>
          {t('spotChecks.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      data-testid="spot-checks-page"
      title={
        <OrgFilter
          tenantId={tenantId}
          label={t('spotChecks.org')}
          placeholder={t('spotChecks.chooseOrg')}
          value={orgId}
          valueLabel={orgId === start?.id ? start?.name : undefined}
          onChange={setOrgId}
          allowClear={false}
        />
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawing(true)}>
          {t('spotChecks.draw')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('spotChecks.hint')}</Typography.Text>
        {checks.error ? (
          <ErrorState error={checks.error} onRetry={() => void checks.refetch()} />
        ) : (
          <Table<SpotCheckSummary>
            data-testid="spot-checks"
            rowKey="id"
            size="small"
            loading={checks.isLoading}
            columns={columns}
            dataSource={checks.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('spotChecks.none') }}
            onRow={(check) => ({ 'data-testid': `spot-check-${check.seed}` }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </Flex>
      {drawing && (
        <DrawModal
          tenantId={tenantId}
          initial={{ orgId, from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth, by: 'count', count: 10 }}
          orgName={orgId === start?.id ? start?.name : undefined}
          onClose={() => setDrawing(false)}
        />
      )}
    </Card>
  );
}

/** Checked / sampled, as a bar and in words. */
export function CheckProgress({ checked, sampled }: { checked: number; sampled: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" style={{ minWidth: 160 }} data-testid="check-progress">
      <Progress percent={sampled === 0 ? 100 : Math.round((checked / sampled) * 100)} size="small" showInfo={false} style={{ width: 80, margin: 0 }} />
      <Typography.Text>{t('spotChecks.checkedOf', { checked, sampled })}</Typography.Text>
    </Flex>
  );
}
