import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PreviewRequest } from '@/lib/api/types';
import { tenantHeaders } from '@/lib/orgs/orgs';

// Presets ship with the backend and change only with a release: fetched once per session.
const presetsQueryKey = ['scheme-presets'] as const;

/** The preset schemes a tenant starts from (P1–P6), as a short summary each. */
export function usePresets(tenantId: string) {
  return useQuery({
    queryKey: presetsQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/scheme-presets', { headers: tenantHeaders(tenantId) })),
    staleTime: Infinity,
  });
}

/** One preset as a whole scheme document. */
export function usePreset(tenantId: string, code: string) {
  return useQuery({
    queryKey: [...presetsQueryKey, code],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/scheme-presets/{code}', { params: { path: { code } }, headers: tenantHeaders(tenantId) }),
      ),
    staleTime: Infinity,
  });
}

/** Scores sample entries with a scheme (试算); nothing is stored, so nothing else goes stale. */
export function usePreview(tenantId: string) {
  return useMutation({
    mutationFn: (body: PreviewRequest) =>
      unwrap(api.POST('/api/v1/schemes/preview', { body, headers: tenantHeaders(tenantId) })),
  });
}
