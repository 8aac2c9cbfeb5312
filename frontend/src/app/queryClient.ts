import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { markSignedOut } from '@/features/auth/api/currentUser';
import { ApiError, isUnauthorized } from '@/lib/api/problem';

/** Client errors will not change on a retry; server and network errors may. */
function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && !(error instanceof ApiError && error.status < 500);
}

export function createQueryClient(): QueryClient {
  // Any 401 means the session is gone, wherever it surfaces.
  const signOutOnUnauthorized = (error: unknown) => {
    if (isUnauthorized(error)) markSignedOut(queryClient);
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signOutOnUnauthorized }),
    mutationCache: new MutationCache({ onError: signOutOnUnauthorized }),
    defaultOptions: { queries: { retry: retryUnlessClientError } },
  });
  return queryClient;
}
