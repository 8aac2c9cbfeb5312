import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { NewInstitutionRequest } from '@/lib/api/types';

/** Adds another institution for the signed-in user, who becomes its committee admin; a retry with the key adds it once. */
export function useAddInstitution(idempotencyKey: string) {
  return useMutation({
    mutationFn: (request: NewInstitutionRequest) =>
      unwrap(
        api.POST('/api/v1/institutions', {
          body: request,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
  });
}
