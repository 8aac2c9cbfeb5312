import { Button, ConfigProvider, Flex, Tag, Tree, Typography, theme, type TreeDataNode } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation, LedgerRow, SchemeDocument } from '@/lib/api/types';
import { describeNode, isHighlighted, type NodeText, type Posted, type Tone } from './explanationText';
import { gradeColor } from '@/lib/schemes/schemeFormat';

interface ExplanationTreeProps {
  explanation: Explanation;
  /** The scheme scored, for grade colours and veto effects; without it they are plainer. */
  scheme?: SchemeDocument;
  posted?: Posted;
  /** The member's ledger, so that an entry reads as what and when, not as its id. */
  ledger?: readonly LedgerRow[];
  isPhone: boolean;
}

interface Indexed {
  all: string[];
  /** The root, its children, and the way down to every cut, drop and veto. */
  initiallyOpen: string[];
}

function index(root: Explanation): Indexed {
  const all: string[] = [];
  const open = new Set<string>(['0']);
  const walk = (node: Explanation, key: string, path: string[]) => {
    if (node.children.length > 0) all.push(key);
    if (isHighlighted(node.kind)) path.forEach((ancestor) => open.add(ancestor));
    node.children.forEach((child, i) => walk(child, `${key}-${i}`, [...path, key]));
  };
  walk(root, '0', []);
  root.children.forEach((child, i) => {
    if (child.children.length > 0) open.add(`0-${i}`);
  });
  return { all, initiallyOpen: all.filter((key) => open.has(key)) };
}

const tagColors: Partial<Record<Tone, string>> = { cut: 'red', drop: 'orange', veto: 'magenta', floor: 'gold' };

/** Why the score is what it is: the engine's explanation as an expandable tree, cuts and drops highlighted. */
export function ExplanationTree({ explanation, scheme, posted, ledger, isPhone }: ExplanationTreeProps) {
  const ledgerById = useMemo(() => new Map((ledger ?? []).map((row) => [row.id, row])), [ledger]);
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const indexed = useMemo(() => index(explanation), [explanation]);
  const [expanded, setExpanded] = useState<React.Key[]>(indexed.initiallyOpen);

  const toneStyle = (tone: Tone): CSSProperties => {
    switch (tone) {
      case 'cut':
      case 'veto':
        return { background: token.colorErrorBg, borderRadius: token.borderRadiusSM, paddingInline: 4 };
      case 'drop':
      case 'floor':
        return { background: token.colorWarningBg, borderRadius: token.borderRadiusSM, paddingInline: 4 };
      case 'plain':
        return {};
    }
  };

  // A section's or item's detail is its code: worth the room on a wide screen only.
  const titleOf = (node: Explanation, text: NodeText) => (
    <Flex
      justify="space-between"
      align="baseline"
      gap={8}
      style={toneStyle(text.tone)}
      data-kind={node.kind}
      data-testid="explanation-node"
    >
      <span style={{ minWidth: 0 }}>
        <Tag
          color={tagColors[text.tone]}
          variant={text.tone === 'plain' ? 'outlined' : 'filled'}
          style={{ marginInlineEnd: 6, fontSize: 12 }}
        >
          {text.kind}
        </Tag>
        {node.kind === 'GRADE' ? (
          <Tag color={scheme ? gradeColor(scheme, node.label) : 'blue'}>{text.title}</Tag>
        ) : (
          <Typography.Text strong={node.kind !== 'ENTRY' && node.kind !== 'HIGHEST_ONLY_DROP'}>
            {text.title}
          </Typography.Text>
        )}
        {text.detail && !(isPhone && (node.kind === 'SECTION' || node.kind === 'ITEM')) && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
            {text.detail}
          </Typography.Text>
        )}
      </span>
      {text.points !== undefined && (
        <Typography.Text
          strong
          delete={text.tone === 'drop'}
          type={text.tone === 'cut' || text.tone === 'veto' ? 'danger' : text.tone === 'drop' ? 'warning' : undefined}
          style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
          data-testid="explanation-points"
        >
          {text.points}
        </Typography.Text>
      )}
    </Flex>
  );

  const build = (node: Explanation, key: string): TreeDataNode => ({
    key,
    title: titleOf(node, describeNode(node, { scheme, posted, ledger: ledgerById, t, language: i18n.language })),
    children: node.children.map((child, i) => build(child, `${key}-${i}`)),
    isLeaf: node.children.length === 0,
  });
  const treeData = [build(explanation, '0')];

  return (
    <Flex vertical gap={8} data-testid="explanation">
      <Flex gap={8} wrap>
        <Button size="small" onClick={() => setExpanded(indexed.all)}>
          {t('schemes.result.expandAll')}
        </Button>
        <Button size="small" onClick={() => setExpanded(indexed.initiallyOpen)}>
          {t('schemes.result.expandHighlights')}
        </Button>
        <Button size="small" onClick={() => setExpanded([])}>
          {t('schemes.result.collapseAll')}
        </Button>
      </Flex>
      <ConfigProvider theme={{ components: { Tree: { indentSize: isPhone ? 10 : 24 } } }}>
        <Tree
          treeData={treeData}
          expandedKeys={expanded}
          onExpand={setExpanded}
          selectable={false}
          blockNode
          showLine={!isPhone}
        />
      </ConfigProvider>
    </Flex>
  );
}
