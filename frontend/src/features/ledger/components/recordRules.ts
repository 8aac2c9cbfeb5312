import type { AppliesTo, CorrectionRequest, Member, RecordEntryRequest, SchemeDocument, SchemeItem, SectionKind } from '@/lib/api/types';
import { adjustedField, formFieldFor, valueFieldOf, valueProblems, valueRequest, type EntryValues, type ValueProblem } from '@/lib/cycle/ruleValues';

/** Whom an item is for, checked against a member; an item without `appliesTo` is for every scored member. */
export function appliesToMember(appliesTo: AppliesTo | null | undefined, member: Pick<Member, 'status' | 'postType' | 'leaderCadre'>): boolean {
  if (appliesTo == null) return true;
  if (appliesTo.leaderCadresOnly && !member.leaderCadre) return false;
  if ((appliesTo.statuses ?? []).length > 0 && !(appliesTo.statuses ?? []).includes(member.status)) return false;
  if ((appliesTo.postTypes ?? []).length > 0 && !(appliesTo.postTypes ?? []).includes(member.postType)) return false;
  return true;
}

export interface ItemGroup {
  code: string;
  name: string;
  kind: SectionKind;
  items: SchemeItem[];
}

/** The items that may go on the member's ledger, by section in the scheme's order (deductions and veto items too). */
export function recordableBySection(document: SchemeDocument, member: Pick<Member, 'status' | 'postType' | 'leaderCadre'>): ItemGroup[] {
  return document.sections
    .map((section) => ({
      code: section.code,
      name: section.name,
      kind: section.kind,
      items: section.items.filter((item) => appliesToMember(item.appliesTo, member)),
    }))
    .filter((group) => group.items.length > 0);
}

/** What the record form holds. */
export interface RecordValues extends EntryValues {
  item?: string;
  /** YYYY-MM */
  month?: string;
  achievement?: string;
  reason?: string;
}

export type RecordProblem = ValueProblem | 'future';

/** The problems with the values for this item, by form field (empty when they may be sent); the server checks the rest. */
export function recordProblems(item: SchemeItem | undefined, values: RecordValues, thisMonth: string): Partial<Record<keyof RecordValues, RecordProblem>> {
  if (item === undefined) return { item: 'required' };
  const problems: Partial<Record<keyof RecordValues, RecordProblem>> = { ...valueProblems(valueFieldOf({ ruleType: item.rule.type }), values, item.rule) };
  if (!values.month) problems.month = 'required';
  else if (values.month > thisMonth) problems.month = 'future';
  return problems;
}

export function recordRequest(memberId: string, item: SchemeItem, values: RecordValues): RecordEntryRequest {
  const reason = values.reason?.trim();
  const achievement = values.achievement?.trim();
  return {
    memberId,
    item: item.code,
    month: values.month ?? '',
    ...valueRequest(valueFieldOf({ ruleType: item.rule.type }), values),
    ...(achievement ? { achievement } : {}),
    ...(reason ? { reason } : {}),
  };
}

const recordFields: readonly (keyof RecordValues)[] = ['item', 'month', 'points', 'level', 'achievement', 'reason'];

/** The form field a backend field error of the record request belongs to (`memberId` has none: it is the page's). */
export function recordFieldOf(backendField: string, item: SchemeItem | undefined): keyof RecordValues | undefined {
  return formFieldFor(backendField, item ? valueFieldOf({ ruleType: item.rule.type }) : 'count', recordFields);
}

/** How a correction changes a row: new values (by the item's rule), or voiding it. */
export type CorrectionWay = 'values' | 'void';

export interface CorrectionValues {
  way: CorrectionWay;
  quantity?: number;
  points?: number;
  level?: string;
  awarded?: number;
  reason?: string;
}

/** A correction needs its reason, and for new values the one value the rule changes. */
export function correctionProblems(ruleType: string | undefined, values: CorrectionValues): Partial<Record<keyof CorrectionValues, 'required'>> {
  const problems: Partial<Record<keyof CorrectionValues, 'required'>> = {};
  if (!values.reason?.trim()) problems.reason = 'required';
  if (values.way === 'values') {
    const field = adjustedField(ruleType ?? 'FIXED');
    if (values[field] === undefined || values[field] === null || values[field] === '') problems[field] = 'required';
  }
  return problems;
}

export function correctionRequest(ruleType: string | undefined, values: CorrectionValues): CorrectionRequest {
  const reason = values.reason?.trim() ?? '';
  if (values.way === 'void') return { voided: true, reason };
  const field = adjustedField(ruleType ?? 'FIXED');
  return { [field]: values[field], reason };
}
