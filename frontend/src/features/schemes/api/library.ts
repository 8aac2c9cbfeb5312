import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, expectNoContent, unwrap } from '@/lib/api/problem';
import type {
  CreateSchemeRequest,
  OrgSchemes,
  SchemeChange,
  SchemeDocument,
  SchemeRecord,
  SchemeVersion,
} from '@/lib/api/types';
import { uploadWithProgress } from '@/lib/api/upload';
import { saveFile } from '@/lib/download';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Everything cached about the tenant's own schemes (not the presets), for invalidation after a change. */
function libraryQueryKey(tenantId: string) {
  return ['tenants', tenantId, 'schemes'] as const;
}

function schemeQueryKey(tenantId: string, id: string) {
  return [...libraryQueryKey(tenantId), 'scheme', id] as const;
}

/** An org's own schemes for a year, and the published scheme that applies to it (its own or inherited). */
export function useOrgSchemes(tenantId: string, orgId: string | undefined, year: number | null) {
  return useQuery({
    queryKey: [...libraryQueryKey(tenantId), 'org', orgId, year],
    queryFn: async (): Promise<OrgSchemes> => {
      const answer = await unwrap(
        api.GET('/api/v1/orgs/{orgId}/schemes', {
          params: { path: { orgId: orgId ?? '' }, query: year === null ? {} : { year } },
          headers: tenantHeaders(tenantId),
        }),
      );
      // The OpenAPI file does not say it, but `applying` is null when nothing is published here or above.
      return { own: answer.own, applying: answer.applying ?? null };
    },
    enabled: orgId !== undefined,
  });
}

/** One scheme with its versions and its lock. */
export function useScheme(tenantId: string, id: string) {
  return useQuery({
    queryKey: schemeQueryKey(tenantId, id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/schemes/{id}', { params: { path: { id } }, headers: tenantHeaders(tenantId) })),
  });
}

/** One version with its document; `number` undefined waits (the scheme is still loading). */
export function useSchemeVersion(tenantId: string, id: string, number: number | undefined) {
  return useQuery({
    queryKey: [...schemeQueryKey(tenantId, id), 'version', number],
    queryFn: (): Promise<SchemeVersion> =>
      unwrap(
        api.GET('/api/v1/schemes/{id}/versions/{number}', {
          params: { path: { id, number: number ?? 0 } },
          headers: tenantHeaders(tenantId),
        }),
      ),
    enabled: number !== undefined,
  });
}

/** What changed from one version to another (of one scheme, or a parent's and a derived one's). */
export function useSchemeDiff(tenantId: string, fromVersionId: string | undefined, toVersionId: string | undefined) {
  return useQuery({
    queryKey: [...libraryQueryKey(tenantId), 'diff', fromVersionId, toVersionId],
    queryFn: async (): Promise<SchemeChange[]> =>
      unwrap(
        api.GET('/api/v1/schemes/diff', {
          params: { query: { fromVersionId: fromVersionId ?? '', toVersionId: toVersionId ?? '' } },
          headers: tenantHeaders(tenantId),
        }),
      ),
    enabled: fromVersionId !== undefined && toVersionId !== undefined,
  });
}

/**
 * After a change the scheme's answer replaces the cached one, and the lists, the versions (a draft saved
 * anew) and the diffs are stale. After a conflict (409) the scheme is refetched, so a retry takes the new lock.
 */
function useSchemeChange<Variables>(tenantId: string, mutationFn: (variables: Variables) => Promise<SchemeRecord>) {
  const queryClient = useQueryClient();
  const stale = (except?: string) =>
    queryClient.invalidateQueries({
      queryKey: libraryQueryKey(tenantId),
      predicate: (query) => except === undefined || query.queryKey.join('/') !== schemeQueryKey(tenantId, except).join('/'),
    });
  return useMutation({
    mutationFn,
    onSuccess: (scheme) => {
      queryClient.setQueryData(schemeQueryKey(tenantId, scheme.id), scheme);
      return stale(scheme.id);
    },
    onError: (error) => (error instanceof ApiError && error.status === 409 ? stale() : undefined),
  });
}

/** A new scheme of an org for a year, from a preset, a document, or a parent's published version. */
export function useCreateScheme(tenantId: string) {
  return useSchemeChange(tenantId, ({ orgId, body }: { orgId: string; body: CreateSchemeRequest }) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/schemes', {
        params: { path: { orgId } },
        body,
        headers: tenantHeaders(tenantId),
      }),
    ),
  );
}

/** A new scheme from an exported JSON document; admins only. */
export function useImportScheme(tenantId: string) {
  return useSchemeChange(tenantId, ({ orgId, year, file }: { orgId: string; year: number; file: File }) =>
    uploadWithProgress('/api/v1/orgs/{orgId}/schemes/import', {
      path: { orgId },
      form: { file },
      query: { year },
      headers: tenantHeaders(tenantId),
    }),
  );
}

/** Saves the draft (a new draft version when the latest is published); a stale lock answers 409. */
export function useSaveDraft(tenantId: string, id: string) {
  return useSchemeChange(tenantId, ({ lock, document }: { lock: number; document: SchemeDocument }) =>
    unwrap(
      api.PUT('/api/v1/schemes/{id}/draft', {
        params: { path: { id } },
        body: { lock, document },
        headers: tenantHeaders(tenantId),
      }),
    ),
  );
}

/** Publishes the draft; the previously published version retires. */
export function usePublishVersion(tenantId: string, id: string) {
  return useSchemeChange(tenantId, ({ number, lock }: { number: number; lock: number }) =>
    unwrap(
      api.POST('/api/v1/schemes/{id}/versions/{number}/publish', {
        params: { path: { id, number } },
        body: { lock },
        headers: tenantHeaders(tenantId),
      }),
    ),
  );
}

/**
 * Checks a document as the scheme's draft, without saving it: resolves when it could be saved, throws its problems
 * (400) otherwise — a derived scheme's frame included.
 */
export function useValidateScheme(tenantId: string, id: string) {
  return useMutation({
    mutationFn: async (document: SchemeDocument) => {
      await expectNoContent(
        api.POST('/api/v1/schemes/{id}/validate', { params: { path: { id } }, body: document, headers: tenantHeaders(tenantId) }),
      );
    },
  });
}

export type SchemeDownload = 'json' | 'xlsx' | 'pdf';

/** Saves one version as its JSON document or as the reference table 党员量化积分制考核参考标准. */
export async function downloadVersion(
  tenantId: string,
  id: string,
  number: number,
  format: SchemeDownload,
  fileName: string,
) {
  const init = { params: { path: { id, number } }, headers: tenantHeaders(tenantId), parseAs: 'blob' as const };
  const blob = await unwrap(
    format === 'json'
      ? api.GET('/api/v1/schemes/{id}/versions/{number}/export', init)
      : format === 'xlsx'
        ? api.GET('/api/v1/schemes/{id}/versions/{number}/reference.xlsx', init)
        : api.GET('/api/v1/schemes/{id}/versions/{number}/reference.pdf', init),
  );
  saveFile(blob, fileName);
}
