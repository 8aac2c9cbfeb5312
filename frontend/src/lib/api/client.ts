import createClient, { type Middleware } from 'openapi-fetch';
import { csrfMiddleware } from '@/lib/csrf';
import { currentLanguage } from '@/lib/i18n';
import type { paths } from './schema';

const acceptLanguageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
};

/** The typed client for the backend; same origin, so the session cookie rides along. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // Resolved on each call rather than captured once, so tests can stub the network boundary.
  fetch: (request) => fetch(request),
});

api.use(acceptLanguageMiddleware, csrfMiddleware);
