import type { TFunction } from 'i18next';
import type { Explanation, ExplanationKind, LedgerRow, PreviewEntry, SchemeDocument, VetoEffect } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { aggregations, formatPoints, formatSigned, itemIndex, monthName, vetoEffectsText } from '@/lib/schemes/schemeFormat';

/** How a node stands out: a cut or limit, a dropped entry, a veto, a floor raising a section; or not at all. */
export type Tone = 'cut' | 'drop' | 'veto' | 'floor' | 'plain';

export interface NodeText {
  kind: string;
  title: string;
  detail?: string;
  /** The points as shown, signed for a change; none for a month not scored or a grade. */
  points?: string;
  tone: Tone;
}

/** Where a posted entry came from: its calculator row and month. */
export interface EntryOrigin {
  rowKey: string;
  /** One-based, as the rows are numbered on screen. */
  rowNumber: number;
  month: number;
}

/** What the calculator posted, so that `#001` finds its row and month again. */
export interface Posted {
  entries: readonly PreviewEntry[];
  origins: readonly EntryOrigin[];
}

export const explanationKinds: readonly ExplanationKind[] = [
  'ANNUAL',
  'PART',
  'EVALUATION',
  'PERIOD',
  'EXEMPT_MONTH',
  'SECTION',
  'START_FULL',
  'ITEM',
  'ENTRY',
  'HIGHEST_ONLY_DROP',
  'OCCURRENCE_LIMIT',
  'ITEM_CAP',
  'SECTION_CAP',
  'FLOOR',
  'VETO',
  'MEAN',
  'WEIGHT',
  'ROUNDING',
  'GRADE',
];

const tones: Partial<Record<ExplanationKind, Tone>> = {
  HIGHEST_ONLY_DROP: 'drop',
  OCCURRENCE_LIMIT: 'cut',
  ITEM_CAP: 'cut',
  SECTION_CAP: 'cut',
  FLOOR: 'floor',
  VETO: 'veto',
};

/** Kinds whose points are a change to a score, shown with their sign. */
const signedKinds: ReadonlySet<ExplanationKind> = new Set([
  'ENTRY',
  'HIGHEST_ONLY_DROP',
  'OCCURRENCE_LIMIT',
  'ITEM_CAP',
  'SECTION_CAP',
  'FLOOR',
  'VETO',
]);

export function isHighlighted(kind: ExplanationKind): boolean {
  return tones[kind] !== undefined;
}

function isAggregation(value: string): value is (typeof aggregations)[number] {
  return aggregations.some((aggregation) => aggregation === value);
}

/** 2025-03 → 3月, 2025-Q2 → 第二季度, 2025-H1 → 2025 年上半年, 2025 → 2025 年全年. */
export function periodLabel(period: string, t: TFunction, language: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return monthName(Number(month[2]), language);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t(`schemes.quarters.q${quarter[2] as '1' | '2' | '3' | '4'}`);
  const half = /^(\d{4})-H1$/.exec(period);
  if (half) return t('schemes.explanation.firstHalf', { year: half[1] });
  if (/^\d{4}$/.test(period)) return t('schemes.explanation.wholeYear', { year: period });
  return period;
}

function number(text: string | undefined = ''): string {
  const value = Number(text);
  return Number.isFinite(value) ? formatPoints(value) : text;
}

/** The engine's account of one entry (2 × 3 h, [−4, −1], a level) in words. */
function entryDetail(detail: string, t: TFunction): string {
  const perHour = /^(-?[\d.]+) × ([\d.]+) h$/.exec(detail);
  if (perHour) return t('schemes.explanation.perHour', { points: number(perHour[1]), hours: number(perHour[2]) });
  const perOccurrence = /^(-?[\d.]+) × ([\d.]+)$/.exec(detail);
  if (perOccurrence)
    return t('schemes.explanation.perOccurrence', {
      points: number(perOccurrence[1]),
      count: number(perOccurrence[2]),
    });
  const range = /^\[(-?[\d.]+), (-?[\d.]+)\]$/.exec(detail);
  if (range) return t('schemes.explanation.range', { min: number(range[1]), max: number(range[2]) });
  if (/^-?[\d.]+$/.test(detail)) return t('schemes.explanation.fixed', { points: number(detail) });
  return detail;
}

/** 第 2 行 · 3月 · 先进个人: where a numbered entry came from. */
function entrySource(label: string, posted: Posted | undefined, t: TFunction, language: string): string | undefined {
  const index = /^#(\d+)$/.exec(label);
  if (!index || posted === undefined) return undefined;
  const origin = posted.origins[Number(index[1]) - 1];
  if (origin === undefined) return undefined;
  const achievement = posted.entries[Number(index[1]) - 1]?.achievement;
  return [t('schemes.explanation.row', { row: origin.rowNumber }), monthName(origin.month, language), achievement]
    .filter(Boolean)
    .join(' · ');
}

/** A ledger row by its id: how a member's own explanation names its entries. */
export type LedgerById = ReadonlyMap<string, LedgerRow>;

