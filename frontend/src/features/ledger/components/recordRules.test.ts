import { describe, expect, it } from 'vitest';
import { frameDocument } from '@/test/schemes';
import { appliesToMember, correctionProblems, correctionRequest, recordableBySection, recordProblems } from './recordRules';

const member = { status: 'FULL', postType: 'IN_OFFICE', leaderCadre: false } as const;

describe('what may be recorded for a member', () => {
  it('keeps the items for their status, post and cadre standing', () => {
    expect(appliesToMember(null, member)).toBe(true);
    expect(appliesToMember({ leaderCadresOnly: true }, member)).toBe(false);
    expect(appliesToMember({ leaderCadresOnly: true }, { ...member, leaderCadre: true })).toBe(true);
    expect(appliesToMember({ statuses: ['PROBATIONARY'] }, member)).toBe(false);
    expect(appliesToMember({ postTypes: ['IN_OFFICE', 'RETIRED'], statuses: [] }, member)).toBe(true);
    const groups = recordableBySection(frameDocument, member);
    expect(groups.map((group) => group.code)).toEqual(['STUDY']);
    expect(recordableBySection(frameDocument, { ...member, leaderCadre: true }).map((group) => group.code)).toEqual(['STUDY', 'RULES']);
  });

  it('needs an item and a month not after this one', () => {
    const item = frameDocument.sections[0]?.items[0];
    expect(recordProblems(undefined, {}, '2026-11')).toEqual({ item: 'required' });
    expect(recordProblems(item, { month: '2026-12', count: 1 }, '2026-11')).toEqual({ month: 'future' });
    expect(recordProblems(item, { month: '2026-11' }, '2026-11')).toEqual({ count: 'required' });
  });
});

describe('a correction', () => {
  it('needs its reason, and the new value the rule changes', () => {
    expect(correctionProblems('RANGE', { way: 'values', points: 3, reason: '  ' })).toEqual({ reason: 'required' });
    expect(correctionProblems('PER_OCCURRENCE', { way: 'values', reason: '重复记录' })).toEqual({ quantity: 'required' });
    expect(correctionProblems(undefined, { way: 'void', reason: '记错了人' })).toEqual({});
  });

  it('sends the new value or the voiding, with the reason', () => {
    expect(correctionRequest('PER_HOUR', { way: 'values', quantity: 2, points: 9, reason: ' 只有两小时 ' })).toEqual({ quantity: 2, reason: '只有两小时' });
    expect(correctionRequest('FIXED', { way: 'values', awarded: 3, reason: '质量一般' })).toEqual({ awarded: 3, reason: '质量一般' });
    expect(correctionRequest('RANGE', { way: 'void', points: 3, reason: '记错了人' })).toEqual({ voided: true, reason: '记错了人' });
  });
});
