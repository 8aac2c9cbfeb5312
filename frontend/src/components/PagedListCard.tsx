import { Card, Flex, Grid, List, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/** What a list screen's query gives: one page of rows and the total across all pages. */
export interface PagedQuery<Row> {
  data: { items: readonly Row[]; total: number } | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface PagedListCardProps<Row extends { id: string }> {
  /** The filter bar, laid out in the card's title. */
  filters: ReactNode;
  query: PagedQuery<Row>;
  /** One-based page number, owned by the screen so that a filter change can go back to page 1. */
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** "N in all" under the rows. */
  totalText: (total: number) => ReactNode;
  emptyText: ReactNode;
  /** What a row shows on a phone, stacked in its list item. */
  phoneItem: (row: Row) => ReactNode;
  /** The table's columns on a wider screen. */
  columns: TableColumnsType<Row>;
  /** Makes a whole row (list item or table row) open the row. */
  onOpen?: (row: Row) => void;
  table?: Pick<TableProps<Row>, 'scroll' | 'expandable'>;
  /** `<testId>-list` on a phone, `<testId>-table` otherwise. */
  testId: string;
}

/** A card with a filter bar over one paged query: a list of stacked items on a phone, a table on a wider screen. */
export function PagedListCard<Row extends { id: string }>({
  filters,
  query: { data, error, isFetching, refetch },
  page,
  pageSize,
  onPageChange,
  totalText,
  emptyText,
  phoneItem,
  columns,
  onOpen,
  table,
  testId,
}: PagedListCardProps<Row>) {
  const isPhone = Grid.useBreakpoint().md !== true;
  const pagination = {
    current: page,
    pageSize,
    total: data?.total ?? 0,
    onChange: onPageChange,
    showSizeChanger: false,
    showTotal: totalText,
    simple: isPhone,
  };
  const clickable = onOpen ? { cursor: 'pointer' } : undefined;

  return (
    <Card
      title={
        <Flex wrap align="center" gap={8} style={{ paddingBlock: 8 }}>
          {filters}
        </Flex>
      }
      styles={{ body: { padding: isPhone ? 8 : 16 } }}
      data-testid={isPhone ? `${testId}-list` : `${testId}-table`}
    >
      {error && data === undefined ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : isPhone ? (
        <List<Row>
          loading={isFetching}
          dataSource={data?.items ?? []}
          rowKey="id"
          locale={{ emptyText }}
          pagination={{ ...pagination, align: 'center' }}
          renderItem={(row) => (
            <List.Item onClick={onOpen && (() => onOpen(row))} style={clickable}>
              <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
                {phoneItem(row)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          locale={{ emptyText }}
          pagination={pagination}
          onRow={onOpen && ((row) => ({ onClick: () => onOpen(row), style: clickable }))}
          {...table}
        />
      )}
    </Card>
  );
}
