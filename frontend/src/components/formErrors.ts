import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '@/lib/api/problem';

export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError ? (error.problem.errors ?? []) : [];
}

/**
 * Puts the backend's field errors under the inputs they belong to (a nested field such as
 * `details.mobile` goes to the form field `['details', 'mobile']`), and returns the ones the form has
 * no input for, which still need to reach the user.
 */
export function showFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  formFields: readonly string[],
): FieldError[] {
  const messagesByField = new Map<string, string[]>();
  const unplaced: FieldError[] = [];
  for (const fieldError of fieldErrorsOf(error)) {
    if (formFields.includes(fieldError.field)) {
      messagesByField.set(fieldError.field, [...(messagesByField.get(fieldError.field) ?? []), fieldError.message]);
    } else {
      unplaced.push(fieldError);
    }
  }
  form.setFields([...messagesByField].map(([name, errors]) => ({ name: name.split('.') as never, errors })));
  return unplaced;
}

/**
 * Puts the backend's field errors under the inputs `fieldOf` maps them to (by the form's own rules, say the
 * count or the hours for `quantity`). Returns what still needs saying: the messages that belong to no input, or,
 * when none was placed, the error described; undefined when every message is at its input.
 */
export function placeFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  fieldOf: (backendField: string) => string | undefined,
  describe: (error: unknown) => string,
): string | undefined {
  const unplaced: string[] = [];
  const byField = new Map<string, string[]>();
  for (const fieldError of fieldErrorsOf(error)) {
    const field = fieldOf(fieldError.field);
    if (field === undefined) unplaced.push(fieldError.message);
    else byField.set(field, [...(byField.get(field) ?? []), fieldError.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  if (byField.size > 0 && unplaced.length === 0) return undefined;
  return unplaced.join(' ') || describe(error);
}

/** A form's onValuesChange that clears the problem under each changed input (the rules are checked on sending, not per field). */
export function clearProblemsOnChange<Values>(form: FormInstance<Values>): (changed: Partial<Values>) => void {
  return (changed) => form.setFields(Object.keys(changed as object).map((name) => ({ name: name as never, errors: [] })));
}

/** Shows the problems found before sending, each under its input in words; says whether there were any. */
export function showProblems<Values, Problem extends string>(
  form: FormInstance<Values>,
  problems: Partial<Record<string, Problem>>,
  inWords: (problem: Problem, field: string) => string,
): boolean {
  const found = Object.entries(problems).filter((entry): entry is [string, Problem] => entry[1] !== undefined);
  form.setFields(found.map(([name, problem]) => ({ name: name as never, errors: [inWords(problem, name)] })));
  return found.length > 0;
}
