import type { DeclarableItem, DeclareRequest, MyScheme } from '@/lib/api/types';

/** The one value a declaration of this item asks for, besides the date and the text. */
export type ValueField = 'count' | 'hours' | 'points' | 'level' | 'none';

export function valueFieldOf(item: Pick<DeclarableItem, 'ruleType'>): ValueField {
  switch (item.ruleType) {
    case 'PER_OCCURRENCE':
      return 'count';
    case 'PER_HOUR':
      return 'hours';
    case 'RANGE':
      return 'points';
    case 'LEVELS':
      return 'level';
    default:
      return 'none';
  }
}

/** What the form holds. */
export interface DeclarationValues {
  item?: string;
  occurredOn?: string;
  count?: number;
  hours?: number;
  points?: number;
  level?: string;
  achievement?: string;
  description?: string;
  evidenceIds?: string[];
}

/** The problems with the values for this item, by form field (empty when they may be sent). */
export function declarationProblems(
  item: DeclarableItem | undefined,
  values: DeclarationValues,
  today: string,
): Partial<Record<keyof DeclarationValues, 'required' | 'future' | 'positive' | 'outOfRange' | 'evidence'>> {
  if (item === undefined) return { item: 'required' };
  const problems: ReturnType<typeof declarationProblems> = {};
  if (!values.occurredOn) problems.occurredOn = 'required';
  else if (values.occurredOn > today) problems.occurredOn = 'future';
  const field = valueFieldOf(item);
  if (field === 'count' || field === 'hours') {
    const value = values[field];
    if (value === undefined || value === null) problems[field] = 'required';
    else if (value <= 0) problems[field] = 'positive';
  }
  if (field === 'points') {
    if (values.points === undefined || values.points === null) problems.points = 'required';
    else if ((item.min != null && values.points < item.min) || (item.max != null && values.points > item.max))
      problems.points = 'outOfRange';
  }
  if (field === 'level' && !values.level) problems.level = 'required';
  if (item.evidenceRequired && (values.evidenceIds ?? []).length === 0) problems.evidenceIds = 'evidence';
  return problems;
}

/** The request for the values: only the item's own value goes, the count or hours as `quantity`. */
export function declarationRequest(item: DeclarableItem, values: DeclarationValues, submit: boolean): DeclareRequest {
  const field = valueFieldOf(item);
  return {
    item: item.code,
    occurredOn: values.occurredOn ?? '',
    ...(field === 'count' ? { quantity: values.count } : {}),
    ...(field === 'hours' ? { quantity: values.hours } : {}),
    ...(field === 'points' ? { points: values.points } : {}),
    ...(field === 'level' ? { level: values.level } : {}),
    ...(values.achievement ? { achievement: values.achievement } : {}),
    description: values.description ?? '',
    evidenceIds: values.evidenceIds ?? [],
    submit,
  };
}

/** The backend's field names mapped to the form's: `quantity` is the count or the hours, by the item. */
export function formFieldOf(backendField: string, item: DeclarableItem | undefined): keyof DeclarationValues | undefined {
  const field = backendField.replace(/^declaration\./, '');
  if (field === 'quantity') {
    const value = item ? valueFieldOf(item) : 'count';
    return value === 'hours' ? 'hours' : 'count';
  }
  if (field.startsWith('evidenceIds')) return 'evidenceIds';
  const known: readonly (keyof DeclarationValues)[] = ['item', 'occurredOn', 'points', 'level', 'achievement', 'description'];
  return known.find((candidate) => candidate === field);
}

export interface SectionGroup {
  code: string;
  name: string;
  items: DeclarableItem[];
}

/** The items a member may declare, by section in the scheme's order. */
export function declarableBySection(scheme: MyScheme): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const { declarable, item } of scheme.items) {
    if (!declarable) continue;
    let group = groups.find((candidate) => candidate.code === item.sectionCode);
    if (group === undefined) {
      group = { code: item.sectionCode, name: item.sectionName, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
