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
  /** The chosen org, to show it by name before its level of the tree is loaded (a preselected deep node). */
  valueOrg?: OrgNode;
  /** Or just its name, where the node itself is not at hand. */
  valueLabel?: string;
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
  valueOrg,
  valueLabel,
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
  const titleOf = (node: OrgNode) => `${node.name}（${t(`orgTypes.${node.type}`)}）`;

  const toOptions = (nodes: OrgNode[]): OrgOption[] =>
    nodes.map((node) => {
      nodesById.set(node.id, node);
      const expandable = node.childCount > 0 && isExpandable(node);
      const children = expandable ? tree.childrenOf(node.id) : undefined;
      return {
        value: node.id,
        title: titleOf(node),
        isLeaf: !expandable,
        disabled: !isSelectable(node),
        children: children && toOptions(children),
      };
    });
  const treeData = toOptions(tree.topNodes ?? []);
  const chosen = value ?? undefined;
  const chosenOrg =
    chosen === undefined ? undefined : (nodesById.get(chosen) ?? (valueOrg?.id === chosen ? valueOrg : undefined));

  return (
    <TreeSelect<{ value: string; label: string } | undefined>
      id={id}
      aria-label={ariaLabel}
      showSearch={false}
      // With the label given, a chosen node shows by name even where the tree is not loaded down to it.
      labelInValue
      value={chosen === undefined ? undefined : { value: chosen, label: chosenOrg ? titleOf(chosenOrg) : (valueLabel ?? chosen) }}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={tree.topNodes === undefined}
      treeData={treeData}
      treeLoadedKeys={[...tree.loadedParents]}
      loadData={({ value: parentId }) => (typeof parentId === 'string' ? tree.loadChildren(parentId) : Promise.resolve())}
      onChange={(choice) => onChange?.(choice?.value, choice === undefined ? undefined : nodesById.get(choice.value))}
      style={{ width: '100%' }}
    />
  );
}
