import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@/lib/api/types';
import { useLazyOrgTree } from '@/lib/orgs/useLazyOrgTree';

interface OrgOption {
  value: string;
  title: string;
  isLeaf: boolean;
  disabled: boolean;
  children?: OrgOption[];
}

interface OrgTreeSelectProps {
  tenantId: string;
  id?: string;
  value?: string | null;
  onChange?: (orgId: string | undefined, org: OrgNode | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Nodes that may not be chosen are shown greyed out. */
  isSelectable?: (org: OrgNode) => boolean;
  /** Nodes whose children must not be offered (say, the node being moved) cannot be opened. */
  isExpandable?: (org: OrgNode) => boolean;
  'aria-label'?: string;
}

/** Picks one org of the tenant's tree, loading each level when the user opens it. */
export function OrgTreeSelect({
  tenantId,
  id,
  value,
  onChange,
  placeholder,
  allowClear = false,
  isSelectable = () => true,
  isExpandable = () => true,
  'aria-label': ariaLabel,
}: OrgTreeSelectProps) {
  const { t } = useTranslation();
  const tree = useLazyOrgTree(tenantId, false);
  const nodesById = new Map<string, OrgNode>();

  const toOptions = (nodes: OrgNode[]): OrgOption[] =>
    nodes.map((node) => {
      nodesById.set(node.id, node);
      const expandable = node.childCount > 0 && isExpandable(node);
      const children = expandable ? tree.childrenOf(node.id) : undefined;
      return {
        value: node.id,
        title: `${node.name}（${t(`orgTypes.${node.type}`)}）`,
        isLeaf: !expandable,
        disabled: !isSelectable(node),
        children: children && toOptions(children),
      };
    });
  const treeData = toOptions(tree.topNodes ?? []);

  return (
    <TreeSelect<string>
      id={id}
      aria-label={ariaLabel}
      showSearch={false}
      value={value ?? undefined}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={tree.topNodes === undefined}
      treeData={treeData}
      treeLoadedKeys={[...tree.loadedParents]}
      loadData={({ value: parentId }) => (typeof parentId === 'string' ? tree.loadChildren(parentId) : Promise.resolve())}
      onChange={(orgId) => onChange?.(orgId, orgId === undefined ? undefined : nodesById.get(orgId))}
      style={{ width: '100%' }}
    />
  );
}
