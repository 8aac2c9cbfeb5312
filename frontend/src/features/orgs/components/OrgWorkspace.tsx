import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Grid, Row, Switch, Tree, Typography, type TreeDataNode } from 'antd';
import { useRef, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import type { OrgNode } from '@/lib/api/types';
import { acceptsChildren } from '@/lib/orgs/orgs';
import { useLazyOrgTree } from '@/lib/orgs/useLazyOrgTree';
import { OrgDetail } from './OrgDetail';
import { OrgImportWizard } from './OrgImportWizard';
import { OrgTitle } from './OrgTitle';

interface OrgWorkspaceProps {
  tenantId: string;
  /** Offers the import of org nodes from a spreadsheet. */
  canImport: boolean;
}

export function OrgWorkspace({ tenantId, canImport }: OrgWorkspaceProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const [includeClosed, setIncludeClosed] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expandedKeys, setExpandedKeys] = useState<Key[]>([]);
  const [importing, setImporting] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);
  const tree = useLazyOrgTree(tenantId, includeClosed);

  const toTreeData = (nodes: OrgNode[]): TreeDataNode[] =>
    nodes.map((node) => {
      const children = tree.childrenOf(node.id);
      return {
        key: node.id,
        title: <OrgTitle org={node} />,
        isLeaf: children === undefined ? node.childCount === 0 : children.length === 0,
        children: children && toTreeData(children),
      };
    });

  const select = (orgId: string) => {
    setSelectedId(orgId);
    // On a phone the detail sits below the tree, out of sight.
    if (isPhone) detailRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  /** Opens a node, loading its children first. */
  const expand = async (parentId: string) => {
    await tree.loadChildren(parentId);
    setExpandedKeys((keys) => (keys.includes(parentId) ? keys : [...keys, parentId]));
  };

  /** Shows a node just created under `parentId`: its parent opens, and the new node is selected. */
  const revealChild = async (parentId: string, childId: string) => {
    await expand(parentId);
    setSelectedId(childId);
  };

  /** The loaded node with this id, if any. */
  const loadedNode = (id: string | null) =>
    [...(tree.topNodes ?? []), ...tree.loadedParents.flatMap((parentId) => tree.childrenOf(parentId) ?? [])].find(
      (node) => node.id === id,
    );
  /** Imports go under the selected node when they may, else under the (first) top node. */
  const importParent = [loadedNode(selectedId), tree.topNodes?.[0]].find((node) => node && acceptsChildren(node));

  const treeCard = (
    <Card
      title={t('orgs.treeTitle')}
      extra={
        <Flex wrap align="center" justify="end" gap={8} style={{ paddingBlock: 8 }}>
          <Flex align="center" gap={8}>
            <Switch size="small" checked={includeClosed} onChange={setIncludeClosed} aria-label={t('orgs.showClosed')} />
            <Typography.Text>{t('orgs.showClosed')}</Typography.Text>
          </Flex>
          {canImport && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('orgs.actions.import')}
            </Button>
          )}
        </Flex>
      }
      styles={{ body: { padding: isPhone ? 8 : 16, overflowX: 'auto' } }}
      data-testid="org-tree"
    >
      {tree.topNodes === undefined ? (
        tree.topError ? (
          <ErrorState error={tree.topError} onRetry={tree.refetchTop} />
        ) : (
          <PageLoading />
        )
      ) : tree.topNodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.empty')} />
      ) : (
        <Tree
          blockNode
          showLine
          treeData={toTreeData(tree.topNodes)}
          loadData={(node) => tree.loadChildren(String(node.key))}
          loadedKeys={[...tree.loadedParents]}
          expandedKeys={expandedKeys}
          onExpand={setExpandedKeys}
          selectedKeys={selectedId === null ? [] : [selectedId]}
          onSelect={(keys) => {
            const [key] = keys;
            if (key !== undefined) select(String(key));
          }}
        />
      )}
    </Card>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        {treeCard}
      </Col>
      <Col xs={24} lg={14} ref={detailRef}>
        {selectedId === null ? (
          <Card>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.selectHint')} />
          </Card>
        ) : (
          <OrgDetail
            key={selectedId}
            tenantId={tenantId}
            orgId={selectedId}
            onCreated={(child) => void revealChild(child.parentId ?? '', child.id)}
          />
        )}
      </Col>
      {importing && (
        <OrgImportWizard
          tenantId={tenantId}
          defaultParent={importParent}
          onImported={(parentId) => void expand(parentId)}
          onClose={() => setImporting(false)}
        />
      )}
    </Row>
  );
}
