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
