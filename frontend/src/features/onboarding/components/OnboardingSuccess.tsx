import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { startSignIn } from '@/lib/signIn';
import type { CreatedInstitution } from './OnboardingForm';

export function OnboardingSuccess({ institution }: { institution: CreatedInstitution }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('onboarding.success.title')}
      subTitle={t('onboarding.success.subtitle', { ...institution })}
      extra={
        <Button type="primary" size="large" onClick={() => startSignIn('/')}>
          {t('onboarding.success.signIn')}
        </Button>
      }
    />
  );
}
