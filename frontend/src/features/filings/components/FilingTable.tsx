import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filing } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { filingPeriodLabel, filingStatusColors } from './filingRules';

interface FilingTableProps {
  filings: readonly Filing[] | undefined;
  loading: boolean;
  /** The parent's inbox names the branch of each filing. */
  showBranch: boolean;
  actions: (filing: Filing) => ReactNode;
  testId: string;
}

/** Filings, newest first: the period, where it stands, when it was filed and decided, and the parent's comment. */
export function FilingTable({ filings, loading, showBranch, actions, testId }: FilingTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Filing> = [
    ...(showBranch ? [{ title: t('filings.columns.branch'), key: 'branch', render: (_: unknown, filing: Filing) => filing.summary.branch }] : []),
    { title: t('filings.columns.period'), key: 'period', render: (_, filing) => filingPeriodLabel(filing.period, t) },
    {
      title: t('filings.columns.status'),
      key: 'status',
      render: (_, filing) => (
        <Tag color={filingStatusColors[filing.status]} data-testid="filing-status">
          {t(`filings.status.${filing.status}`, { defaultValue: filing.status })}
        </Tag>
      ),
    },
    { title: t('filings.columns.filedAt'), key: 'filedAt', render: (_, filing) => formatShanghaiTime(filing.filedAt) },
    { title: t('filings.columns.decidedAt'), key: 'decidedAt', render: (_, filing) => (filing.decidedAt ? formatShanghaiTime(filing.decidedAt) : '—') },
    {
      title: t('filings.columns.comment'),
      key: 'comment',
      render: (_, filing) => filing.comment && <Typography.Text type={filing.status === 'RETURNED' ? 'warning' : undefined}>{filing.comment}</Typography.Text>,
    },
    { title: t('filings.columns.actions'), key: 'actions', fixed: 'end', render: (_, filing) => actions(filing) },
  ];
  return (
    <Table<Filing>
      data-testid={testId}
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={filings ? [...filings] : []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('filings.none') }}
      onRow={(filing) => ({ 'data-testid': `filing-${filing.period}-${filing.status}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
