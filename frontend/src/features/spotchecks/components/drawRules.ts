import type { DrawSpotCheckRequest } from '@/lib/api/types';

/** A sample is sized by a number of entries or by a share of them, never both. */
export type SampleBy = 'count' | 'percent';

export interface DrawValues {
  orgId?: string;
  /** YYYY-MM */
  from?: string;
  to?: string;
  by: SampleBy;
  count?: number;
  percent?: number;
  /** Digits of an earlier check's seed, to draw its sample again; empty for a new random one. */
  seed?: string;
}

export type DrawProblem = 'required' | 'order' | 'count' | 'percent' | 'seed';

const longMin = -(2n ** 63n);
const longMax = 2n ** 63n - 1n;

/** Whether the text is a seed the server can take: a whole number within 64 bits. */
export function isSeed(text: string): boolean {
  if (!/^-?\d{1,19}$/.test(text)) return false;
  const value = BigInt(text);
  return value >= longMin && value <= longMax;
}

/** The problems with the values, by form field (empty when they may be sent); the server stays the authority. */
export function drawProblems(values: DrawValues): Partial<Record<keyof DrawValues, DrawProblem>> {
  const problems: Partial<Record<keyof DrawValues, DrawProblem>> = {};
  if (!values.orgId) problems.orgId = 'required';
  if (!values.from) problems.from = 'required';
  if (!values.to) problems.to = 'required';
  else if (values.from && values.to < values.from) problems.to = 'order';
  if (values.by === 'count' && !(values.count !== undefined && values.count !== null && Number.isInteger(values.count) && values.count >= 1))
    problems.count = 'count';
  if (values.by === 'percent' && !(values.percent !== undefined && values.percent !== null && values.percent > 0 && values.percent <= 100))
    problems.percent = 'percent';
  const seed = values.seed?.trim();
  if (seed && !isSeed(seed)) problems.seed = 'seed';
  return problems;
}

/** The request: exactly one of the count and the percent (the one chosen), and the seed only when given. */
export function drawRequest(values: DrawValues): DrawSpotCheckRequest {
  const seed = values.seed?.trim();
  return {
    orgId: values.orgId ?? '',
    from: values.from ?? '',
    to: values.to ?? '',
    ...(values.by === 'count' ? { count: values.count } : { percent: values.percent }),
    ...(seed ? { seed } : {}),
  };
}
