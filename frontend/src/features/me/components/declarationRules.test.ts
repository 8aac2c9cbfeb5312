import { describe, expect, it } from 'vitest';
import type { DeclarableItem } from '@/lib/api/types';
import { declarationProblems, declarationRequest, formFieldOf } from './declarationRules';

const base: DeclarableItem = {
  code: 'P2-VOLUNTEER',
  name: '参加志愿服务',
  sectionCode: 'BONUS',
  sectionName: '加分项',
  sectionKind: 'BONUS',
  ruleType: 'PER_OCCURRENCE',
  points: 1,
  min: null,
  max: null,
  levels: [],
  recordedBy: 'MEMBER',
  evidenceRequired: true,
  vetoTrigger: false,
  forStatuses: [],
  forPostTypes: [],
  leaderCadresOnly: false,
};
const today = '2026-11-22';

describe('the declaration form’s rules by rule type', () => {
  it('needs a positive count, a date not in the future, and evidence when the item requires it', () => {
    expect(declarationProblems(base, { occurredOn: '2026-11-23', count: 0 }, today)).toEqual({
      occurredOn: 'future',
      count: 'positive',
      evidenceIds: 'evidence',
    });
    expect(declarationProblems(base, { occurredOn: today, count: 2, evidenceIds: ['e1'] }, today)).toEqual({});
    expect(declarationProblems(undefined, {}, today)).toEqual({ item: 'required' });
  });

  it('keeps range points within the item’s bounds, and needs a level for a levelled item', () => {
    const range = { ...base, ruleType: 'RANGE' as const, min: 0, max: 5, evidenceRequired: false };
    expect(declarationProblems(range, { occurredOn: today, points: 6 }, today)).toEqual({ points: 'outOfRange' });
    expect(declarationProblems(range, { occurredOn: today, points: 5 }, today)).toEqual({});
    const levels = { ...base, ruleType: 'LEVELS' as const, levels: ['县级', '市级'], evidenceRequired: false };
    expect(declarationProblems(levels, { occurredOn: today }, today)).toEqual({ level: 'required' });
  });

  it('sends only the item’s own value, the count or the hours as quantity', () => {
    const values = { occurredOn: today, count: 3, hours: 7, points: 4, level: '县级', description: '社区服务', evidenceIds: ['e1'] };
    expect(declarationRequest(base, values, true)).toEqual({
      item: 'P2-VOLUNTEER',
      occurredOn: today,
      quantity: 3,
      description: '社区服务',
      evidenceIds: ['e1'],
      submit: true,
    });
    expect(declarationRequest({ ...base, ruleType: 'PER_HOUR' }, values, false).quantity).toBe(7);
  });
});

describe('server errors to form fields', () => {
  it('puts quantity under the count or the hours, and evidence errors under the evidence', () => {
    expect(formFieldOf('quantity', base)).toBe('count');
    expect(formFieldOf('declaration.quantity', { ...base, ruleType: 'PER_HOUR' })).toBe('hours');
    expect(formFieldOf('evidenceIds[0]', base)).toBe('evidenceIds');
    expect(formFieldOf('occurredOn', base)).toBe('occurredOn');
    expect(formFieldOf('somethingElse', base)).toBeUndefined();
  });
});
