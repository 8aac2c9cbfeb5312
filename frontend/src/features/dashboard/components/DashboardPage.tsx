import { Button, Col, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useCurrentTenant } from '../api/currentTenant';
import { RolesCard } from './RolesCard';
import { RootOrgCard } from './RootOrgCard';
import { TenantCard } from './TenantCard';

export function DashboardPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      {tenantId === null ? <NoTenant /> : <TenantOverview tenantId={tenantId} />}
    </>
  );
}

function TenantOverview({ tenantId }: { tenantId: string }) {
  const { data: tenant, error, refetch } = useCurrentTenant(tenantId);
  if (tenant === undefined) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <PageLoading />;
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={8}>
        <TenantCard tenant={tenant} />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <RootOrgCard rootOrg={tenant.rootOrg} />
      </Col>
      <Col xs={24} xl={8}>
        <RolesCard roles={tenant.roles} />
      </Col>
    </Row>
  );
}

function NoTenant() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t('dashboard.noTenant.title')}
      subTitle={t('dashboard.noTenant.subtitle')}
      extra={
        <Button type="primary" onClick={() => void navigate('/signup')}>
          {t('auth.registerInstitution')}
        </Button>
      }
    />
  );
}
