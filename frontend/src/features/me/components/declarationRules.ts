import type { DeclarableItem, DeclareRequest, MyScheme } from '@/lib/api/types';
import { formFieldFor, valueFieldOf, valueProblems, valueRequest, type EntryValues } from '@/lib/cycle/ruleValues';

/** What the form holds. */
export interface DeclarationValues extends EntryValues {
  item?: string;
  occurredOn?: string;
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
  const problems: ReturnType<typeof declarationProblems> = { ...valueProblems(valueFieldOf(item), values, item) };
  if (!values.occurredOn) problems.occurredOn = 'required';
  else if (values.occurredOn > today) problems.occurredOn = 'future';
  if (item.evidenceRequired && (values.evidenceIds ?? []).length === 0) problems.evidenceIds = 'evidence';
  return problems;
}

/** The request for the values: only the item's own value goes, the count or hours as `quantity`. */
export function declarationRequest(item: DeclarableItem, values: DeclarationValues, submit: boolean): DeclareRequest {
  return {
    item: item.code,
    occurredOn: values.occurredOn ?? '',
    ...valueRequest(valueFieldOf(item), values),
    ...(values.achievement ? { achievement: values.achievement } : {}),
    description: values.description ?? '',
    evidenceIds: values.evidenceIds ?? [],
    submit,
  };
}

/** The backend's field names mapped to the form's: `quantity` is the count or the hours, by the item. */
export function formFieldOf(backendField: string, item: DeclarableItem | undefined): keyof DeclarationValues | undefined {
  const field = backendField.replace(/^declaration\./, '');
  if (field.startsWith('evidenceIds')) return 'evidenceIds';
  const known: readonly (keyof DeclarationValues)[] = ['item', 'occurredOn', 'points', 'level', 'achievement', 'description'];
  return formFieldFor(field, item ? valueFieldOf(item) : 'count', known);
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
