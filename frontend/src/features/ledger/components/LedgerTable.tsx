import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LedgerRowTags } from '@/components/LedgerRows';
import type { LedgerRow } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { formatPoints } from '@/lib/cycle/format';
import { isCorrectable, ledgerStates, newestFirst } from '@/lib/cycle/ledgerStates';

interface LedgerTableProps {
  rows: readonly LedgerRow[];
  /** Offered on the rows that may be corrected (the latest of their line, not a voiding). */
  onCorrect?: (row: LedgerRow) => void;
  /** Offered on the rows that count and are not flagged yet (the server says whether the caller supervises). */
  onFlag?: (row: LedgerRow) => void;
}

/** A member's ledger for staff, newest first: every row stays, the replaced ones struck through and marked. */
export function LedgerTable({ rows, onCorrect, onFlag }: LedgerTableProps) {
  const { t } = useTranslation();
  const states = ledgerStates(rows);
  const stateOf = (row: LedgerRow) => states.get(row.id) ?? 'notCounting';
  const columns: TableColumnsType<LedgerRow> = [
    { title: t('ledger.columns.month'), dataIndex: 'month', width: 90 },
    {
      title: t('ledger.columns.item'),
      key: 'item',
      render: (_, row) => (
        <Typography.Text delete={!row.counting} type={row.counting ? undefined : 'secondary'}>
          {row.itemName}
        </Typography.Text>
      ),
    },
    {
      title: t('ledger.columns.value'),
      key: 'value',
      render: (_, row) =>
        row.voided
          ? '—'
          : [
              // What the row is worth by its rule (the server's pricing), and what it was priced from.
              row.value != null ? formatPoints(row.value, true) : undefined,
              row.quantity !== 1 ? `× ${row.quantity}` : undefined,
              row.level,
              row.achievement,
            ]
              .filter(Boolean)
              .join(' · ') || '—',
    },
    { title: t('ledger.columns.source'), key: 'source', render: (_, row) => t(`ledger.source.${row.source}`, { defaultValue: row.source }) },
    {
      title: t('ledger.columns.state'),
      key: 'state',
      render: (_, row) => (
        <Flex gap={4} wrap>
          <LedgerRowTags row={row} state={stateOf(row)} />
          {row.flagged && (
            <Tag color="red" data-testid="ledger-flagged">
              {t('ledger.flags.flagged')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: t('ledger.columns.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
    { title: t('ledger.columns.recordedAt'), key: 'recordedAt', render: (_, row) => formatShanghaiTime(row.recordedAt) },
    ...(onCorrect || onFlag
      ? [
          {
            title: t('ledger.columns.actions'),
            key: 'actions',
            fixed: 'end' as const,
            render: (_: unknown, row: LedgerRow) => (
              <Flex gap={4}>
                {onCorrect && isCorrectable(stateOf(row)) && (
                  <Button size="small" onClick={() => onCorrect(row)}>
                    {t('ledger.correct')}
                  </Button>
                )}
                {onFlag && row.counting && !row.flagged && (
                  <Button size="small" danger onClick={() => onFlag(row)}>
                    {t('ledger.flags.flag')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<LedgerRow>
      data-testid="ledger-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={newestFirst(rows)}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('ledger.none') }}
      onRow={(row) => ({ 'data-testid': `ledger-row-${row.itemCode}`, 'data-state': stateOf(row) }) as HTMLAttributes<HTMLElement>}
    />
  );
}
