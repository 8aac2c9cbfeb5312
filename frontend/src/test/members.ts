import type { Member } from '@/lib/api/types';

/** A full party member in office with the given fields, and the nulls the backend writes for the rest. */
export function member(fields: Partial<Member> & Pick<Member, 'id' | 'name' | 'branchId' | 'branchName'>): Member {
  return {
    gender: null,
    status: 'FULL',
    postType: 'IN_OFFICE',
    leaderCadre: false,
    joinedOn: '2010-07-01',
    groupId: null,
    groupName: null,
    mobile: null,
    email: null,
    version: 1,
    ...fields,
  };
}
