import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { csrfHeaderName, csrfToken } from '@/lib/csrf';
import { markSignedOut } from './currentUser';

// Spring Security's logout endpoint, outside the OpenAPI document and so outside the typed client.
async function postLogout(): Promise<void> {
  const token = await csrfToken();
  const response = await fetch(new URL('/logout', window.location.origin), {
    method: 'POST',
    credentials: 'same-origin',
    headers: token === undefined ? {} : { [csrfHeaderName]: token },
  });
  if (!response.ok) throw new ApiError(response.status, { status: response.status, title: response.statusText });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: postLogout,
    onSuccess: async () => {
      await navigate('/signin', { replace: true });
      // Nothing of the previous user's data may outlive the session.
      queryClient.removeQueries();
      markSignedOut(queryClient);
    },
  });
}
