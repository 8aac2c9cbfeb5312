import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { BrandMark } from '@/components/Brand';
import { PublicPage } from '@/components/PublicPage';
import { startSignIn } from '@/lib/signIn';
import { useCurrentUser } from '../api/currentUser';

/** Where the user was heading when they were sent here, as recorded by RequireAuth. */
function intendedPath(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from;
  }
  return undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const returnTo = intendedPath(useLocation().state);

  if (user) return <Navigate to={returnTo ?? '/'} replace />;

  return (
    <PublicPage>
      <Flex vertical align="center" gap={8} style={{ textAlign: 'center' }}>
        <BrandMark size={56} />
        <Typography.Title level={2} style={{ margin: '8px 0 0' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 16 }}>
          {t('app.tagline')}
        </Typography.Text>
        <Button
          type="primary"
          size="large"
          block
          style={{ marginTop: 32 }}
          onClick={() => startSignIn(returnTo)}
        >
          {t('auth.signIn')}
        </Button>
        <Typography.Text type="secondary">{t('auth.signInHint')}</Typography.Text>
        <Typography.Text style={{ marginTop: 24 }}>
          {t('auth.noInstitution')} <Link to="/signup">{t('auth.registerInstitution')}</Link>
        </Typography.Text>
      </Flex>
    </PublicPage>
  );
}
