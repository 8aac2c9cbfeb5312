import { csrfHeaderName, csrfToken } from '@/lib/csrf';
import { currentLanguage } from '@/lib/i18n';
import { apiErrorOf } from './problem';
import type { paths } from './schema';

// openapi-fetch cannot report how much of a request body is sent; XMLHttpRequest can.

type Post<Path extends keyof paths> = paths[Path] extends { post: infer Operation } ? Operation : never;
type MultipartBody<Operation> = Operation extends { requestBody?: { content: { 'multipart/form-data': infer Body } } }
  ? Body
  : never;

/** The endpoints that take a multipart POST. */
export type MultipartPath = {
  [Path in keyof paths]: [MultipartBody<Post<Path>>] extends [never] ? never : Path;
}[keyof paths];

/** A query the endpoint requires is required here too. */
type QueryOption<Path extends MultipartPath> =
  Post<Path> extends { parameters: { query: infer Query } }
    ? { query: Query }
    : Post<Path> extends { parameters: { query?: infer Query } }
      ? { query?: Query }
      : { query?: never };
/** A path parameter the endpoint declares (`{orgId}`) is required here too. */
type PathOption<Path extends MultipartPath> =
  Post<Path> extends { parameters: { path: infer Params } }
    ? [Params] extends [never]
      ? { path?: never }
      : { path: Params }
    : { path?: never };
type ResultOf<Path extends MultipartPath> = Post<Path> extends {
  responses: { 200: { content: { 'application/json': infer Result } } };
}
  ? Result
  : Post<Path> extends { responses: { 201: { content: { 'application/json': infer Created } } } }
    ? Created
    : never;

export interface UploadProgress {
  /** Bytes of the request body sent so far. */
  loaded: number;
  /** Bytes to send; 0 while the browser does not know. */
  total: number;
  /** The whole body is sent: only the server's answer is awaited. */
  sent: boolean;
}

export type UploadOptions<Path extends MultipartPath> = {
  /** The form fields the endpoint declares, a file for each binary one. */
  form: Record<keyof MultipartBody<Post<Path>>, Blob | string>;
  headers?: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
} & QueryOption<Path> &
  PathOption<Path>;

function urlOf(path: string, params: unknown, query: unknown): string {
  const values: Record<string, unknown> = typeof params === 'object' && params !== null ? { ...params } : {};
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
  const url = new URL(filled, window.location.origin);
  for (const [name, value] of Object.entries(typeof query === 'object' && query !== null ? query : {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      url.searchParams.set(name, String(value));
    }
  }
  return url.toString();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends a multipart form as the typed client would (same origin with its cookies, the language, the CSRF
 * token), reporting how much of it has gone. Resolves with the parsed JSON answer; a non-2xx answer
 * rejects with the same {@link ApiError} the client's calls throw, a network failure with a TypeError.
 */
export async function uploadWithProgress<Path extends MultipartPath>(
  path: Path,
  options: UploadOptions<Path>,
): Promise<ResultOf<Path>> {
  const { form, headers = {}, onProgress, signal } = options;
  const body = new FormData();
  for (const [name, value] of Object.entries<Blob | string>(form)) body.append(name, value);
  const token = await csrfToken();
  signal?.throwIfAborted();

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', urlOf(path, options.path, options.query));
    // Same origin, so the session cookie rides along (credentials 'same-origin', as the client sends).
    xhr.withCredentials = false;
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (token !== undefined) xhr.setRequestHeader(csrfHeaderName, token);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    // The browser sets the multipart Content-Type with its boundary itself.

    let total = 0;
    // Upload listeners must be in place before send(), or the browser never reports upload progress.
    xhr.upload.addEventListener('progress', (event) => {
      total = event.lengthComputable ? event.total : 0;
      onProgress?.({ loaded: event.loaded, total, sent: false });
    });
    xhr.upload.addEventListener('load', () => onProgress?.({ loaded: total, total, sent: true }));
    xhr.addEventListener('load', () => {
      const answer = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && answer !== undefined) resolve(answer as ResultOf<Path>);
      else reject(apiErrorOf(xhr.status, xhr.statusText, answer));
    });
    xhr.addEventListener('error', () => reject(new TypeError('Network request failed')));
    xhr.addEventListener('abort', () =>
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError')),
    );
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
