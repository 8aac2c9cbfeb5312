import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useDescribeError } from './useDescribeError';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  return (
    <Result
      status={error instanceof ApiError && error.status === 404 ? '404' : 'error'}
      title={t('errors.title')}
      subTitle={describeError(error)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}
