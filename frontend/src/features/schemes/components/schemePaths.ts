import type { TFunction } from 'i18next';
import type { SchemeDocument } from '@/lib/api/types';
import type zhCN from '@/locales/zh-CN.json';
import { itemIndex } from '@/lib/schemes/schemeFormat';

// A place in a scheme document, as the backend names it: `sections[2].items[0].rule.max` in a validation
// error (list elements by index; `document.` in front for a saved draft), `sections[STUDY].items[P1-ROLE].rule.max`
// in a diff (list elements by their code, level, trigger, grade or name).

export interface PathSegment {
  name: string;
  /** The list element: an index in an error, a code (or level, trigger, grade, name) in a diff. */
  key?: string;
}

/** `document.sections[2].items[0].rule.max` → sections[2] › items[0] › rule › max. */
export function parsePath(path: string): PathSegment[] {
  const text = path.startsWith('document.') ? path.slice('document.'.length) : path;
  const segments: PathSegment[] = [];
  let at = 0;
  while (at < text.length) {
    let name = '';
    while (at < text.length && text[at] !== '.' && text[at] !== '[') name += text[at++];
    segments.push({ name });
    while (text[at] === '[') {
      // A key runs to the bracket that closes it: one followed by the end, a dot or another bracket.
      let end = text.indexOf(']', at);
      while (end !== -1 && end + 1 < text.length && text[end + 1] !== '.' && text[end + 1] !== '[') {
        end = text.indexOf(']', end + 1);
      }
      if (end === -1) end = text.length;
      const key = text.slice(at + 1, end);
      const last = segments[segments.length - 1];
      if (last !== undefined && last.key === undefined) last.key = key;
      else segments.push({ name: '', key });
      at = end + 1;
    }
    if (text[at] === '.') at++;
  }
  return segments;
}

/** The Ant Design form name of an error's path: `sections[2].items[0].rule.max` → ['sections', 2, 'items', 0, 'rule', 'max']. */
export function namePathOf(path: string): (string | number)[] {
  return parsePath(path).flatMap((segment) => {
    const name = segment.name === '' ? [] : [segment.name];
    return segment.key === undefined ? name : [...name, /^\d+$/.test(segment.key) ? Number(segment.key) : segment.key];
  });
}

type Labels = (typeof zhCN)['schemes']['labels'];
export type LabelContext = keyof Labels;
export type LabelKey = { [Context in LabelContext]: `schemes.labels.${Context}.${keyof Labels[Context] & string}` }[LabelContext];

/** The label of a field, shared by the editor, the diff and the list of problems: `item`, `rule_points` → 分值. */
export function labelKey<Context extends LabelContext>(context: Context, field: keyof Labels[Context] & string): LabelKey {
  return `schemes.labels.${context}.${field}` as LabelKey;
}

/** The fields below a list element, in words; a field of a level names the level first. */
function fieldWords(context: LabelContext, segments: readonly PathSegment[], t: TFunction): string | undefined {
  if (segments.length === 0) return undefined;
  const levelAt = segments.findIndex((segment) => segment.name === 'levels' && segment.key !== undefined);
  if (context === 'item' && levelAt !== -1) {
    const level = segments[levelAt]?.key ?? '';
    const inLevel = fieldWords('level', segments.slice(levelAt + 1), t);
    const name = /^\d+$/.test(level) ? t('schemes.subjects.nth', { n: Number(level) + 1 }) : level;
    return [t('schemes.subjects.level', { name }), inLevel].filter(Boolean).join(' · ');
  }
  const raw = segments.map((segment) => (segment.key === undefined ? segment.name : `${segment.name}[${segment.key}]`));
  const key = `schemes.labels.${context}.${segments.map((segment) => segment.name).join('_')}` as LabelKey;
  return t(key, { defaultValue: raw.join('.') });
}

export interface PathWords {
  /** The part of the scheme: 基本信息, 类别“参加学习教育”, 一票否决, 等次 … */
  group: string;
  /** The list element within it: 项目“参加集中学习”, 等次“优秀” … */
  subject?: string;
  /** The field: 分值, 最高分 … */
  field?: string;
  /** The section's code or index, to open it in the editor. */
  section?: string;
}

type Named = { name?: unknown; code?: unknown; level?: unknown; trigger?: unknown; grade?: unknown; items?: unknown };

const keyFields = ['code', 'level', 'trigger', 'grade', 'name'] as const;

