import type { FormInstance } from 'antd';
import type { ItemBounds, RuleType, SchemeDocument, SchemeItem, SchemeSection } from '@/lib/api/types';

// The editor's form holds the document as it is (with the nulls the backend writes); saving sends it back
// without the fields that mean nothing for the choices made (a range's points, a level list of a fixed rule…).

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops null, undefined and blank strings, and objects left empty by that (a bounds with neither end). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact).filter((element) => element !== undefined);
  if (!isObject(value)) return value === null || value === '' ? undefined : value;
  const entries = Object.entries(value)
    .map(([key, field]) => [key, compact(field)] as const)
    .filter(([, field]) => field !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** The fields of an item beyond its rule, which its folded settings hold. */
export const itemSettingFields = [
  'cap',
  'maxOccurrences',
  'highestOnlyGroup',
  'recordedBy',
  'evidenceRequired',
  'appliesTo',
  'mandatory',
  'bounds',
];

const ruleFields: Record<RuleType, readonly string[]> = {
  FIXED: ['points'],
  PER_OCCURRENCE: ['points'],
  PER_HOUR: ['points'],
  RANGE: ['min', 'max'],
  LEVELS: ['levels'],
};

function cleanItem(item: SchemeItem): SchemeItem {
  const rule: Json = { type: item.rule.type };
  for (const field of ruleFields[item.rule.type] ?? []) rule[field] = (item.rule as Json)[field];
  const appliesTo = item.appliesTo && {
    ...item.appliesTo,
    statuses: item.appliesTo.statuses?.length ? item.appliesTo.statuses : undefined,
    postTypes: item.appliesTo.postTypes?.length ? item.appliesTo.postTypes : undefined,
    leaderCadresOnly: item.appliesTo.leaderCadresOnly || undefined,
  };
  return { ...item, rule: rule as SchemeItem['rule'], appliesTo, mandatory: item.mandatory || undefined };
}

/** Everything the form holds (fields not shown, such as the format version, included). */
export function formDocument(form: FormInstance): SchemeDocument {
  return form.getFieldsValue(true) as SchemeDocument;
}

/** The form's values as the document to validate or save. */
export function toDocument(values: SchemeDocument): SchemeDocument {
  const document: SchemeDocument = {
    ...values,
    sections: (values.sections ?? []).map((section) => ({ ...section, items: (section.items ?? []).map(cleanItem) })),
    vetoes: (values.vetoes ?? []).map((veto) => ({
      ...veto,
      effects: veto.effects ?? [],
      section: veto.effects?.includes('ZERO_SECTION') ? veto.section : undefined,
    })),
    composition: {
      ...values.composition,
      parts: (values.composition?.parts ?? []).map((part) => ({ ...part, sections: part.sections ?? [] })),
    },
    grades: values.grades ?? [],
  };
  // Lists the backend requires stay, even when empty; everything else blank goes.
  const compacted = (compact(document) ?? {}) as SchemeDocument;
  return {
    ...compacted,
    sections: compacted.sections ?? [],
    composition: { ...compacted.composition, parts: compacted.composition?.parts ?? [] },
    grades: compacted.grades ?? [],
  };
}

/** A code not yet taken: `S1`, `S2` … or `STUDY-1` … */
export function freeCode(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let number = 1;
  while (used.has(`${prefix}${number}`)) number++;
  return `${prefix}${number}`;
}

export function allCodes(document: Pick<SchemeDocument, 'sections'>): string[] {
  return (document.sections ?? []).flatMap((section) => [section.code, ...(section.items ?? []).map((item) => item.code)]);
}

export function newSection(code: string): SchemeSection {
  return { code, name: '', kind: 'BASE', start: 'ACCUMULATE', items: [] };
}

export function newItem(code: string): SchemeItem {
  return { code, name: '', rule: { type: 'FIXED', points: 1 }, recordedBy: 'MEMBER', evidenceRequired: false };
}

/** What the parent scheme lays down for an item a derived scheme keeps: may it go, and which points may it have. */
export interface ItemFrame {
  mandatory: boolean;
  bounds?: ItemBounds;
}

/** The parent's frame, item by code; an item that is not in it is the derived scheme's own. */
export function frameOf(parent: SchemeDocument): Map<string, ItemFrame> {
  return new Map(
    parent.sections.flatMap((section) =>
      section.items.map((item) => [item.code, { mandatory: item.mandatory === true, bounds: item.bounds ?? undefined }] as const),
    ),
  );
}
