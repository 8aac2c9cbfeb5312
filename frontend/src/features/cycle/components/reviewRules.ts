import type { Declaration, ReviewDecision, ReviewRequest } from '@/lib/api/types';
import { adjustedField } from '@/lib/cycle/ruleValues';

export interface ReviewValues {
  quantity?: number;
  points?: number;
  level?: string;
  awarded?: number;
  reason?: string;
}

/** The review request: an approval needs nothing else; the others need a reason, an adjustment its new value. */
export function reviewRequest(declaration: Declaration, decision: ReviewDecision, values: ReviewValues): ReviewRequest {
  const request: ReviewRequest = { version: declaration.version, decision };
  if (decision === 'APPROVE') return values.reason ? { ...request, reason: values.reason } : request;
  if (decision === 'ADJUST') {
    const field = adjustedField(declaration.ruleType);
    return { ...request, [field]: values[field], reason: values.reason ?? '' };
  }
  return { ...request, reason: values.reason ?? '' };
}
