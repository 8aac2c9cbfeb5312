import type { OrgNode } from '@/lib/api/types';

/** An open org node with the given fields and defaults for the rest. */
export function org(fields: Partial<OrgNode> & Pick<OrgNode, 'id' | 'name' | 'type'>): OrgNode {
  return { parentId: null, code: null, domain: null, sortOrder: 0, closed: false, childCount: 0, version: 1, ...fields };
}

/** The root of the tenant in session.ts, with one child. */
export const rootOrg = org({
  id: 'a0000000-0000-4000-8000-000000000001',
  name: '中共某某市税务局委员会',
  type: 'COMMITTEE',
  childCount: 1,
});
