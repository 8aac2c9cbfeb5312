import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ListControlsProps {
  index: number;
  count: number;
  /** What the element is called, for the buttons' labels: 类别“参加学习教育”. */
  what: string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  /** Why the element may not be removed, if it may not. */
  locked?: string;
}

/** Up, down and remove for one element of an editor's list (a section, an item, a level, a grade …). */
export function ListControls({ index, count, what, move, remove, locked }: ListControlsProps) {
  const { t } = useTranslation();
  // The controls sit in panel headers that open and close on a click: theirs must not reach the header.
  const act = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
  return (
    <Flex gap={2} style={{ flex: 'none' }}>
      <Button
        type="text"
        size="small"
        icon={<ArrowUpOutlined />}
        aria-label={t('schemes.editor.moveUp', { what })}
        disabled={index === 0}
        onClick={act(() => move(index, index - 1))}
      />
      <Button
        type="text"
        size="small"
        icon={<ArrowDownOutlined />}
        aria-label={t('schemes.editor.moveDown', { what })}
        disabled={index === count - 1}
        onClick={act(() => move(index, index + 1))}
      />
      <Tooltip title={locked}>
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('schemes.editor.remove', { what })}
          disabled={locked !== undefined}
          onClick={act(() => remove(index))}
        />
      </Tooltip>
    </Flex>
  );
}
