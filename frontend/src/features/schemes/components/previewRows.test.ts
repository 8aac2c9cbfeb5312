import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import type { SchemeItem } from '@/lib/api/types';
import { entriesOf, missingFields, placeEntryErrors, type EntryRow } from './previewRows';
import { formatPoints, formatSigned, monthsSummary } from '@/lib/schemes/schemeFormat';

const items: Record<string, SchemeItem> = {
  MEETING: { code: 'MEETING', name: '三会一课', rule: { type: 'PER_OCCURRENCE', points: 1 } },
  AWARD: {
    code: 'AWARD',
    name: '表彰',
    rule: { type: 'LEVELS', levels: [{ level: '市级', points: 3 }] },
    highestOnlyGroup: 'AWARD',
  },
  ROLE: { code: 'ROLE', name: '作用发挥', rule: { type: 'RANGE', min: 0, max: 20 } },
  DUES: { code: 'DUES', name: '交纳党费', rule: { type: 'FIXED', points: 5 } },
};
const itemOf = (code: string) => items[code];

describe('calculator rows', () => {
  const rows: EntryRow[] = [
    { key: 'a', item: 'MEETING', months: [4, 2], quantity: 3, points: 7, achievement: 'ignored' },
    { key: 'b', months: [1] },
    { key: 'c', item: 'AWARD', months: [5], level: '市级', achievement: ' 先进个人 ' },
    { key: 'd', item: 'DUES', months: [1, 2, 3], quantity: 9 },
  ];

  it('posts each row once per month, in row order, with only what its rule takes', () => {
    const { entries, origins } = entriesOf(rows, itemOf);
    expect(entries).toEqual([
      { item: 'MEETING', month: 2, quantity: 3 },
      { item: 'MEETING', month: 4, quantity: 3 },
      { item: 'AWARD', month: 5, level: '市级', achievement: '先进个人' },
      { item: 'DUES', month: 1 },
      { item: 'DUES', month: 2 },
      { item: 'DUES', month: 3 },
    ]);
    expect(origins.map((origin) => `${origin.rowKey}:${origin.rowNumber}:${origin.month}`)).toEqual([
      'a:1:2',
      'a:1:4',
      'c:3:5',
      'd:4:1',
      'd:4:2',
      'd:4:3',
    ]);
  });

  it('puts a server error on the row its entry came from, once, and leave the rest', () => {
    const { origins } = entriesOf(rows, itemOf);
    const { byRow, others } = placeEntryErrors(
      [
        { field: 'entries[4].month', message: '月份须在 1 到 12 之间。' },
        { field: 'entries[5].month', message: '月份须在 1 到 12 之间。' },
        { field: 'entries[2].level', message: '该项目没有级别“x”。' },
        { field: 'entries[9].points', message: '超出' },
        { field: 'year', message: '年度须在 2000 到 2100 之间。' },
      ],
      origins,
    );
    expect(byRow.get('d')).toEqual({ months: ['月份须在 1 到 12 之间。'] });
    expect(byRow.get('c')).toEqual({ level: ['该项目没有级别“x”。'] });
    expect(others.map((error) => error.field)).toEqual(['entries[9].points', 'year']);
  });

  it('tells what a row still lacks', () => {
    expect(missingFields({ key: 'x', months: [] }, undefined)).toEqual(['item', 'months']);
    expect(missingFields({ key: 'x', item: 'ROLE', months: [1] }, items.ROLE)).toEqual(['points']);
    expect(missingFields({ key: 'x', item: 'AWARD', months: [] }, items.AWARD)).toEqual(['months', 'level']);
    expect(missingFields({ key: 'x', item: 'DUES', months: [1] }, items.DUES)).toEqual([]);
  });
});

describe('scheme formatting', () => {
  it('shows points with a typographic minus and signs changes', () => {
    expect(formatPoints(-3)).toBe('−3');
    expect(formatPoints(0.8)).toBe('0.8');
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-2.5)).toBe('−2.5');
    expect(formatSigned(0)).toBe('0');
  });

  it('summarises months as runs', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(monthsSummary([1, 2, 3, 7, 8, 9, 10, 11, 12], t, 'zh-CN')).toBe('1–3月、7–12月');
    expect(monthsSummary([5], t, 'zh-CN')).toBe('5月');
    expect(monthsSummary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], t, 'zh-CN')).toBe('全年');
    expect(monthsSummary([1, 3, 4], i18n.getFixedT('en'), 'en')).toBe('Jan, Mar–Apr');
  });
});
