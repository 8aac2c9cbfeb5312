import type { TFunction } from 'i18next';
import type {
  ChangeKind,
  CompositionPart,
  GradeBand,
  ItemBounds,
  SchemeChange,
  SchemeDocument,
  SchemeItem,
  SchemeLevel,
  SchemeSection,
  SchemeVeto,
  VetoEffect,
} from '@/lib/api/types';
import { describePath, elementOf, parsePath, type PathSegment } from './schemePaths';
import {
  appliesToText,
  boundsText,
  formatPoints,
  ruleText,
  vetoEffectsText,
} from '@/lib/schemes/schemeFormat';

export const changeKindColors: Record<ChangeKind, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Undoes one change on `root` (the newer document, being turned back into the older). */
function revert(root: Json, segments: readonly PathSegment[], change: SchemeChange) {
  let container: Json = root;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment.key === undefined) {
      if (last) {
        if (change.kind === 'ADDED') delete container[segment.name];
        else container[segment.name] = change.before;
        return;
      }
      const next = container[segment.name];
      if (!isObject(next)) return;
      container = next;
      continue;
    }
    const list = container[segment.name];
    if (!Array.isArray(list)) {
      if (last && change.kind === 'REMOVED') container[segment.name] = [change.before];
      return;
    }
    const element = elementOf(list, segment.key, false);
    if (last) {
      const at = element === undefined ? -1 : list.indexOf(element);
      if (change.kind === 'REMOVED') list.push(change.before);
      else if (at !== -1 && change.kind === 'ADDED') list.splice(at, 1);
      else if (at !== -1) list[at] = change.before;
      return;
    }
    if (!isObject(element)) return;
    container = element;
  }
}

/**
 * The older document of a diff, rebuilt from the newer one and the changes between them: the parent's
 * version of a derived scheme, which the backend offers no way to read by its version id.
 */
export function documentBefore(after: SchemeDocument, changes: readonly SchemeChange[]): SchemeDocument {
  const before = structuredClone(after) as unknown as Json;
  for (const change of changes) revert(before, parsePath(change.path), change);
  return before as unknown as SchemeDocument;
}

/** The newer document, where sections and grades are looked up first. */
function newest(documents: readonly SchemeDocument[]): SchemeDocument {
  const [newer] = documents;
  if (newer === undefined) throw new Error('a diff is read against its documents');
  return newer;
}

function sectionNames(codes: unknown, documents: readonly SchemeDocument[]): string[] {
  const list = Array.isArray(codes) ? (codes as unknown[]) : [codes];
  return list.map(
    (code) =>
      documents.flatMap((document) => document.sections).find((section) => section.code === code)?.name ?? String(code),
  );
}

/** A value of the field named `field` in words: enums translated, numbers as points, lists joined. */
function fieldValue(segments: readonly PathSegment[], value: unknown, documents: readonly SchemeDocument[], t: TFunction) {
  const field = segments.at(-1)?.name ?? '';
  const parent = segments.at(-2);
  const separator = t('schemes.preview.listSeparator');
  const each = (words: (one: string) => string) =>
    (Array.isArray(value) ? (value as string[]) : [String(value)]).map(words).join(separator);
  switch (field) {
    case 'aggregation':
      return t(`schemes.aggregations.${value as SchemeDocument['aggregation']}`);
    case 'kind':
      return t(`schemes.kinds.${value as SchemeSection['kind']}`);
    case 'start':
      return t(`schemes.starts.${value as NonNullable<SchemeSection['start']>}`);
    case 'recordedBy':
      return t(`schemes.recordedBy.${value as NonNullable<SchemeItem['recordedBy']>}`);
    case 'type':
      return parent?.name === 'rule' ? t(`schemes.ruleTypes.${value as SchemeItem['rule']['type']}`) : String(value);
    case 'effects': {
      const veto = documents.map((one) => elementOf(one.vetoes, parent?.key ?? '', false)).find(Boolean) as
        | SchemeVeto
        | undefined;
      return vetoEffectsText((Array.isArray(value) ? value : [value]) as VetoEffect[], newest(documents), veto?.section, t);
    }
    case 'statuses':
      return each((status) => t(`memberStatuses.${status as 'FULL'}`));
    case 'postTypes':
      return each((postType) => t(`postTypes.${postType as 'IN_OFFICE'}`));
    case 'scope':
      return t(`schemes.scopes.${value as 'BRANCH'}`);
    case 'tieBreak':
      return each((rule) => t(`schemes.tieBreaks.${rule as 'ANNUAL_SCORE'}`));
    case 'section':
    case 'sections':
      return sectionNames(value, documents).join(separator);
    case 'bounds':
      return isObject(value) ? boundsText(value as unknown as ItemBounds, t) : undefined;
    case 'appliesTo':
      return isObject(value) ? appliesToText(value, t).join(separator) || undefined : undefined;
    case 'rule':
      return isObject(value) ? ruleText({ rule: value } as unknown as SchemeItem, t) : undefined;
    case 'levels':
      return Array.isArray(value)
        ? (value as SchemeLevel[]).map((level) => `${level.level} ${formatPoints(level.points)}`).join(' / ')
        : undefined;
    default:
      return undefined;
  }
}

