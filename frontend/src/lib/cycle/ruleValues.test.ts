import { describe, expect, it } from 'vitest';
import { adjustedField, quantityFieldOf, valueFieldOf, valueProblems, valueRequest } from './ruleValues';

describe('an entry’s value by the item’s rule', () => {
  it('asks per occurrence for a count, per hour for hours, a range for points, levels for a level', () => {
    expect(valueFieldOf({ ruleType: 'PER_OCCURRENCE' })).toBe('count');
    expect(valueFieldOf({ ruleType: 'PER_HOUR' })).toBe('hours');
    expect(valueFieldOf({ ruleType: 'RANGE' })).toBe('points');
    expect(valueFieldOf({ ruleType: 'LEVELS' })).toBe('level');
    expect(valueFieldOf({ ruleType: 'FIXED' })).toBe('none');
  });

  it('needs a positive count or hours, points within the range, and a level', () => {
    expect(valueProblems('count', {}, {})).toEqual({ count: 'required' });
    expect(valueProblems('hours', { hours: 0 }, {})).toEqual({ hours: 'positive' });
    expect(valueProblems('points', { points: 21 }, { min: 0, max: 20 })).toEqual({ points: 'outOfRange' });
    expect(valueProblems('points', { points: -1 }, { min: 0, max: 20 })).toEqual({ points: 'outOfRange' });
    expect(valueProblems('points', { points: 20 }, { min: 0, max: 20 })).toEqual({});
    expect(valueProblems('level', {}, {})).toEqual({ level: 'required' });
    expect(valueProblems('none', {}, {})).toEqual({});
  });

  it('sends only the rule’s own value, the count or the hours as quantity', () => {
    const values = { count: 3, hours: 7, points: 4, level: '市级' };
    expect(valueRequest('count', values)).toEqual({ quantity: 3 });
    expect(valueRequest('hours', values)).toEqual({ quantity: 7 });
    expect(valueRequest('points', values)).toEqual({ points: 4 });
    expect(valueRequest('level', values)).toEqual({ level: '市级' });
    expect(valueRequest('none', values)).toEqual({});
    expect(quantityFieldOf('hours')).toBe('hours');
    expect(quantityFieldOf('none')).toBe('count');
  });

  it('adjusts the count or hours, the points, the level, or else the points awarded', () => {
    expect(adjustedField('PER_HOUR')).toBe('quantity');
    expect(adjustedField('RANGE')).toBe('points');
    expect(adjustedField('LEVELS')).toBe('level');
    expect(adjustedField('FIXED')).toBe('awarded');
  });
});
