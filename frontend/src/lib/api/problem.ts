export interface FieldError {
  field: string;
  /** Already in the request's language. */
  message: string;
}

/** One bad row of a rejected spreadsheet import. */
export interface RowError {
  row: number;
  column: string;
  /** Already in the request's language. */
  message: string;
}

/** RFC 9457 problem details, as every backend error is shaped. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  /** Already in the request's language. */
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** For a rejected import: every bad row. */
  rows?: RowError[];
}

/** A non-2xx answer from the backend, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isProblemDetail(body: unknown): body is ProblemDetail {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The backend's own (already localised) explanation, when it gave one. */
export function problemDetailOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem.detail : undefined;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The error for a failed answer: its problem details, or, for anything that is not problem+json (an HTML
 * error page from a proxy, say), at least its status.
 */
export function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  return new ApiError(status, isProblemDetail(body) ? body : { status, title: statusText });
}

/** Turns an openapi-fetch result into its data, or throws an {@link ApiError}. */
export async function unwrap<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || data === undefined) throw apiErrorOf(response.status, response.statusText, error);
  return data;
}

/** For an answer without a body (204 No Content): resolves when it succeeded, else throws an {@link ApiError}. */
export async function expectNoContent(pending: Promise<FetchResult<unknown>>): Promise<void> {
  const { error, response } = await pending;
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, error);
}
