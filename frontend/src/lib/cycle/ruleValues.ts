// The value a ledger entry of an item carries, by the item's rule: shared by the member's declaration, the
// recorder's entry, the review's adjustment and the correction of a row.

/** The one value an entry of this item asks for, besides its date or month and its text. */
export type ValueField = 'count' | 'hours' | 'points' | 'level' | 'none';

export function valueFieldOf({ ruleType }: { ruleType: string }): ValueField {
  switch (ruleType) {
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

/** What a form holds for the value, whichever the rule asks for. */
export interface EntryValues {
  count?: number;
  hours?: number;
  points?: number;
  level?: string;
}

export type ValueProblem = 'required' | 'positive' | 'outOfRange';

/** The problems with the value the rule asks for (a count or hours above 0, points within the range, a level). */
export function valueProblems(
  field: ValueField,
  values: EntryValues,
  range: { min?: number | null; max?: number | null },
): Partial<Record<keyof EntryValues, ValueProblem>> {
  if (field === 'count' || field === 'hours') {
    const value = values[field];
    if (value === undefined || value === null) return { [field]: 'required' };
    return value <= 0 ? { [field]: 'positive' } : {};
  }
  if (field === 'points') {
    const { points } = values;
    if (points === undefined || points === null) return { points: 'required' };
    const outside = (range.min != null && points < range.min) || (range.max != null && points > range.max);
    return outside ? { points: 'outOfRange' } : {};
  }
  if (field === 'level' && !values.level) return { level: 'required' };
  return {};
}

/** The request's part for the value: only the rule's own value goes, the count or the hours as `quantity`. */
export function valueRequest(field: ValueField, values: EntryValues): { quantity?: number; points?: number; level?: string } {
  switch (field) {
    case 'count':
      return { quantity: values.count };
    case 'hours':
      return { quantity: values.hours };
    case 'points':
      return { points: values.points };
    case 'level':
      return { level: values.level };
    case 'none':
      return {};
  }
}

/** The form field for the backend's `quantity`: the count or the hours, by the rule. */
export function quantityFieldOf(field: ValueField): 'count' | 'hours' {
  return field === 'hours' ? 'hours' : 'count';
}

/** What an adjustment or a correction changes, by the rule: the count or hours, the points, the level, or the points awarded. */
export function adjustedField(ruleType: string): 'quantity' | 'points' | 'level' | 'awarded' {
  if (ruleType === 'PER_OCCURRENCE' || ruleType === 'PER_HOUR') return 'quantity';
  if (ruleType === 'RANGE') return 'points';
  if (ruleType === 'LEVELS') return 'level';
  return 'awarded';
}

/**
 * The form field a backend field error belongs to: `quantity` is the count or the hours, by the rule; another
 * field is the form's own when the form has it.
 */
export function formFieldFor<Field extends string>(
  backendField: string,
  field: ValueField,
  formFields: readonly Field[],
): Field | 'count' | 'hours' | undefined {
  if (backendField === 'quantity') return quantityFieldOf(field);
  return formFields.find((candidate) => candidate === backendField);
}

/** The form fields of the values: cleared when another item (another rule) is chosen. */
export const entryValueFields = ['count', 'hours', 'points', 'level'] as const;
