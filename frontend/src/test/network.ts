import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return jsonResponse(status, { status, ...problem }, 'application/problem+json');
}

/**
 * Replaces the browser's fetch with canned backend answers keyed by `METHOD /path`, and records
 * every request so tests can check what was sent. Unknown routes answer 404.
 */
export function stubBackend(routes: Record<string, Handler>): { requests: Request[] } {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : problemResponse(404, { title: 'Not Found' });
  });
  return { requests };
}
