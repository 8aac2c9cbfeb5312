import type { OrgType, RoleName } from '@/lib/api/types';

// Which posts an org of each type has (the backend enforces the same and stays the authority).
const rolesByOrgType: Record<OrgType, readonly RoleName[]> = {
  COMMITTEE: ['COMMITTEE_ADMIN', 'REVIEWER', 'SECRETARY', 'DEPUTY_SECRETARY'],
  GENERAL_BRANCH: ['COMMITTEE_ADMIN', 'REVIEWER', 'SECRETARY', 'DEPUTY_SECRETARY', 'RECORDER', 'SUPERVISOR'],
  BRANCH: ['SECRETARY', 'DEPUTY_SECRETARY', 'RECORDER', 'SUPERVISOR'],
  GROUP: ['GROUP_LEADER'],
};

export function rolesFor(type: OrgType): readonly RoleName[] {
  return rolesByOrgType[type];
}
