import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@/lib/tenant/tenantContext';
import { ExemptionList } from './ExemptionList';

/** 不参加积分管理: members exempted from points management, and their applications. */
export function ExemptionsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('exemptions.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <ExemptionList key={tenantId} tenantId={tenantId} />
      )}
    </>
  );
}
