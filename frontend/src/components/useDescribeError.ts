import { useTranslation } from 'react-i18next';
import { ApiError, problemDetailOf } from '@/lib/api/problem';

/** One sentence for the user about a failed request, preferring the backend's localised detail. */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) =>
    problemDetailOf(error) ??
    (error instanceof ApiError ? t('errors.http', { status: error.status }) : t('errors.network'));
}
