import { Typography, theme } from 'antd';
import type { ReactNode } from 'react';

interface RowListProps<Item> {
  items: readonly Item[];
  rowKey: (item: Item) => string;
  renderRow: (item: Item) => ReactNode;
  /** Shown instead of the rows when there are none. */
  emptyText?: string;
  /** A test id for each row. */
  rowTestId?: (item: Item) => string;
}

/**
 * A bordered list of rows, each laid out by the caller. (Ant Design 6.6 deprecates List; its successor
 * Listy is a virtual list, more than a few rows need.)
 */
export function RowList<Item>({ items, rowKey, renderRow, emptyText, rowTestId }: RowListProps<Item>) {
  const { token } = theme.useToken();
  if (items.length === 0) {
    return emptyText === undefined ? null : <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  }
  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      {items.map((item, index) => (
        <li
          key={rowKey(item)}
          data-testid={rowTestId?.(item)}
          style={{
            padding: token.paddingSM,
            borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
            minWidth: 0,
          }}
        >
          {renderRow(item)}
        </li>
      ))}
    </ul>
  );
}