/** The element a segment names: by index (errors) or by its code, level, trigger, grade or name (diffs). */
export function elementOf(list: unknown, key: string, byIndex: boolean): Named | undefined {
  if (!Array.isArray(list)) return undefined;
  const elements = list as Named[];
  if (byIndex) return /^\d+$/.test(key) ? elements[Number(key)] : undefined;
  for (const field of keyFields) {
    if (elements.every((element) => element[field] != null)) {
      const found = elements.find((element) => element[field] === key);
      if (found) return found;
    }
  }
  return elements.find((element) => keyFields.some((field) => element[field] === key));
}

function nameOf(element: Named | undefined, fallback: string): string {
  const name = element?.name ?? element?.level ?? element?.grade ?? element?.code;
  return typeof name === 'string' && name !== '' ? name : fallback;
}

export interface DescribeOptions {
  /** Where names are looked up, in order (a diff's new document first, then its old one). */
  documents: readonly SchemeDocument[];
  /** Errors name list elements by index, diffs by key. */
  byIndex: boolean;
  /** The element a diff adds or removes, to name it when no document has it. */
  element?: unknown;
  t: TFunction;
}

/** A path in words: which part of the scheme, which element, which field. */
export function describePath(path: string, { documents, byIndex, element, t }: DescribeOptions): PathWords {
  const segments = parsePath(path);
  const [first, ...rest] = segments;
  if (first === undefined) return { group: t('schemes.groups.basics') };
  const find = (pick: (document: SchemeDocument) => unknown, key: string, whole: boolean): Named | undefined =>
    documents.map((document) => elementOf(pick(document), key, byIndex)).find(Boolean) ??
    (whole ? (element as Named | undefined) : undefined);
  const placeholder = (key: string) => (byIndex && /^\d+$/.test(key) ? t('schemes.subjects.nth', { n: Number(key) + 1 }) : key);

  switch (first.name) {
    case 'sections': {
      if (first.key === undefined) return { group: t('schemes.labels.scheme.sections') };
      const sectionKey = first.key;
      const section = find((document) => document.sections, sectionKey, rest.length === 0);
      const group = t('schemes.groups.section', { name: nameOf(section, placeholder(sectionKey)) });
      const [next, ...fields] = rest;
      if (next?.name === 'items' && next.key !== undefined) {
        const itemKey = next.key;
        const item =
          elementOf(section?.items, itemKey, byIndex) ??
          find(
            (document) => document.sections.flatMap((candidate) => candidate.items),
            itemKey,
            fields.length === 0,
          );
        return {
          group,
          subject: t('schemes.subjects.item', { name: nameOf(item, placeholder(itemKey)) }),
          field: fieldWords('item', fields, t),
          section: sectionKey,
        };
      }
      return { group, field: fieldWords('section', rest, t), section: sectionKey };
    }
    case 'vetoes':
    case 'grades': {
      const group = t(first.name === 'vetoes' ? 'schemes.groups.vetoes' : 'schemes.groups.grades');
      if (first.key === undefined) return { group };
      const found = find((document) => document[first.name as 'vetoes' | 'grades'], first.key, rest.length === 0);
      if (first.name === 'grades') {
        return {
          group,
          subject: t('schemes.subjects.grade', { name: nameOf(found, placeholder(first.key)) }),
          field: fieldWords('grade', rest, t),
        };
      }
      const trigger = typeof found?.trigger === 'string' ? found.trigger : byIndex ? undefined : first.key;
      const triggerItem = documents
        .map((document) => (trigger === undefined ? undefined : itemIndex(document).get(trigger)?.item))
        .find(Boolean);
      return {
        group,
        subject: t('schemes.subjects.veto', { name: triggerItem?.name ?? trigger ?? placeholder(first.key) }),
        field: fieldWords('veto', rest, t),
      };
    }
    case 'composition': {
      const group = t('schemes.groups.composition');
      const [next, ...fields] = rest;
      if (next?.name === 'parts' && next.key !== undefined) {
        const part = find((document) => document.composition.parts, next.key, fields.length === 0);
        return {
          group,
          subject: t('schemes.subjects.part', { name: nameOf(part, placeholder(next.key)) }),
          field: fieldWords('part', fields, t),
        };
      }
      return { group, field: fieldWords('composition', rest, t) };
    }
    case 'ballotWeights':
    case 'quota':
    case 'alerts':
    case 'ranking':
      return { group: t(`schemes.groups.${first.name}`), field: fieldWords(first.name, rest, t) };
    default:
      return { group: t('schemes.groups.basics'), field: fieldWords('scheme', segments, t) };
  }
}
