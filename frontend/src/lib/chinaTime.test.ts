import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatShanghaiTime, todayInChina, yearInChina } from './chinaTime';

describe('China time', () => {
  afterEach(() => vi.useRealTimers());

  it('is already on the next day, and year, from 16:00 UTC', () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T16:30:00Z'), toFake: ['Date'] });
    expect(todayInChina()).toBe('2027-01-01');
    expect(yearInChina()).toBe(2027);
  });

  it('is on the same day as UTC before 16:00 UTC', () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T15:59:00Z'), toFake: ['Date'] });
    expect(todayInChina()).toBe('2026-12-31');
    expect(yearInChina()).toBe(2026);
  });

  it('shows an instant at China Standard Time', () => {
    expect(formatShanghaiTime('2026-11-22T16:14:00Z')).toBe('2026-11-23 00:14');
  });
});
