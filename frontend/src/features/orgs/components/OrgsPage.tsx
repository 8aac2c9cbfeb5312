import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@/lib/tenant/tenantContext';
import { OrgWorkspace } from './OrgWorkspace';

export function OrgsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('orgs.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        // A fresh tree per tenant: nothing opened or selected in one tenant carries over to another.
        <OrgWorkspace key={tenantId} tenantId={tenantId} />
      )}
    </>
  );
}
