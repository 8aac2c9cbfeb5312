import { Collapse, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicityRow } from '@/lib/api/types';
import { formatPoints } from '@/lib/cycle/format';

type Entry = PublicityRow['entries'][number];

interface PublicityListProps {
  rows: readonly PublicityRow[];
  /** Actions beside a member's total (say, 异议 to the total). */
  rowAction?: (row: PublicityRow) => ReactNode;
  /** Actions beside one entry. */
  entryAction?: (row: PublicityRow, entry: Entry) => ReactNode;
}

/** A month's publicity list: each member's total, opened to show their entries. */
export function PublicityList({ rows, rowAction, entryAction }: PublicityListProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Typography.Text type="secondary">{t('publicity.empty')}</Typography.Text>;
  return (
    <Collapse
      data-testid="publicity-list"
      items={rows.map((row) => ({
        key: row.memberId,
        label: (
          <Flex justify="space-between" gap={8} data-testid={`publicity-row-${row.memberName}`}>
            <Typography.Text strong>{row.memberName}</Typography.Text>
            <Typography.Text data-testid="publicity-total">{t('publicity.total', { total: formatPoints(row.total) })}</Typography.Text>
          </Flex>
        ),
        extra: rowAction?.(row),
        children: (
          <Flex vertical gap={8}>
            {row.entries.map((entry) => (
              <Flex key={entry.ledgerEntryId} justify="space-between" align="center" gap={8} wrap data-testid={`publicity-entry-${entry.itemCode}`}>
                <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text>
                    {entry.itemName}
                    {entry.quantity !== 1 && <Typography.Text type="secondary"> × {entry.quantity}</Typography.Text>}
                  </Typography.Text>
                  {entry.reason && <Typography.Text type="secondary">{entry.reason}</Typography.Text>}
                </Flex>
                <Typography.Text strong>{formatPoints(entry.points, true)}</Typography.Text>
                {entryAction?.(row, entry)}
              </Flex>
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
