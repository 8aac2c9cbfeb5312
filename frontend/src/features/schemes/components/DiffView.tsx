import { Card, Empty, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeChange, SchemeDocument } from '@/lib/api/types';
import { changeKindColors, diffGroups, type DiffRow } from './schemeDiff';

/** What changed between two versions, in words: grouped by section (and then vetoes, grades …), old → new. */
export function DiffView({ changes, after }: { changes: readonly SchemeChange[]; after: SchemeDocument }) {
  const { t } = useTranslation();
  const groups = diffGroups(changes, after, t);
  if (groups.length === 0) return <Empty description={t('schemes.diff.none')} />;
  return (
    <Flex vertical gap={12} data-testid="scheme-diff">
      <Typography.Text type="secondary">{t('schemes.diff.count', { count: changes.length })}</Typography.Text>
      {groups.map((group) => (
        <Card key={group.title} size="small" title={group.title} styles={{ body: { padding: 0 } }} data-testid="diff-group">
          {group.rows.map((row, index) => (
            <DiffLine key={row.key} row={row} first={index === 0} />
          ))}
        </Card>
      ))}
    </Flex>
  );
}

function DiffLine({ row, first }: { row: DiffRow; first: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const where = [row.subject, row.field].filter(Boolean).join(' · ');
  return (
    <Flex
      wrap
      justify="space-between"
      align="baseline"
      gap={8}
      style={{ padding: '8px 12px', borderTop: first ? undefined : `1px solid ${token.colorSplit}` }}
      data-testid="diff-row"
      data-path={row.path}
    >
      <Flex gap={8} align="baseline" style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Tag color={changeKindColors[row.kind]} style={{ marginInlineEnd: 0, flex: 'none' }}>
          {t(`schemes.diff.kinds.${row.kind}`)}
        </Tag>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{where || t('schemes.diff.whole')}</Typography.Text>
      </Flex>
      <Typography.Text style={{ overflowWrap: 'anywhere', flex: '1 1 160px', textAlign: 'end' }} data-testid="diff-values">
        {row.kind !== 'ADDED' && (
          <Typography.Text type="secondary" delete={row.kind === 'REMOVED'}>
            {row.before}
          </Typography.Text>
        )}
        {row.kind === 'CHANGED' && ' → '}
        {row.kind !== 'REMOVED' && <Typography.Text strong>{row.after}</Typography.Text>}
      </Typography.Text>
    </Flex>
  );
}
