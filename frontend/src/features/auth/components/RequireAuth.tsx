import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import type { CurrentUser } from '@/lib/api/types';
import { takeReturnTo } from '@/lib/signIn';
import { useCurrentUser } from '../api/currentUser';

interface RequireAuthProps {
  children: (user: CurrentUser) => ReactNode;
}

/** Renders its children for a signed-in user and sends everyone else to the sign-in route. */
export function RequireAuth({ children }: RequireAuthProps) {
  const { data: user, error, refetch } = useCurrentUser();
  const location = useLocation();
  useResumeAfterSignIn(Boolean(user));

  if (user) return children(user);
  if (user === null) {
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <PageLoading />;
}

/** The backend always lands a fresh sign-in on `/`; continue where the user meant to go. */
function useResumeAfterSignIn(signedIn: boolean) {
  const navigate = useNavigate();
  useEffect(() => {
    if (!signedIn) return;
    const returnTo = takeReturnTo();
    if (returnTo !== undefined) void navigate(returnTo, { replace: true });
  }, [signedIn, navigate]);
}
