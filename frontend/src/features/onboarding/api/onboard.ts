import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OnboardingRequest } from '@/lib/api/types';

/** Signs an institution up; the same `idempotencyKey` on a retry can never create it twice. */
export function useOnboard(idempotencyKey: string) {
  return useMutation({
    mutationFn: (request: OnboardingRequest) =>
      unwrap(
        api.POST('/api/v1/onboarding', {
          body: request,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
  });
}
