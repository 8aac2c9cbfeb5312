// Only an in-app path is kept here: the browser never holds a token.
const returnToStorageKey = 'xianfeng.returnTo';
const authorizationUrl = '/oauth2/authorization/xianfeng';

/** Rejects anything that could leave the app, such as `//evil.example` or `https://…`. */
function isInAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * Hands the browser to the backend, which signs the user in on its own page and comes back to
 * `/` with a session cookie; `returnTo` is where the app continues afterwards.
 */
export function startSignIn(returnTo?: string): void {
  if (returnTo !== undefined && isInAppPath(returnTo)) {
    sessionStorage.setItem(returnToStorageKey, returnTo);
  } else {
    sessionStorage.removeItem(returnToStorageKey);
  }
  window.location.assign(authorizationUrl);
}

/** The path remembered by {@link startSignIn}, at most once. */
export function takeReturnTo(): string | undefined {
  const returnTo = sessionStorage.getItem(returnToStorageKey);
  sessionStorage.removeItem(returnToStorageKey);
  return returnTo !== null && isInAppPath(returnTo) ? returnTo : undefined;
}
