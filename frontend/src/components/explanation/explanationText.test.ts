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
