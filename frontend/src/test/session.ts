import type { CurrentUser } from '@/lib/api/types';

export const tenantId = 'b0000000-0000-4000-8000-000000000001';

/** A signed-in 党委管理员 of one tenant. */
export const committeeAdmin: CurrentUser = {
  id: 'c0000000-0000-4000-8000-000000000001',
  displayName: '张三',
  mobile: '13812345678',
  email: null,
  memberships: [
    {
      tenantId,
      tenantName: '某某市税务局',
      rootOrg: { id: 'a0000000-0000-4000-8000-000000000001', name: '中共某某市税务局委员会', type: 'COMMITTEE' },
      roles: [
        {
          role: 'COMMITTEE_ADMIN',
          org: { id: 'a0000000-0000-4000-8000-000000000001', name: '中共某某市税务局委员会', type: 'COMMITTEE' },
        },
      ],
    },
  ],
};
