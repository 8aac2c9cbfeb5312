import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@/lib/tenant/tenantContext';
import { OrgWorkspace } from './OrgWorkspace';

export function OrgsPage() {
  const { t } = useTranslation();
  const { tenantId, roles } = useTenant();
  // Importing (like any change to the tree) needs a 党委管理员 above the parent; others are not offered it.
  const administers = roles.some((assignment) => assignment.role === 'COMMITTEE_ADMIN');
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('orgs.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        // A fresh tree per tenant: nothing opened or selected in one tenant carries over to another.
        <OrgWorkspace key={tenantId} tenantId={tenantId} canImport={administers} />
      )}
    </>
  );
}
