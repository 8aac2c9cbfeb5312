import { Card, Col, Descriptions, Drawer, Empty, Flex, Grid, Row, Skeleton, Statistic, Tag, Tree, Typography, theme, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import type { Link, LinkedNode, MemberCounts } from '@/lib/api/types';
import { orgTypeColors } from '@/lib/orgs/orgs';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useLinkedTree } from '../api/links';
import { totalOf } from './linkText';

interface LinkedTreeDrawerProps {
  tenantId: string;
  link: Link;
  onClose: () => void;
}

const noMembers: MemberCounts = { full: 0, probationary: 0, activists: 0 };

/** The lower nodes as a tree: a node's parent is another node of the answer, or it is a top node. */
function toTreeData(nodes: readonly LinkedNode[], render: (node: LinkedNode) => TreeDataNode['title']): TreeDataNode[] {
  const ids = new Set(nodes.map((node) => node.id));
  const childrenOf = new Map<string | null, LinkedNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), node]);
  }
  const build = (parent: string | null): TreeDataNode[] =>
    (childrenOf.get(parent) ?? []).map((node) => {
      const children = build(node.id);
      return { key: node.id, title: render(node), children, isLeaf: children.length === 0 };
    });
  return build(null);
}

/** The totals of the lower tenant: its top nodes' counts, which already include their subtrees. */
function totalsOf(nodes: readonly LinkedNode[]): MemberCounts {
  const ids = new Set(nodes.map((node) => node.id));
  return nodes
    .filter((node) => !node.parentId || !ids.has(node.parentId))
    .reduce(
      (sum, node) => ({
        full: sum.full + node.members.full,
        probationary: sum.probationary + node.members.probationary,
        activists: sum.activists + node.members.activists,
      }),
      noMembers,
    );
}

/** 查看组织: a linked lower tenant's org tree with member counts per node. No personal data is in the answer. */
export function LinkedTreeDrawer({ tenantId, link, onClose }: LinkedTreeDrawerProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const { data, error, refetch } = useLinkedTree(tenantId, link.id);

  return (
    <Drawer
      open
      title={t('links.tree.title', { name: link.lowerTenantName })}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      data-testid="linked-tree"
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'lowerTenant', label: t('links.fields.lowerTenant'), children: link.lowerTenantName },
          { key: 'lowerRoot', label: t('links.fields.lowerRoot'), children: link.lowerRootName },
          { key: 'upperOrg', label: t('links.fields.linkedTo'), children: link.upperOrgName },
          ...(link.decidedAt
            ? [{ key: 'decidedAt', label: t('links.fields.activeSince'), children: formatShanghaiTime(link.decidedAt) }]
            : []),
        ]}
      />
      {data === undefined ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Skeleton active style={{ marginTop: 24 }} />
        )
      ) : (
        <>
          <Totals counts={totalsOf(data.nodes)} />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('links.tree.structure')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('links.tree.subtreeHint')}</Typography.Paragraph>
          {data.nodes.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('links.tree.empty')} />
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Tree
                blockNode
                showLine
                selectable={false}
                defaultExpandAll
                treeData={toTreeData(data.nodes, (node) => (
                  <NodeTitle node={node} />
                ))}
              />
            </div>
          )}
        </>
      )}
    </Drawer>
  );
}

function NodeTitle({ node }: { node: LinkedNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} style={{ paddingBlock: 2, minWidth: 0 }} data-testid={`linked-node-${node.id}`}>
      <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
        <Typography.Text style={{ marginInlineEnd: 6 }}>{node.name}</Typography.Text>
        <Tag color={orgTypeColors[node.type]} style={{ marginInlineEnd: 0 }}>
          {t(`orgTypes.${node.type}`)}
        </Tag>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('links.tree.nodeCounts', { ...node.members, total: totalOf(node.members) })}
      </Typography.Text>
    </Flex>
  );
}

/** Statistic cards of the totals and one stacked bar of how they divide. */
function Totals({ counts }: { counts: MemberCounts }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const total = totalOf(counts);
  const parts = [
    { key: 'full', value: counts.full, color: token.colorPrimary },
    { key: 'probationary', value: counts.probationary, color: token.colorWarning },
    { key: 'activists', value: counts.activists, color: token.colorInfo },
  ] as const;

  return (
    <section style={{ marginTop: 24 }} data-testid="linked-totals">
      <Row gutter={[8, 8]}>
        {parts.map((part) => (
          <Col key={part.key} xs={12} sm={6}>
            <Card size="small">
              <Statistic title={t(`links.tree.counts.${part.key}`)} value={part.value} styles={{ content: { color: part.color } }} />
            </Card>
          </Col>
        ))}
        <Col xs={12} sm={6}>
          <Card size="small">
            <Statistic title={t('links.tree.counts.total')} value={total} />
          </Card>
        </Col>
      </Row>
      <div
        role="img"
        aria-label={t('links.tree.composition')}
        style={{
          display: 'flex',
          height: 12,
          marginTop: 12,
          borderRadius: 6,
          overflow: 'hidden',
          background: token.colorFillSecondary,
        }}
      >
        {total > 0 &&
          parts.map((part) => (
            <div key={part.key} style={{ width: `${(part.value / total) * 100}%`, background: part.color }} />
          ))}
      </div>
      <Flex wrap gap={12} style={{ marginTop: 6 }}>
        {parts.map((part) => (
          <Flex key={part.key} align="center" gap={4}>
            <span style={{ width: 8, height: 8, borderRadius: 4, background: part.color, display: 'inline-block' }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`links.tree.counts.${part.key}`)} {total > 0 ? Math.round((part.value / total) * 100) : 0}%
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </section>
  );
}
