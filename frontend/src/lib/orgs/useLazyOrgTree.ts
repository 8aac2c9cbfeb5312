import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { OrgNode } from '@/lib/api/types';
import { orgChildrenQuery } from './orgs';

export interface LazyOrgTree {
  /** The caller's top nodes, undefined while loading. */
  topNodes: OrgNode[] | undefined;
  topError: unknown;
  refetchTop: () => void;
  /** The loaded children of each node that was opened. */
  childrenOf: (parentId: string) => OrgNode[] | undefined;
  /** Ids of the nodes whose children are loaded (Ant Design's `loadedKeys`). */
  loadedParents: readonly string[];
  /** Loads a node's children; resolves once they are in the cache. */
  loadChildren: (parentId: string) => Promise<void>;
}

/**
 * An org tree loaded one level at a time, as the user opens nodes. Every level is a query of its own,
 * so invalidating the tenant's org queries refreshes every opened level at once.
 */
export function useLazyOrgTree(tenantId: string, includeClosed: boolean): LazyOrgTree {
  const queryClient = useQueryClient();
  const [loadedParents, setLoadedParents] = useState<readonly string[]>([]);
  const top = useQuery({ ...orgChildrenQuery(tenantId, null, includeClosed), placeholderData: keepPreviousData });
  const levels = useQueries({
    queries: loadedParents.map((parentId) => ({
      ...orgChildrenQuery(tenantId, parentId, includeClosed),
      placeholderData: keepPreviousData,
    })),
  });
  const childrenByParent = new Map(loadedParents.map((parentId, index) => [parentId, levels[index]?.data]));

  const loadChildren = useCallback(
    async (parentId: string) => {
      await queryClient.query(orgChildrenQuery(tenantId, parentId, includeClosed));
      setLoadedParents((loaded) => (loaded.includes(parentId) ? loaded : [...loaded, parentId]));
    },
    [queryClient, tenantId, includeClosed],
  );

  return {
    topNodes: top.data,
    topError: top.error,
    refetchTop: () => void top.refetch(),
    childrenOf: (parentId) => childrenByParent.get(parentId),
    loadedParents,
    loadChildren,
  };
}
