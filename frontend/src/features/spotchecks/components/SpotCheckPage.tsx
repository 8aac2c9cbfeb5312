import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useDescribeError } from '@/components/useDescribeError';
import type { SpotCheck, SpotCheckItem, SpotCheckVerdict } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { orgQuery } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMarkSpotCheckItem, useSpotCheck } from '../api/spotChecks';
import { DrawModal } from './DrawModal';
import { CheckProgress } from './SpotChecksPage';

const verdictColors: Record<SpotCheckVerdict, string> = { VERIFIED: 'success', PROBLEM: 'error' };

/** One spot check: its range and recorded seed, how far it is checked, and each sampled entry marked verified or a problem. */
export function SpotCheckPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const check = useSpotCheck(tenantId ?? '', id);
  if (tenantId === null) return null;
  return (
    <Flex vertical gap={16} data-testid="spot-check-page">
      <div>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/spot-checks')} style={{ paddingInline: 0 }}>
          {t('spotChecks.back')}
        </Button>
      </div>
      {check.error ? (
        <ErrorState error={check.error} onRetry={() => void check.refetch()} />
      ) : check.data === undefined ? (
        <PageLoading />
      ) : (
        <CheckView tenantId={tenantId} check={check.data} />
      )}
    </Flex>
  );
}

function CheckView({ tenantId, check }: { tenantId: string; check: SpotCheck }) {
  const { t } = useTranslation();
  const org = useQuery(orgQuery(tenantId, check.orgId));
  const [redrawing, setRedrawing] = useState(false);
  const checked = check.items.filter((item) => item.verdict !== null).length;
  const problems = check.items.filter((item) => item.verdict === 'PROBLEM').length;
  return (
    <>
      <Card
        title={t('spotChecks.checkTitle', { org: org.data?.name ?? '', from: check.from, to: check.to })}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => setRedrawing(true)}>
            {t('spotChecks.redraw')}
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'seed',
              label: t('spotChecks.seed'),
              children: (
                <Typography.Text code copyable={{ text: check.seed }} data-testid="check-seed">
                  {check.seed}
                </Typography.Text>
              ),
            },
            { key: 'createdAt', label: t('spotChecks.columns.createdAt'), children: formatShanghaiTime(check.createdAt) },
            { key: 'sample', label: t('spotChecks.columns.sample'), children: t('spotChecks.sampleOf', { sampled: check.items.length, population: check.population }) },
            { key: 'progress', label: t('spotChecks.columns.progress'), children: <CheckProgress checked={checked} sampled={check.items.length} /> },
            {
              key: 'problems',
              label: t('spotChecks.columns.problems'),
              children: problems > 0 ? <Tag color="red">{t('spotChecks.problemCount', { count: problems })}</Tag> : '—',
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('spotChecks.seedExplained')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('spotChecks.items')}>
        <ItemTable tenantId={tenantId} check={check} />
      </Card>
      {redrawing && (
        <DrawModal
          tenantId={tenantId}
          initial={{ orgId: check.orgId, from: check.from, to: check.to, by: 'count', count: check.items.length, seed: check.seed }}
          orgName={org.data?.name}
          onClose={() => setRedrawing(false)}
        />
      )}
    </>
  );
}

/** The sampled entries, each with its verdict and note, marked one by one. */
function ItemTable({ tenantId, check }: { tenantId: string; check: SpotCheck }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const mark = useMarkSpotCheckItem(tenantId, check.id);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const noteOf = (item: SpotCheckItem) => notes[item.ledgerEntryId] ?? item.note ?? '';

  const send = (item: SpotCheckItem, verdict: SpotCheckVerdict) => {
    const note = noteOf(item).trim();
    mark.mutate(
      { entryId: item.ledgerEntryId, body: { verdict, ...(note ? { note } : {}) } },
      {
        onSuccess: () => void message.success(t(`spotChecks.marked.${verdict}`)),
        onError: (error) => void message.error(describeError(error)),
      },
    );
  };

  const columns: TableColumnsType<SpotCheckItem> = [
    { title: t('spotChecks.columns.member'), dataIndex: 'memberName' },
    {
      title: t('spotChecks.columns.item'),
      key: 'item',
      render: (_, item) => (
        <>
          {item.itemName}
          <br />
          <Typography.Text type="secondary">{item.itemCode}</Typography.Text>
        </>
      ),
    },
    { title: t('spotChecks.columns.month'), dataIndex: 'month' },
    { title: t('spotChecks.columns.quantity'), dataIndex: 'quantity' },
    { title: t('spotChecks.columns.source'), key: 'source', render: (_, item) => t(`ledger.source.${item.source}`, { defaultValue: item.source }) },
    {
      title: t('spotChecks.columns.verdict'),
      key: 'verdict',
      render: (_, item) =>
        item.verdict ? (
          <Tag color={verdictColors[item.verdict]} data-testid="verdict">
            {t(`spotChecks.verdicts.${item.verdict}`)}
          </Tag>
        ) : (
          <Tag data-testid="verdict">{t('spotChecks.unchecked')}</Tag>
        ),
    },
    {
      title: t('spotChecks.columns.note'),
      key: 'note',
      render: (_, item) => (
        <Input
          aria-label={t('spotChecks.note')}
          placeholder={t('spotChecks.notePlaceholder')}
          value={noteOf(item)}
          onChange={(event) => setNotes({ ...notes, [item.ledgerEntryId]: event.target.value })}
          style={{ minWidth: 180 }}
        />
      ),
    },
    {
      title: t('spotChecks.columns.actions'),
      key: 'actions',
      fixed: 'end',
      render: (_, item) => (
        <Flex gap={4}>
          <Button size="small" type={item.verdict === 'VERIFIED' ? 'primary' : 'default'} disabled={mark.isPending} onClick={() => send(item, 'VERIFIED')}>
            {t('spotChecks.verify')}
          </Button>
          <Button size="small" danger type={item.verdict === 'PROBLEM' ? 'primary' : 'default'} disabled={mark.isPending} onClick={() => send(item, 'PROBLEM')}>
            {t('spotChecks.problem')}
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <Table<SpotCheckItem>
      data-testid="check-items"
      rowKey="ledgerEntryId"
      size="small"
      columns={columns}
      dataSource={check.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('spotChecks.noItems') }}
      onRow={(item) => ({ 'data-testid': `check-item-${item.ledgerEntryId}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
