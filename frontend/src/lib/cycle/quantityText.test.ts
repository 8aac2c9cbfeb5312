import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { quantityText } from './format';

const t = i18n.t.bind(i18n);

describe('an entry’s count in words', () => {
  it('reads hours as hours and occurrences as times, and says nothing for a single act', () => {
    expect(quantityText('PER_HOUR', 3, t)).toBe('3 小时');
    expect(quantityText('PER_OCCURRENCE', 2, t)).toBe('2 次');
    expect(quantityText('FIXED', 1, t)).toBeNull();
    expect(quantityText('RANGE', 1, t)).toBeNull();
  });
});
