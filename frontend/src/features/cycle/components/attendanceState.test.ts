import { describe, expect, it } from 'vitest';
import type { Activity } from '@/lib/api/types';
import { attendanceReducer, isChanged, marksOf, sheetOf } from './attendanceState';

const activity: Activity = {
  id: 'a1',
  orgId: 'b1',
  branchId: 'b1',
  kind: 'BRANCH_MEETING',
  title: '支部党员大会',
  heldOn: '2026-11-22',
  location: null,
  status: 'SCHEDULED',
  version: 0,
  participants: [
    { memberId: 'm1', name: '张三', attendance: null, host: false, minutes: false },
    { memberId: 'm2', name: '李四', attendance: null, host: false, minutes: false },
    { memberId: 'm3', name: '王五', attendance: 'LEAVE', host: false, minutes: false },
  ],
};

describe('bulk attendance marking', () => {
  it('starts from what is stored and reports the unmarked', () => {
    const { marks, unmarked } = marksOf(sheetOf(activity));
    expect(marks).toEqual([{ memberId: 'm3', attendance: 'LEAVE', host: false, minutes: false }]);
    expect(unmarked).toEqual(['m1', 'm2']);
  });

  it('"全部出席" marks everyone not yet marked present and keeps leave already marked', () => {
    let sheet = attendanceReducer(sheetOf(activity), { type: 'mark', memberId: 'm2', attendance: 'ABSENT' });
    sheet = attendanceReducer(sheet, { type: 'allPresent' });
    expect(marksOf(sheet).marks.map((mark) => mark.attendance)).toEqual(['PRESENT', 'ABSENT', 'LEAVE']);
    expect(marksOf(sheet).unmarked).toEqual([]);
  });

  it('toggles host and minutes per member, and knows when the sheet differs from the stored one', () => {
    const sheet = attendanceReducer(sheetOf(activity), { type: 'toggle', memberId: 'm1', role: 'host' });
    expect(sheet.m1).toEqual({ attendance: undefined, host: true, minutes: false });
    expect(isChanged(sheet, activity)).toBe(true);
    expect(isChanged(attendanceReducer(sheet, { type: 'reset', activity }), activity)).toBe(false);
  });
});
