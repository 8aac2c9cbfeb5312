import type { SchemeDocument, SchemeRecord, SchemeVersionSummary } from '@/lib/api/types';
import { rootOrg } from './orgs';

/** A small committee frame in the shape of preset P6 (seed 002): two sections, a month veto, the nulls the backend writes. */
export const frameDocument: SchemeDocument = {
  formatVersion: 1,
  code: 'monthly-top-three',
  name: '每月评审、支部排名前三评优',
  description: '每月满分100分，年度积分为各月平均。',
  aggregation: 'MONTHLY_AVERAGE',
  sections: [
    {
      code: 'STUDY',
      name: '参加学习教育',
      kind: 'BASE',
      start: 'ACCUMULATE',
      cap: 15,
      items: [
        {
          code: 'P6-STUDY-GROUP',
          name: '参加集中学习',
          rule: { type: 'PER_OCCURRENCE', points: 5 },
          cap: 10,
          recordedBy: 'SYSTEM',
          evidenceRequired: false,
          mandatory: true,
          bounds: { min: 3, max: 5 },
        },
        {
          code: 'P6-STUDY-SELF',
          name: '个人自学并撰写学习笔记',
          rule: { type: 'FIXED', points: 5 },
          recordedBy: 'MEMBER',
          evidenceRequired: true,
        },
      ],
    },
    {
      code: 'RULES',
      name: '遵守纪律规矩',
      kind: 'BASE',
      start: 'START_FULL',
      cap: 10,
      floor: 0,
      items: [
        {
          code: 'P6-RULES-SANCTIONED',
          name: '受到组织处理',
          rule: { type: 'FIXED', points: 0 },
          recordedBy: 'RECORDER',
          evidenceRequired: false,
          mandatory: true,
          appliesTo: { leaderCadresOnly: true },
        },
      ],
    },
  ],
  vetoes: [{ trigger: 'P6-RULES-SANCTIONED', effects: ['ZERO_MONTH'] }],
  composition: { parts: [], evaluationWeight: 0 },
  ballotWeights: { good: 1, average: 0.8, poor: 0.6 },
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  quota: { grade: '优秀', topN: 3, scope: 'BRANCH' },
  publicityDays: 7,
  declarationDeadlineDay: 5,
};

export const committeeSchemeId = 'f0000000-0000-4000-8000-000000000001';
export const branchSchemeId = 'f0000000-0000-4000-8000-000000000002';
export const branchOrgId = 'a0000000-0000-4000-8000-000000000002';

export function version(number: number, status: SchemeVersionSummary['status']): SchemeVersionSummary {
  return {
    id: `e${String(number).padStart(7, '0')}-0000-4000-8000-000000000001`,
    number,
    status,
    publishedAt: status === 'DRAFT' ? null : '2026-01-05T02:00:00Z',
  };
}

/** The committee's scheme for 2026: version 1 published. */
export const committeeScheme: SchemeRecord = {
  id: committeeSchemeId,
  orgId: rootOrg.id,
  orgName: rootOrg.name,
  year: 2026,
  code: frameDocument.code,
  name: frameDocument.name,
  derivedFromVersionId: null,
  lock: 1,
  versions: [version(1, 'PUBLISHED')],
};

/** The branch's scheme derived from the committee's version 1, a draft. */
export const branchScheme: SchemeRecord = {
  id: branchSchemeId,
  orgId: branchOrgId,
  orgName: '第一党支部',
  year: 2026,
  code: frameDocument.code,
  name: '第一党支部细则',
  derivedFromVersionId: version(1, 'PUBLISHED').id,
  lock: 3,
  versions: [{ ...version(1, 'DRAFT'), id: 'e0000001-0000-4000-8000-000000000002' }],
};
