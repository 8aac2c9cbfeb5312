import type { TFunction } from 'i18next';
import type {
  Aggregation,
  AppliesTo,
  ItemBounds,
  MemberStatus,
  PostType,
  RuleType,
  SchemeDocument,
  SchemeItem,
  SchemeSection,
  SectionKind,
  SectionStart,
  RecordedBy,
  VersionStatus,
  VetoEffect,
} from '@/lib/api/types';

export const aggregations: readonly Aggregation[] = [
  'SUM_YEAR',
  'MONTHLY_AVERAGE',
  'QUARTERLY_OF_MONTHLY',
  'HALF_YEAR',
];
export const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const sectionKinds: readonly SectionKind[] = ['BASE', 'DUTY', 'BONUS', 'DEDUCTION'];
export const sectionStarts: readonly SectionStart[] = ['ACCUMULATE', 'START_FULL'];
export const ruleTypes: readonly RuleType[] = ['FIXED', 'PER_OCCURRENCE', 'PER_HOUR', 'RANGE', 'LEVELS'];
export const recorders: readonly RecordedBy[] = ['MEMBER', 'RECORDER', 'SYSTEM'];
export const vetoEffects: readonly VetoEffect[] = ['ZERO_YEAR', 'ZERO_MONTH', 'ZERO_SECTION', 'FORCE_GRADE'];
export const memberStatuses: readonly MemberStatus[] = ['FULL', 'PROBATIONARY', 'ACTIVIST'];
export const postTypes: readonly PostType[] = ['IN_OFFICE', 'NON_POST', 'FLOATING', 'RETIRED'];

export const versionStatusColors: Record<VersionStatus, string> = {
  DRAFT: 'gold',
  PUBLISHED: 'green',
  RETIRED: 'default',
};

export const aggregationColors: Record<Aggregation, string> = {
  SUM_YEAR: 'blue',
  MONTHLY_AVERAGE: 'cyan',
  QUARTERLY_OF_MONTHLY: 'geekblue',
  HALF_YEAR: 'purple',
};

export const sectionKindColors: Record<SectionKind, string> = {
  BASE: 'blue',
  DUTY: 'cyan',
  BONUS: 'green',
  DEDUCTION: 'red',
};

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });
const MINUS = '\u2212';

/** 4, 0.5, −3: up to two decimals, a typographic minus. */
export function formatPoints(value: number): string {
  const text = plain.format(Math.abs(value));
  return value < 0 && text !== '0' ? `${MINUS}${text}` : text;
}

/** +5, −3, 0: a change to a score. */
export function formatSigned(value: number): string {
  const text = formatPoints(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** 90.00: a score as presented, always two decimals (half-up on the server already). */
export function formatScore(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** 3月 / Mar. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));
}

