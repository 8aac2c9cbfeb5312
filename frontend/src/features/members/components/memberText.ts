import type { Member } from '@/lib/api/types';

/** 第一党支部 / 第一党小组, or just the branch. */
export function placeOf(member: Pick<Member, 'branchName' | 'groupName'>): string {
  return member.groupName ? `${member.branchName} / ${member.groupName}` : member.branchName;
}

