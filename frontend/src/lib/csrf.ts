import type { Middleware } from 'openapi-fetch';

const csrfCookieName = 'XSRF-TOKEN';
export const csrfHeaderName = 'X-XSRF-TOKEN';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith(prefix));
  return cookie === undefined ? undefined : decodeURIComponent(cookie.slice(prefix.length));
}

/**
 * The backend's CSRF token, read from its cookie. The SPA is not served by the backend, so a
 * visitor whose first backend call is a POST (the sign-up form) has no cookie yet: one GET
 * to the backend makes it set one.
 */
export async function csrfToken(): Promise<string | undefined> {
  const token = readCookie(csrfCookieName);
  if (token !== undefined) return token;
  await fetch(new URL('/api/v1/me', window.location.origin), { credentials: 'same-origin' });
  return readCookie(csrfCookieName);
}

/** Sends the CSRF token on every state-changing request. */
export const csrfMiddleware: Middleware = {
  async onRequest({ request }) {
    if (safeMethods.has(request.method)) return request;
    const token = await csrfToken();
    if (token !== undefined) request.headers.set(csrfHeaderName, token);
    return request;
  },
};
