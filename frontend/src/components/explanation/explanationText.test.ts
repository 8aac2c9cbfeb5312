import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { frameDocument } from '@/test/schemes';
import { describeNode } from './explanationText';

const t = i18n.t.bind(i18n);

describe('explanation text', () => {
  it('names a month zeroed by a veto (受到组织处理, 当月积分为 0) by its trigger item', () => {
    const node = { kind: 'VETO' as const, label: 'P6-RULES-SANCTIONED', points: -72.5, detail: 'ZERO_MONTH', children: [] };
    expect(describeNode(node, { scheme: frameDocument, t, language: 'zh-CN' })).toEqual({
      kind: '一票否决',
      title: '受到组织处理',
      detail: '当月积分为 0',
      points: '−72.5',
      tone: 'veto',
    });
  });
});

describe('a member’s own explanation', () => {
  const id = 'a1b2c3d4-0000-4000-8000-000000000001';
  const row = {
    id,
    memberId: 'e0000000-0000-4000-8000-000000000001',
    month: '2026-10',
    itemCode: 'P4-DUTY-POST',
    itemName: '履行岗位职责',
    quantity: 1,
    level: null,
    points: null,
    awarded: null,
    value: 5,
    achievement: null,
    source: 'RECORDER' as const,
    sourceId: null,
    replacesId: null,
    voided: false,
    reason: '带头完成防汛值班',
    recordedAt: '2026-10-12T02:00:00Z',
    counting: true,
    flagged: false,
  };
  const node = { kind: 'ENTRY' as const, label: id, points: 5, detail: '5', children: [] };

  it('names an entry by its item, month, the day it was recorded and its note, never by its id or code', () => {
    const text = describeNode(node, { ledger: new Map([[id, row]]), t, language: 'zh-CN' });
    expect(text.title).toBe('履行岗位职责');
    expect(text.detail).toContain('10月');
    expect(text.detail).toContain('2026-10-12 记录');
    expect(text.detail).toContain('带头完成防汛值班');
    expect(`${text.title} ${text.detail ?? ''}`).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|P4-DUTY-POST/);
  });

  it('names an item and a section by name, without the code the engine keeps beside it', () => {
    const item = { kind: 'ITEM' as const, label: '履行岗位职责', points: 5, detail: 'P4-DUTY-POST', children: [node] };
    expect(describeNode(item, { t, language: 'zh-CN' })).toEqual({ kind: '项目', title: '履行岗位职责', points: '5', tone: 'plain' });
  });

  it('calls an entry it cannot find “an entry” rather than showing its id', () => {
    expect(describeNode(node, { t, language: 'zh-CN' }).title).toBe('一条积分记录');
  });
});
