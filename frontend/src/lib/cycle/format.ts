import type { TFunction } from 'i18next';
/** Tag colours of a declaration's states. */
export const declarationStatusColors: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  ADJUSTED: 'cyan',
  REJECTED: 'error',
  RETURNED: 'warning',
};

/** Tag colours of a period's states. */
export const periodStatusColors: Record<string, string> = {
  OPEN: 'default',
  APPROVED: 'blue',
  IN_PUBLICITY: 'processing',
  PUBLICITY_CLOSED: 'purple',
  FINALISED: 'success',
  REOPEN_REQUESTED: 'warning',
  REOPENED: 'orange',
};

/** Points as the forms show them: up to two decimals, no trailing zeros, a sign when asked. */
export function formatPoints(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined) return '—';
  const text = String(Math.round(value * 100) / 100);
  return signed && value > 0 ? `+${text}` : text;
}

/** The current month in China, as YYYY-MM. */
export function currentMonthInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
}

/** An entry's count as people say it: "3 小时" for hours, "2 次" for occurrences, nothing for a single act. */
export function quantityText(ruleType: string, quantity: number | null | undefined, t: TFunction): string | null {
  if (quantity === null || quantity === undefined) return null;
  if (ruleType === 'PER_HOUR') return t('declare.hoursValue', { quantity });
  return ruleType === 'PER_OCCURRENCE' ? t('declare.quantity', { quantity }) : null;
}
