import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicPage } from '@/components/PublicPage';
import { OnboardingForm, type CreatedInstitution } from './OnboardingForm';
import { OnboardingSuccess } from './OnboardingSuccess';

export function SignUpPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedInstitution>();

  if (created) {
    return (
      <PublicPage>
        <OnboardingSuccess institution={created} />
      </PublicPage>
    );
  }
  return (
    <PublicPage title={t('onboarding.title')} subtitle={t('onboarding.subtitle')}>
      <OnboardingForm onCreated={setCreated} />
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('onboarding.haveAccount')} <Link to="/signin">{t('onboarding.signInInstead')}</Link>
      </Typography.Paragraph>
    </PublicPage>
  );
}
