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
