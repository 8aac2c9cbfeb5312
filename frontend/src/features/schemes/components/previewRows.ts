import type { EntryOrigin } from '@/components/explanation/explanationText';
import type { FieldError } from '@/lib/api/problem';
import type { PreviewEntry, SchemeItem } from '@/lib/api/types';

/** One row of the calculator: an item in one or more months, with what its rule needs. */
export interface EntryRow {
  key: string;
  item?: string;
  months: number[];
  /** Count (PER_OCCURRENCE) or hours (PER_HOUR). */
  quantity?: number | null;
  /** The points decided, for a RANGE item. */
  points?: number | null;
  level?: string;
  /** Names the achievement, for an item in a highest-only group. */
  achievement?: string;
}

export type RowField = 'item' | 'months' | 'quantity' | 'points' | 'level' | 'achievement';
export type RowErrors = Partial<Record<RowField, string[]>>;

let lastKey = 0;
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

/** What a row holds once its item is (re)chosen: the rule's defaults, nothing left from the previous item. */
export function rowForItem(row: EntryRow, item: SchemeItem | undefined): EntryRow {
  const counted = item?.rule.type === 'PER_OCCURRENCE' || item?.rule.type === 'PER_HOUR';
  return { key: row.key, item: item?.code, months: row.months, ...(counted ? { quantity: 1 } : {}) };
}

/** Where each posted entry came from, so that `entries[i]` in an answer finds its row. */
/**
 * The entries to post: each row once per chosen month (months ascending), rows in their order — so the
 * server's `#001`-style labels follow the rows on screen.
 */
export function entriesOf(
  rows: readonly EntryRow[],
  itemOf: (code: string) => SchemeItem | undefined,
): { entries: PreviewEntry[]; origins: EntryOrigin[] } {
  const entries: PreviewEntry[] = [];
  const origins: EntryOrigin[] = [];
  rows.forEach((row, index) => {
    if (row.item === undefined) return;
    const item = itemOf(row.item);
    for (const month of [...new Set(row.months)].sort((a, b) => a - b)) {
      const entry: PreviewEntry = { item: row.item, month };
      switch (item?.rule.type) {
        case 'PER_OCCURRENCE':
        case 'PER_HOUR':
          if (row.quantity != null) entry.quantity = row.quantity;
          break;
        case 'RANGE':
          if (row.points != null) entry.points = row.points;
          break;
        case 'LEVELS':
          if (row.level !== undefined) entry.level = row.level;
          break;
        default:
          break;
      }
      const achievement = row.achievement?.trim();
      if (item?.highestOnlyGroup != null && achievement) entry.achievement = achievement;
      entries.push(entry);
      origins.push({ rowKey: row.key, rowNumber: index + 1, month });
    }
  });
  return { entries, origins };
}

export type MissingField = 'item' | 'months' | 'quantity' | 'points' | 'level';

/** What a row still lacks before it can be scored, checked here so the user hears it at once. */
export function missingFields(row: EntryRow, item: SchemeItem | undefined): MissingField[] {
  if (row.item === undefined || item === undefined) return row.months.length === 0 ? ['item', 'months'] : ['item'];
  const missing: MissingField[] = [];
  if (row.months.length === 0) missing.push('months');
  switch (item.rule.type) {
    case 'PER_OCCURRENCE':
    case 'PER_HOUR':
      if (row.quantity == null) missing.push('quantity');
      break;
    case 'RANGE':
      if (row.points == null) missing.push('points');
      break;
    case 'LEVELS':
      if (row.level === undefined) missing.push('level');
      break;
    default:
      break;
  }
  return missing;
}

const entryField = /^entries\[(\d+)\]\.(item|month|quantity|points|level|achievement)$/;

/**
 * Puts the server's `entries[i].field` errors on the row entry i came from (a row spread over several months
 * may hear the same message more than once: it is kept once); the others are returned as they are.
 */
export function placeEntryErrors(
  errors: readonly FieldError[],
  origins: readonly EntryOrigin[],
): { byRow: Map<string, RowErrors>; others: FieldError[] } {
  const byRow = new Map<string, RowErrors>();
  const others: FieldError[] = [];
  for (const error of errors) {
    const match = entryField.exec(error.field);
    const origin = match ? origins[Number(match[1])] : undefined;
    if (!match || origin === undefined) {
      others.push(error);
      continue;
    }
    const field: RowField = match[2] === 'month' ? 'months' : (match[2] as RowField);
    const rowErrors = byRow.get(origin.rowKey) ?? {};
    const messages = rowErrors[field] ?? [];
    if (!messages.includes(error.message)) rowErrors[field] = [...messages, error.message];
    byRow.set(origin.rowKey, rowErrors);
  }
  return { byRow, others };
}
