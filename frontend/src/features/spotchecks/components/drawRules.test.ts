import { describe, expect, it } from 'vitest';
import { drawProblems, drawRequest, isSeed } from './drawRules';

const base = { orgId: 'o1', from: '2026-01', to: '2026-09' };

describe('drawing a spot check', () => {
  it('sends exactly one of the count and the percent: the one chosen', () => {
    expect(drawRequest({ ...base, by: 'count', count: 5, percent: 10 })).toEqual({ ...base, count: 5 });
    expect(drawRequest({ ...base, by: 'percent', count: 5, percent: 10 })).toEqual({ ...base, percent: 10 });
    expect(drawProblems({ ...base, by: 'count', percent: 10 })).toEqual({ count: 'count' });
    expect(drawProblems({ ...base, by: 'percent', count: 5 })).toEqual({ percent: 'percent' });
    expect(drawProblems({ ...base, by: 'percent', percent: 120 })).toEqual({ percent: 'percent' });
    expect(drawProblems({ ...base, by: 'count', count: 2.5 })).toEqual({ count: 'count' });
  });

  it('needs the months in order and a seed the server can take', () => {
    expect(drawProblems({ ...base, to: '2025-12', by: 'count', count: 1 })).toEqual({ to: 'order' });
    expect(drawProblems({ by: 'count', count: 1 })).toEqual({ orgId: 'required', from: 'required', to: 'required' });
    expect(isSeed('-9223372036854775808')).toBe(true);
    expect(isSeed('9223372036854775808')).toBe(false);
    expect(isSeed('12a')).toBe(false);
    expect(drawProblems({ ...base, by: 'count', count: 1, seed: '4.2' })).toEqual({ seed: 'seed' });
  });

  it('sends a 64-bit seed as its digits, trimmed, and none when none is given', () => {
    const seed = '-5894926056938588898';
    expect(drawRequest({ ...base, by: 'count', count: 2, seed: ` ${seed} ` })).toEqual({ ...base, count: 2, seed });
    expect(drawRequest({ ...base, by: 'percent', percent: 5, seed: '  ' })).toEqual({ ...base, percent: 5 });
  });
});
