import { describe, expect, it } from 'vitest';
import type { SchemeDocument } from '@/lib/api/types';
import { frameDocument } from '@/test/schemes';
import { allCodes, freeCode, newItem, toDocument } from './editorDocument';

describe('the editor’s document', () => {
  it('sends only what the choices mean: the rule’s own fields, no blanks, no empty optional objects', () => {
    const values = {
      ...frameDocument,
      description: '',
      sections: [
        {
          code: 'S1',
          name: '类别',
          kind: 'BASE',
          cap: null,
          items: [
            {
              code: 'S1-1',
              name: '区间项目',
              // A range keeps min and max; the points typed before the type changed go.
              rule: { type: 'RANGE', points: 3, min: 1, max: 4, levels: [{ level: '市级', points: 2 }] },
              cap: null,
              highestOnlyGroup: '',
              mandatory: false,
              bounds: { min: null, max: null },
              appliesTo: { statuses: [], postTypes: ['IN_OFFICE'], leaderCadresOnly: false },
            },
          ],
        },
      ],
      vetoes: [
        { trigger: 'S1-1', effects: ['ZERO_YEAR'], section: 'S1' },
        { trigger: 'S1-1', effects: ['ZERO_SECTION'], section: 'S1' },
      ],
      quota: { grade: null, topN: null },
      composition: { parts: [], evaluationWeight: 0, total: null },
    } as unknown as SchemeDocument;

    const document = toDocument(values);
    expect(document.description).toBeUndefined();
    expect(document.sections[0]).toEqual({
      code: 'S1',
      name: '类别',
      kind: 'BASE',
      items: [
        { code: 'S1-1', name: '区间项目', rule: { type: 'RANGE', min: 1, max: 4 }, appliesTo: { postTypes: ['IN_OFFICE'] } },
      ],
    });
    expect(document.vetoes).toEqual([
      { trigger: 'S1-1', effects: ['ZERO_YEAR'] },
      { trigger: 'S1-1', effects: ['ZERO_SECTION'], section: 'S1' },
    ]);
    expect(document.quota).toBeUndefined();
    // Lists the backend requires stay, even empty.
    expect(document.composition).toEqual({ parts: [], evaluationWeight: 0 });
    expect(document.formatVersion).toBe(1);
  });

  it('gives new sections and items codes not yet taken', () => {
    const taken = allCodes(frameDocument);
    expect(taken).toContain('P6-STUDY-GROUP');
    expect(freeCode('S', ['S1', 'S2'])).toBe('S3');
    expect(freeCode('STUDY-', taken)).toBe('STUDY-1');
    expect(newItem('STUDY-1')).toEqual({
      code: 'STUDY-1',
      name: '',
      rule: { type: 'FIXED', points: 1 },
      recordedBy: 'MEMBER',
      evidenceRequired: false,
    });
  });
});