/** A whole list element, added or removed, in a few words. */
function elementValue(list: string, value: Json, documents: readonly SchemeDocument[], t: TFunction): string {
  switch (list) {
    case 'sections': {
      const section = value as unknown as SchemeSection;
      return t('schemes.values.items', { count: section.items.length });
    }
    case 'items':
      return ruleText(value as unknown as SchemeItem, t);
    case 'levels':
      return formatPoints((value as unknown as SchemeLevel).points);
    case 'vetoes': {
      const veto = value as unknown as SchemeVeto;
      return vetoEffectsText(veto.effects, newest(documents), veto.section, t);
    }
    case 'grades': {
      const band = value as unknown as GradeBand;
      return band.min == null ? t('schemes.grades.otherwise') : t('schemes.grades.atLeast', { min: formatPoints(band.min) });
    }
    case 'parts': {
      const part = value as unknown as CompositionPart;
      const names = sectionNames(part.sections, documents).join(t('schemes.preview.listSeparator'));
      return t('schemes.composition.weighted', { weight: formatPoints(part.weight), name: names });
    }
    default:
      return JSON.stringify(value);
  }
}

/** What one side of a change was, in words; "—" when it did not exist. */
export function valueWords(path: string, value: unknown, documents: readonly SchemeDocument[], t: TFunction): string {
  if (value === null || value === undefined) return t('schemes.values.none');
  const segments = parsePath(path);
  const last = segments.at(-1);
  if (last?.key !== undefined && isObject(value)) return elementValue(last.name, value, documents, t);
  const named = last === undefined ? undefined : fieldValue(segments, value, documents, t);
  if (named !== undefined) return named;
  if (typeof value === 'boolean') return t(value ? 'schemes.values.yes' : 'schemes.values.no');
  if (typeof value === 'number') return formatPoints(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value
      .map((one) => (typeof one === 'number' ? formatPoints(one) : String(one)))
      .join(t('schemes.preview.listSeparator'));
  }
  return JSON.stringify(value);
}

export interface DiffRow {
  key: string;
  path: string;
  kind: ChangeKind;
  subject?: string;
  field?: string;
  before: string;
  after: string;
}

export interface DiffGroup {
  title: string;
  rows: DiffRow[];
}

/**
 * The changes from `before` to `after` in words, grouped by the part of the scheme they touch (each section
 * on its own, then the vetoes, grades …), in the order the backend lists them.
 */
export function diffGroups(changes: readonly SchemeChange[], after: SchemeDocument, t: TFunction): DiffGroup[] {
  const documents = [after, documentBefore(after, changes)];
  const groups = new Map<string, DiffRow[]>();
  for (const change of changes) {
    const words = describePath(change.path, { documents, byIndex: false, element: change.after ?? change.before, t });
    const rows = groups.get(words.group) ?? [];
    rows.push({
      key: change.path,
      path: change.path,
      kind: change.kind,
      subject: words.subject,
      field: words.field,
      before: valueWords(change.path, change.before, documents, t),
      after: valueWords(change.path, change.after, documents, t),
    });
    groups.set(words.group, rows);
  }
  return [...groups].map(([title, rows]) => ({ title, rows }));
}