/** 全年, or runs of months: 1–3月、7–12月 (Jan–Mar, Jul–Dec). */
export function monthsSummary(selected: readonly number[], t: TFunction, language: string): string {
  const sorted = [...new Set(selected)].sort((a, b) => a - b);
  if (sorted.length === 12) return t('schemes.preview.allMonths');
  const runs: [number, number][] = [];
  for (const month of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  return runs
    .map(([from, to]) =>
      from === to
        ? monthName(from, language)
        : t('schemes.preview.monthRun', {
            from,
            to,
            fromName: monthName(from, language),
            toName: monthName(to, language),
          }),
    )
    .join(t('schemes.preview.listSeparator'));
}

/** Whether section caps apply per month (the year then averages months) rather than to the whole period. */
export function capsPerMonth(aggregation: Aggregation): boolean {
  return aggregation === 'MONTHLY_AVERAGE' || aggregation === 'QUARTERLY_OF_MONTHLY';
}

/** The triggers of the scheme's vetoes, by item code. */
export function vetoTriggers(scheme: SchemeDocument): Set<string> {
  return new Set((scheme.vetoes ?? []).map((veto) => veto.trigger));
}

/** 每次 1 分, 2 分/小时, 酌情 −4 至 −1 分, 市级 3 / 省级以上 5. */
export function ruleText(item: SchemeItem, t: TFunction, isVetoTrigger = false): string {
  const { rule } = item;
  const points = rule.points ?? 0;
  switch (rule.type) {
    case 'FIXED':
      if (points === 0 && isVetoTrigger) return t('schemes.rules.vetoOnly');
      return points < 0
        ? t('schemes.rules.fixedDeduct', { points: formatPoints(-points) })
        : t('schemes.rules.fixed', { points: formatPoints(points) });
    case 'PER_OCCURRENCE':
      return points < 0
        ? t('schemes.rules.perOccurrenceDeduct', { points: formatPoints(-points) })
        : t('schemes.rules.perOccurrence', { points: formatPoints(points) });
    case 'PER_HOUR':
      return t('schemes.rules.perHour', { points: formatPoints(points) });
    case 'RANGE':
      return t('schemes.rules.range', { min: formatPoints(rule.min ?? 0), max: formatPoints(rule.max ?? 0) });
    case 'LEVELS':
      return (rule.levels ?? [])
        .map((level) => t('schemes.rules.level', { level: level.level, points: formatPoints(level.points) }))
        .join(' / ');
  }
}

/** 上限, 最多 N 次, 同组取最高: the limits an item carries beside its rule. */
export function itemLimits(item: SchemeItem, t: TFunction): string[] {
  const limits: string[] = [];
  if (item.cap != null) limits.push(t('schemes.limits.itemCap', { cap: formatPoints(item.cap) }));
  if (item.maxOccurrences != null) limits.push(t('schemes.limits.maxOccurrences', { count: item.maxOccurrences }));
  if (item.highestOnlyGroup != null) limits.push(t('schemes.limits.highestOnly'));
  return limits;
}

/** 仅党员领导干部, 适用：正式党员、预备党员, 岗位：在职: whom an item is for; nothing when it is for every member. */
export function appliesToText(appliesTo: AppliesTo | null | undefined, t: TFunction): string[] {
  if (appliesTo == null) return [];
  const separator = t('schemes.preview.listSeparator');
  const parts: string[] = [];
  if (appliesTo.leaderCadresOnly) parts.push(t('schemes.appliesTo.leaderCadresOnly'));
  if ((appliesTo.statuses ?? []).length > 0) {
    const list = (appliesTo.statuses ?? []).map((status) => t(`memberStatuses.${status}`)).join(separator);
    parts.push(t('schemes.appliesTo.statuses', { list }));
  }
  if ((appliesTo.postTypes ?? []).length > 0) {
    const list = (appliesTo.postTypes ?? []).map((postType) => t(`postTypes.${postType}`)).join(separator);
    parts.push(t('schemes.appliesTo.postTypes', { list }));
  }
  return parts;
}

/** 必选, 下级可调 3 至 5 分: what a scheme derived from this one must keep. */
export function frameText(item: Pick<SchemeItem, 'mandatory' | 'bounds'>, t: TFunction): string[] {
  const parts: string[] = [];
  if (item.mandatory) parts.push(t('schemes.frame.mandatory'));
  if (item.bounds != null) parts.push(boundsText(item.bounds, t, 'schemes.frame.bounds'));
  return parts;
}

export function boundsText(
  bounds: ItemBounds,
  t: TFunction,
  key: 'schemes.frame.bounds' | 'schemes.frame.parentBounds' | 'schemes.values.bounds' = 'schemes.values.bounds',
): string {
  return t(key, { min: formatPoints(bounds.min), max: formatPoints(bounds.max) });
}

/** 每月最高 20 分 / 全年最多扣 10 分, and 不低于 0 分. */
export function sectionLimits(section: SchemeSection, aggregation: Aggregation, t: TFunction): string[] {
  const limits: string[] = [];
  if (section.cap != null) {
    const cap = formatPoints(section.cap);
    const perMonth = capsPerMonth(aggregation);
    limits.push(
      section.kind === 'DEDUCTION'
        ? t(perMonth ? 'schemes.limits.deductCapMonth' : 'schemes.limits.deductCapYear', { cap })
        : t(perMonth ? 'schemes.limits.capMonth' : 'schemes.limits.capYear', { cap }),
    );
  }
  if (section.floor != null) limits.push(t('schemes.limits.floor', { floor: formatPoints(section.floor) }));
  return limits;
}

/** 0.8 × 年度考核积分 + 0.2 × 民主评议; sections outside every part add up unweighted. */
export function compositionText(scheme: SchemeDocument, t: TFunction): string {
  const { parts, evaluationWeight } = scheme.composition;
  const inParts = new Set(parts.flatMap((part) => part.sections));
  const terms = parts.map((part) =>
    part.weight === 1
      ? part.name
      : t('schemes.composition.weighted', { weight: formatPoints(part.weight), name: part.name }),
  );
  terms.push(...scheme.sections.filter((section) => !inParts.has(section.code)).map((section) => section.name));
  if (evaluationWeight !== 0) {
    terms.push(
      t('schemes.composition.weighted', {
        weight: formatPoints(evaluationWeight),
        name: t('schemes.composition.evaluation'),
      }),
    );
  }
  return terms.join(' + ');
}

/** The lowest band's grade, which FORCE_GRADE imposes. */
export function lowestGrade(scheme: SchemeDocument): string {
  return scheme.grades.at(-1)?.grade ?? '';
}

/** 全年积分为 0, “业务工作开展”积分清零, 等次定为“不合格”. */
export function vetoEffectText(
  effect: VetoEffect,
  scheme: SchemeDocument,
  sectionCode: string | null | undefined,
  t: TFunction,
): string {
  switch (effect) {
    case 'ZERO_YEAR':
      return t('schemes.vetoEffects.ZERO_YEAR');
    case 'ZERO_MONTH':
      return t('schemes.vetoEffects.ZERO_MONTH');
    case 'ZERO_SECTION':
      return t('schemes.vetoEffects.ZERO_SECTION', {
        section: scheme.sections.find((section) => section.code === sectionCode)?.name ?? sectionCode ?? '',
      });
    case 'FORCE_GRADE':
      return t('schemes.vetoEffects.FORCE_GRADE', { grade: lowestGrade(scheme) });
  }
}

/** A veto's effects in words: 等次定为“不合格”、全年积分为 0. */
export function vetoEffectsText(
  effects: readonly VetoEffect[],
  scheme: SchemeDocument,
  sectionCode: string | null | undefined,
  t: TFunction,
): string {
  return effects
    .map((effect) => vetoEffectText(effect, scheme, sectionCode, t))
    .join(t('schemes.preview.listSeparator'));
}

/** Items by code, with the section each belongs to. */
export function itemIndex(scheme: SchemeDocument): Map<string, { item: SchemeItem; section: SchemeSection }> {
  return new Map(
    scheme.sections.flatMap((section) => section.items.map((item) => [item.code, { item, section }] as const)),
  );
}

/**
 * A grade's tag colour by its rank among the scheme's bands: the top one green, the bottom one red, the one
 * just above the bottom (基本合格, 一般) orange when there are four or more, the others blue.
 */
export function gradeColor(scheme: SchemeDocument, grade: string): string {
  const index = scheme.grades.findIndex((band) => band.grade === grade);
  const last = scheme.grades.length - 1;
  if (index === 0) return 'green';
  if (index === last) return 'red';
  if (index === last - 1 && scheme.grades.length >= 4) return 'orange';
  return 'blue';
}
