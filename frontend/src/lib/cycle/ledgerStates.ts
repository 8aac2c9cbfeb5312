import type { LedgerRow } from '@/lib/api/types';

/**
 * Where a row stands in the append-only ledger: it counts; a later row corrected it (new values) or voided it;
 * it is itself a voiding (it counts for nothing, its reason says why); or it does not count otherwise.
 */
export type LedgerState = 'counting' | 'corrected' | 'voided' | 'voiding' | 'notCounting';

/** Each row's state, by row id: a row is corrected or voided by the row that replaces it. */
export function ledgerStates(rows: readonly LedgerRow[]): Map<string, LedgerState> {
  const replacedBy = new Map(rows.filter((row) => row.replacesId).map((row) => [row.replacesId, row]));
  return new Map(
    rows.map((row) => {
      const replacement = replacedBy.get(row.id);
      const state: LedgerState = replacement
        ? replacement.voided
          ? 'voided'
          : 'corrected'
        : row.voided
          ? 'voiding'
          : row.counting
            ? 'counting'
            : 'notCounting';
      return [row.id, state];
    }),
  );
}

/** Whether a row may be corrected: only the latest row of its line, and not a voiding. */
export function isCorrectable(state: LedgerState | undefined): boolean {
  return state === 'counting';
}

/** Newest first, as the ledger is read. */
export function newestFirst(rows: readonly LedgerRow[]): LedgerRow[] {
  return [...rows].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}

/** Tag colours of the states. */
export const ledgerStateColors: Record<LedgerState, string> = {
  counting: 'green',
  corrected: 'orange',
  voided: 'red',
  voiding: 'red',
  notCounting: 'default',
};
