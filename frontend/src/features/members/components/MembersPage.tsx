import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@/lib/tenant/tenantContext';
import { MemberList } from './MemberList';

export function MembersPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('members.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <MemberList key={tenantId} tenantId={tenantId} />
      )}
    </>
  );
}