/** An entry of the member's ledger in words: what, when recorded, and its note; never its id. */
function ledgerEntry(label: string, ledger: LedgerById | undefined, t: TFunction, language: string): { title?: string; source?: string } {
  const row = ledger?.get(label);
  if (row === undefined) return /^[0-9a-f-]{36}$/.test(label) ? { title: t('schemes.explanation.anEntry') } : {};
  const note = row.achievement ?? row.reason ?? undefined;
  return {
    title: row.itemName,
    source: [monthName(Number(row.month.slice(5)), language), t('schemes.explanation.recordedOn', { date: formatShanghaiTime(row.recordedAt).slice(0, 10) }), note]
      .filter(Boolean)
      .join(' · '),
  };
}

function after(prefix: string, detail: string): string | undefined {
  return detail.startsWith(prefix) ? number(detail.slice(prefix.length)) : undefined;
}

/** One node of the explanation in the user's words. */
export function describeNode(
  node: Explanation,
  { scheme, posted, ledger, t, language }: { scheme?: SchemeDocument; posted?: Posted; ledger?: LedgerById; t: TFunction; language: string },
): NodeText {
  const kind = t(`schemes.explanation.kinds.${node.kind}`);
  const tone = tones[node.kind] ?? 'plain';
  const detail = node.detail ?? '';
  const points =
    node.points == null || node.kind === 'GRADE' || node.kind === 'EXEMPT_MONTH'
      ? undefined
      : signedKinds.has(node.kind)
        ? formatSigned(node.points)
        : formatPoints(node.points);
  const base = { kind, tone, points };
  switch (node.kind) {
    case 'ANNUAL':
      return { ...base, title: t('schemes.explanation.annual') };
    case 'MEAN':
      if (node.label === 'year') {
        return {
          ...base,
          title: t('schemes.explanation.year'),
          detail: isAggregation(detail) ? t(`schemes.aggregations.${detail}`) : detail || undefined,
        };
      }
      return {
        ...base,
        title: periodLabel(node.label, t, language),
        detail: /^(\d+) months$/.test(detail)
          ? t('schemes.explanation.monthsMean', { count: Number(/^(\d+)/.exec(detail)?.[1]) })
          : detail || undefined,
      };
    case 'PERIOD':
      return { ...base, title: periodLabel(node.label, t, language) };
    case 'EXEMPT_MONTH':
      return { ...base, title: periodLabel(node.label, t, language), detail: t('schemes.explanation.exempt') };
    case 'PART':
      return {
        ...base,
        title: node.label === 'unweighted' ? t('schemes.explanation.unweighted') : node.label,
        detail: detail || undefined,
      };
    case 'EVALUATION':
      return {
        ...base,
        title: t('schemes.explanation.evaluation'),
        detail: detail.replace('— (no ballots)', t('schemes.explanation.noBallots')) || undefined,
      };
    case 'SECTION':
    case 'ITEM':
      // Their detail is the code: people read the name.
      return { ...base, title: node.label };
    case 'START_FULL':
    case 'WEIGHT':
      return { ...base, title: node.label, detail: detail || undefined };
    case 'ENTRY':
    case 'HIGHEST_ONLY_DROP': {
      const recorded = ledgerEntry(node.label, ledger, t, language);
      const source = entrySource(node.label, posted, t, language) ?? recorded.source;
      const parts = [
        entryDetail(detail, t),
        source,
        node.kind === 'HIGHEST_ONLY_DROP' ? t('schemes.explanation.dropped') : undefined,
      ];
      return { ...base, title: recorded.title ?? node.label, detail: parts.filter(Boolean).join(' · ') };
    }
    case 'OCCURRENCE_LIMIT': {
      const max = after('max ', detail);
      const recorded = ledgerEntry(node.label, ledger, t, language);
      const source = entrySource(node.label, posted, t, language) ?? recorded.source;
      return {
        ...base,
        title: recorded.title ?? node.label,
        detail: [max === undefined ? detail : t('schemes.explanation.maxOccurrences', { count: max }), source]
          .filter(Boolean)
          .join(' · '),
      };
    }
    case 'ITEM_CAP':
    case 'SECTION_CAP': {
      const cap = after('cap ', detail);
      return { ...base, title: node.label, detail: cap === undefined ? detail : t('schemes.explanation.cap', { cap }) };
    }
    case 'FLOOR': {
      const floor = after('floor ', detail);
      return {
        ...base,
        title: node.label,
        detail: floor === undefined ? detail : t('schemes.explanation.floor', { floor }),
      };
    }
    case 'VETO': {
      if (detail === 'ZERO_SECTION')
        return { ...base, title: node.label, detail: t('schemes.explanation.zeroSection') };
      if (scheme === undefined) return { ...base, title: node.label, detail };
      const trigger = itemIndex(scheme).get(node.label);
      const veto = (scheme.vetoes ?? []).find((candidate) => candidate.trigger === node.label);
      const effects = (detail.match(/[A-Z_]+/g) ?? []) as VetoEffect[];
      return {
        ...base,
        title: trigger?.item.name ?? node.label,
        detail: vetoEffectsText(effects, scheme, veto?.section, t),
      };
    }
    case 'ROUNDING':
      return {
        ...base,
        title: t('schemes.explanation.rounding'),
        detail: t('schemes.explanation.exact', { value: detail }),
      };
    case 'GRADE':
      return {
        ...base,
        title: node.label,
        detail: detail === 'FORCE_GRADE' ? t('schemes.explanation.forceGrade') : undefined,
      };
  }
}
