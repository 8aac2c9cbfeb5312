import { describe, expect, it } from 'vitest';
import i18n, { changeLanguage } from '@/lib/i18n';
import { frameDocument } from '@/test/schemes';
import { placeOf } from './editorContext';
import { describePath, namePathOf, parsePath } from './schemePaths';

const t = i18n.t.bind(i18n);

function words(path: string) {
  const { group, subject, field } = describePath(path, { documents: [frameDocument], byIndex: true, t });
  return [group, subject, field].filter(Boolean).join(' › ');
}

describe('scheme paths', () => {
  it('read an error’s path (with or without `document.`) and a diff’s, whose keys may hold dots', () => {
    expect(parsePath('document.sections[2].items[0].rule.max')).toEqual([
      { name: 'sections', key: '2' },
      { name: 'items', key: '0' },
      { name: 'rule' },
      { name: 'max' },
    ]);
    expect(parsePath('composition.parts[年度考核积分 v1.2].weight')).toEqual([
      { name: 'composition' },
      { name: 'parts', key: '年度考核积分 v1.2' },
      { name: 'weight' },
    ]);
    expect(namePathOf('document.sections[2].items[0].rule.max')).toEqual(['sections', 2, 'items', 0, 'rule', 'max']);
    expect(namePathOf('vetoes[0].effects')).toEqual(['vetoes', 0, 'effects']);
    expect(namePathOf('composition.total')).toEqual(['composition', 'total']);
  });

  it('put an error on the field it names, else the first field inside it, else the nearest list around it', () => {
    const registered = [
      ['sections'],
      ['sections', 0, 'items'],
      ['sections', 0, 'items', 0, 'rule', 'type'],
      ['sections', 0, 'items', 0, 'rule', 'points'],
      ['grades', 1, 'min'],
      ['composition', 'total'],
    ];
    expect(placeOf(namePathOf('document.sections[0].items[0].rule.points'), registered)).toEqual([
      'sections', 0, 'items', 0, 'rule', 'points',
    ]);
    expect(placeOf(namePathOf('sections[0].items[0].rule'), registered)).toEqual(['sections', 0, 'items', 0, 'rule', 'type']);
    expect(placeOf(namePathOf('sections[0].items'), registered)).toEqual(['sections', 0, 'items']);
    // A problem of an element without a field of its own goes to the list that holds it.
    expect(placeOf(namePathOf('sections[0].items[3].cap'), registered)).toEqual(['sections', 0, 'items']);
    expect(placeOf(namePathOf('grades[1].min'), registered)).toEqual(['grades', 1, 'min']);
    expect(placeOf(namePathOf('quota.topN'), registered)).toBeUndefined();
  });

  it('say where a problem is in words: the section and item by name, the field by its label', () => {
    expect(words('document.sections[0].items[0].rule.points')).toBe('类别“参加学习教育” › 项目“参加集中学习” › 分值');
    expect(words('sections[0].items[0].bounds.max')).toBe('类别“参加学习教育” › 项目“参加集中学习” › 下级可调最高分');
    expect(words('sections[1].items')).toBe('类别“遵守纪律规矩” › 项目');
    expect(words('sections[0].items[1].rule.levels[1].points')).toBe(
      '类别“参加学习教育” › 项目“个人自学并撰写学习笔记” › 级别“第 2 条” · 分值',
    );
    expect(words('sections[0].items[1].appliesTo.leaderCadresOnly')).toBe(
      '类别“参加学习教育” › 项目“个人自学并撰写学习笔记” › 仅党员领导干部',
    );
    expect(words('vetoes[0].effects')).toBe('一票否决 › 否决项“受到组织处理” › 后果');
    expect(words('grades[1].min')).toBe('等次 › 等次“合格” › 最低分');
    expect(words('composition.total')).toBe('年度总积分 › 权重合计');
    expect(words('quota.topN')).toBe('评优名额 › 排名前 N 名');
    expect(words('name')).toBe('基本信息 › 方案名称');
    // An element the document does not have (any more) shows by its number; an unknown field as it is.
    expect(words('sections[5].code')).toBe('类别“第 6 条” › 类别编码');
    expect(words('sections[0].mystery')).toBe('类别“参加学习教育” › mystery');
  });

  it('say it in English too', async () => {
    await changeLanguage('en');
    expect(words('sections[0].items[0].rule.points')).toBe('Section “参加学习教育” › Item “参加集中学习” › Points');
  });
});
