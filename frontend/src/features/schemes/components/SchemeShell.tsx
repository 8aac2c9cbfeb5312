import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '@/lib/tenant/tenantContext';

interface SchemeShellProps {
  /** Where the link above the page leads back to. */
  backTo: string;
  backLabel: string;
  /** The page, in the tenant chosen. */
  children: (tenantId: string) => ReactNode;
}

/** A page below 积分方案: the way back, and the page itself once a tenant is chosen. */
export function SchemeShell({ backTo, backLabel, children }: SchemeShellProps) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <Flex vertical gap={8}>
      <Link to={backTo}>
        <ArrowLeftOutlined /> {backLabel}
      </Link>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        children(tenantId)
      )}
    </Flex>
  );
}
