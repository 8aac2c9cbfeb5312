import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeDocument, SchemeItem } from '@/lib/api/types';
import { AchievementInput, FieldSlot, ItemSelect, MonthsSelect, RuleValueInput } from './EntryFields';
import type { EntryRow, RowErrors } from './previewRows';
import { vetoTriggers } from '@/lib/schemes/schemeFormat';

interface EntryRowsProps {
  scheme: SchemeDocument;
  itemOf: (code: string) => SchemeItem | undefined;
  rows: readonly EntryRow[];
  errors: ReadonlyMap<string, RowErrors>;
  onChangeRow: (key: string, patch: Partial<EntryRow>) => void;
  onChooseItem: (key: string, code: string) => void;
  onDuplicate: (key: string) => void;
  onRemove: (key: string) => void;
  isPhone: boolean;
}

const noErrors: RowErrors = {};

/** The sample entries: a table on a wider screen, one card per row on a phone. */
export function EntryRows(props: EntryRowsProps) {
  const { t } = useTranslation();
  if (props.rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schemes.preview.empty')} />;
  }
  return props.isPhone ? <EntryCards {...props} /> : <EntryTable {...props} />;
}

/** Everything one row shows, shared by the table's cells and the phone's card. */
function useRowParts({
  scheme,
  itemOf,
  errors,
  onChangeRow,
  onChooseItem,
  onDuplicate,
  onRemove,
  isPhone,
}: EntryRowsProps) {
  const { t } = useTranslation();
  const triggers = vetoTriggers(scheme);
  return (row: EntryRow, index: number) => {
    const number = index + 1;
    const rowErrors = errors.get(row.key) ?? noErrors;
    const item = row.item === undefined ? undefined : itemOf(row.item);
    const rowLabel = (field: string) => t('schemes.preview.rowField', { row: number, field });
    const change = (patch: Partial<EntryRow>) => onChangeRow(row.key, patch);
    return {
      number,
      item: (
        <FieldSlot errors={rowErrors.item} label={isPhone ? t('schemes.preview.columns.item') : undefined}>
          <ItemSelect
            scheme={scheme}
            value={row.item}
            onChange={(code) => onChooseItem(row.key, code)}
            ariaLabel={rowLabel(t('schemes.preview.columns.item'))}
            error={rowErrors.item !== undefined}
          />
        </FieldSlot>
      ),
      months: (
        <FieldSlot errors={rowErrors.months} label={isPhone ? t('schemes.preview.columns.months') : undefined}>
          <MonthsSelect
            value={row.months}
            onChange={(months) => change({ months })}
            ariaLabel={rowLabel(t('schemes.preview.columns.months'))}
            error={rowErrors.months !== undefined}
          />
        </FieldSlot>
      ),
      value: (
        <Flex vertical gap={8}>
          <RuleValueInput
            item={item}
            row={row}
            onChange={change}
            errors={rowErrors}
            rowLabel={rowLabel}
            isVetoTrigger={item !== undefined && triggers.has(item.code)}
          />
          <AchievementInput item={item} row={row} onChange={change} errors={rowErrors} rowLabel={rowLabel} />
        </Flex>
      ),
      actions: (
        <Flex gap={4}>
          <Tooltip title={t('schemes.preview.duplicate')}>
            <Button
              type="text"
              icon={<CopyOutlined />}
              aria-label={t('schemes.preview.duplicateRow', { row: number })}
              onClick={() => onDuplicate(row.key)}
            />
          </Tooltip>
          <Tooltip title={t('schemes.preview.remove')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('schemes.preview.removeRow', { row: number })}
              onClick={() => onRemove(row.key)}
            />
          </Tooltip>
        </Flex>
      ),
    };
  };
}

function EntryTable(props: EntryRowsProps) {
  const { t } = useTranslation();
  const partsOf = useRowParts(props);
  const columns: TableColumnsType<EntryRow> = [
    {
      key: 'number',
      title: t('schemes.preview.columns.number'),
      width: 48,
      render: (_, __, index) => <Typography.Text type="secondary">{index + 1}</Typography.Text>,
    },
    { key: 'item', title: t('schemes.preview.columns.item'), render: (_, row, index) => partsOf(row, index).item },
    {
      key: 'months',
      title: t('schemes.preview.columns.months'),
      width: 200,
      render: (_, row, index) => partsOf(row, index).months,
    },
    {
      key: 'value',
      title: t('schemes.preview.columns.value'),
      width: 220,
      render: (_, row, index) => partsOf(row, index).value,
    },
    {
      key: 'actions',
      title: t('schemes.preview.columns.actions'),
      width: 96,
      render: (_, row, index) => partsOf(row, index).actions,
    },
  ];
  return (
    <Table<EntryRow>
      columns={columns}
      dataSource={[...props.rows]}
      rowKey="key"
      size="small"
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 760 }}
      onRow={(_, index) => ({ 'data-testid': `entry-row-${(index ?? 0) + 1}` }) as HTMLAttributes<HTMLElement>}
      data-testid="entry-table"
    />
  );
}

function EntryCards(props: EntryRowsProps) {
  const { t } = useTranslation();
  const partsOf = useRowParts(props);
  return (
    <Flex vertical gap={8} data-testid="entry-cards">
      {props.rows.map((row, index) => {
        const parts = partsOf(row, index);
        return (
          <Card
            key={row.key}
            size="small"
            data-testid={`entry-row-${parts.number}`}
            title={
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t('schemes.preview.rowTitle', { row: parts.number })}
              </Typography.Text>
            }
            extra={parts.actions}
            styles={{ body: { padding: 12 } }}
          >
            <Flex vertical gap={8}>
              {parts.item}
              {parts.months}
              {parts.value}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
