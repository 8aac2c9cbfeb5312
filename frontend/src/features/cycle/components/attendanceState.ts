import type { Activity, AttendanceKind, AttendanceMark } from '@/lib/api/types';

export const attendanceKinds: readonly AttendanceKind[] = ['PRESENT', 'LEAVE', 'ABSENT', 'LATE', 'LEFT_EARLY'];

/** Each participant's mark as edited; `attendance` is undefined until marked. */
export type AttendanceSheet = Record<string, { attendance?: AttendanceKind; host: boolean; minutes: boolean }>;

export type AttendanceAction =
  | { type: 'mark'; memberId: string; attendance: AttendanceKind }
  | { type: 'allPresent' }
  | { type: 'toggle'; memberId: string; role: 'host' | 'minutes' }
  | { type: 'reset'; activity: Activity };

export function sheetOf(activity: Activity): AttendanceSheet {
  return Object.fromEntries(
    activity.participants.map((participant) => [
      participant.memberId,
      { attendance: (participant.attendance ?? undefined) as AttendanceKind | undefined, host: participant.host, minutes: participant.minutes },
    ]),
  );
}

/** Bulk marking: one member, everyone not yet marked present ("全部出席" keeps leave and absences already marked), host and minutes. */
export function attendanceReducer(sheet: AttendanceSheet, action: AttendanceAction): AttendanceSheet {
  switch (action.type) {
    case 'mark':
      return { ...sheet, [action.memberId]: { ...sheet[action.memberId], attendance: action.attendance } } as AttendanceSheet;
    case 'allPresent':
      return Object.fromEntries(
        Object.entries(sheet).map(([memberId, mark]) => [memberId, { ...mark, attendance: mark.attendance ?? 'PRESENT' }]),
      );
    case 'toggle': {
      const mark = sheet[action.memberId];
      if (mark === undefined) return sheet;
      // Only someone present can host or take the minutes.
      return { ...sheet, [action.memberId]: { ...mark, [action.role]: !mark[action.role] } };
    }
    case 'reset':
      return sheetOf(action.activity);
  }
}

/** The marks to send, or the members still unmarked. */
export function marksOf(sheet: AttendanceSheet): { marks: AttendanceMark[]; unmarked: string[] } {
  const marks: AttendanceMark[] = [];
  const unmarked: string[] = [];
  for (const [memberId, mark] of Object.entries(sheet)) {
    if (mark.attendance === undefined) unmarked.push(memberId);
    else marks.push({ memberId, attendance: mark.attendance, host: mark.host, minutes: mark.minutes });
  }
  return { marks, unmarked };
}

/** Whether the sheet differs from what the activity has stored. */
export function isChanged(sheet: AttendanceSheet, activity: Activity): boolean {
  const stored = sheetOf(activity);
  return Object.entries(sheet).some(([memberId, mark]) => {
    const before = stored[memberId];
    return before?.attendance !== mark.attendance || before?.host !== mark.host || before?.minutes !== mark.minutes;
  });
}
