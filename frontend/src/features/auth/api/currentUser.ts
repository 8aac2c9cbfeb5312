import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isUnauthorized, unwrap } from '@/lib/api/problem';
import type { CurrentUser } from '@/lib/api/types';

const currentUserQueryKey = ['me'] as const;

/** The signed-in user, or null when the session is missing or expired. */
async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await unwrap(api.GET('/api/v1/me'));
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

const currentUserQuery = queryOptions({
  queryKey: currentUserQueryKey,
  queryFn: fetchCurrentUser,
  staleTime: 5 * 60 * 1000,
});

export function useCurrentUser() {
  return useQuery(currentUserQuery);
}

/** Forgets the user, which sends protected pages to the sign-in route. */
export function markSignedOut(queryClient: QueryClient): void {
  queryClient.setQueryData(currentUserQueryKey, null);
}

/** Reads the user again and waits for it, say after they gained an institution. */
export function refreshCurrentUser(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
}
