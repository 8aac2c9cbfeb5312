import { describe, expect, it } from 'vitest';
import type { SchemeChange, SchemeDocument } from '@/lib/api/types';
import i18n from '@/lib/i18n';
import { frameDocument } from '@/test/schemes';
import { frameOf } from './editorDocument';
import { diffGroups, documentBefore } from './schemeDiff';

const t = i18n.t.bind(i18n);
const [study, rules] = frameDocument.sections;
if (study === undefined || rules === undefined) throw new Error('the fixture has two sections');
const [group, self] = study.items;
if (group === undefined || self === undefined) throw new Error('the fixture’s first section has two items');
const added = { code: 'B-NEW', name: '参加读书班', rule: { type: 'FIXED' as const, points: 2 } };

/** A branch's refinement of the frame: points lowered within bounds, an item dropped and one added, and so on. */
const derived: SchemeDocument = {
  ...frameDocument,
  name: '第一党支部细则',
  sections: [
    {
      ...study,
      items: [{ ...group, rule: { type: 'PER_OCCURRENCE', points: 4 }, bounds: { min: 4, max: 5 } }, added],
    },
    rules,
  ],
  vetoes: [{ trigger: 'P6-RULES-SANCTIONED', effects: ['ZERO_MONTH', 'FORCE_GRADE'] }],
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 65 }, { grade: '不合格' }],
};

/** As the backend lists them, paths by code. */
const changes: SchemeChange[] = [
  { path: 'name', kind: 'CHANGED', before: frameDocument.name, after: '第一党支部细则' },
  { path: 'sections[STUDY].items[P6-STUDY-GROUP].rule.points', kind: 'CHANGED', before: 5, after: 4 },
  { path: 'sections[STUDY].items[P6-STUDY-GROUP].bounds.min', kind: 'CHANGED', before: 3, after: 4 },
  { path: 'sections[STUDY].items[P6-STUDY-SELF]', kind: 'REMOVED', before: self, after: null },
  { path: 'sections[STUDY].items[B-NEW]', kind: 'ADDED', before: null, after: added },
  { path: 'vetoes[P6-RULES-SANCTIONED].effects', kind: 'CHANGED', before: ['ZERO_MONTH'], after: ['ZERO_MONTH', 'FORCE_GRADE'] },
  { path: 'grades[合格].min', kind: 'CHANGED', before: 60, after: 65 },
  {
    path: 'sections[RULES].items[P6-RULES-SANCTIONED].appliesTo',
    kind: 'REMOVED',
    before: { leaderCadresOnly: true },
    after: null,
  },
];

describe('scheme diff', () => {
  it('says each change in words, grouped by section, then vetoes and grades', () => {
    const groups = diffGroups(changes, derived, t).map((diffGroup) => ({
      title: diffGroup.title,
      rows: diffGroup.rows.map(
        (row) => `${row.kind} ${[row.subject, row.field].filter(Boolean).join(' · ')}: ${row.before} → ${row.after}`,
      ),
    }));
    expect(groups).toEqual([
      { title: '基本信息', rows: ['CHANGED 方案名称: 每月评审、支部排名前三评优 → 第一党支部细则'] },
      {
        title: '类别“参加学习教育”',
        rows: [
          'CHANGED 项目“参加集中学习” · 分值: 5 → 4',
          'CHANGED 项目“参加集中学习” · 下级可调最低分: 3 → 4',
          'REMOVED 项目“个人自学并撰写学习笔记”: 5 分 → —',
          'ADDED 项目“参加读书班”: — → 2 分',
        ],
      },
      { title: '一票否决', rows: ['CHANGED 否决项“受到组织处理” · 后果: 当月积分为 0 → 当月积分为 0、等次定为“不合格”'] },
      { title: '等次', rows: ['CHANGED 等次“合格” · 最低分: 60 → 65'] },
      { title: '类别“遵守纪律规矩”', rows: ['REMOVED 项目“受到组织处理” · 适用对象: 仅党员领导干部 → —'] },
    ]);
  });

  it('rebuilds the older document from the newer one and the changes: the parent’s frame of a derived scheme', () => {
    const parent = documentBefore(derived, changes);
    expect(parent.name).toBe(frameDocument.name);
    expect(parent.grades).toEqual(frameDocument.grades);
    expect(parent.vetoes).toEqual(frameDocument.vetoes);
    expect(parent.sections[0]?.items.map((item) => item.code)).toEqual(['P6-STUDY-GROUP', 'P6-STUDY-SELF']);
    expect(frameOf(parent)).toEqual(frameOf(frameDocument));
    expect(frameOf(parent).get('P6-STUDY-GROUP')).toEqual({ mandatory: true, bounds: { min: 3, max: 5 } });
    // The newer document is left as it was.
    expect(derived.sections[0]?.items.map((item) => item.code)).toEqual(['P6-STUDY-GROUP', 'B-NEW']);
  });
});
