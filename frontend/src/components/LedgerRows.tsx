import { List, Tag, Typography, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '@/lib/api/types';
import { formatPoints } from '@/lib/cycle/format';
import { ledgerStateColors, ledgerStates, newestFirst, type LedgerState } from '@/lib/cycle/ledgerStates';

/** Whether the row counts, or what later row replaced it; and that it is itself a correction. */
export function LedgerRowTags({ row, state }: { row: LedgerRow; state: LedgerState }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={ledgerStateColors[state]} data-testid="ledger-state">
        {t(`ledger.states.${state}`)}
      </Tag>
      {row.replacesId && !row.voided && <Tag color="orange">{t('ledger.correction')}</Tag>}
    </>
  );
}

/** Ledger rows, newest first: the item, month and what the row is worth by its rule, whether the row counts, and what it corrects and why. */
export function LedgerRows({ rows, actions }: { rows: readonly LedgerRow[]; actions?: (row: LedgerRow) => ReactNode }) {
  const { t } = useTranslation();
  const states = ledgerStates(rows);
  return (
    <List
      data-testid="ledger-rows"
      dataSource={newestFirst(rows)}
      locale={{ emptyText: t('ledger.none') }}
      renderItem={(row) => (
        <List.Item data-testid={`ledger-${row.itemCode}`} extra={actions?.(row)}>
          <Flex vertical gap={2} style={{ minWidth: 0, opacity: row.counting ? 1 : 0.6 }}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong delete={!row.counting}>
                {row.itemName}
              </Typography.Text>
              {row.value !== null && <Typography.Text data-testid="ledger-value">{formatPoints(row.value, true)}</Typography.Text>}
              {row.quantity !== 1 && <Typography.Text type="secondary">× {row.quantity}</Typography.Text>}
              <LedgerRowTags row={row} state={states.get(row.id) ?? 'notCounting'} />
            </Flex>
            <Typography.Text type="secondary">
              {[row.month, t(`ledger.source.${row.source}`, { defaultValue: row.source }), row.level, row.achievement].filter(Boolean).join(' · ')}
            </Typography.Text>
            {row.reason && <Typography.Text type="secondary">{t('ledger.reason', { reason: row.reason })}</Typography.Text>}
          </Flex>
        </List.Item>
      )}
    />
  );
}
