import { BankOutlined } from '@ant-design/icons';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TenantOverview } from '@/lib/api/types';
import { CardTitle } from './CardTitle';

export function TenantCard({ tenant }: { tenant: TenantOverview }) {
  const { t, i18n } = useTranslation();
  const createdAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
    new Date(tenant.createdAt),
  );
  return (
    <Card title={<CardTitle icon={<BankOutlined />} text={t('dashboard.tenant')} />} data-testid="tenant-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('dashboard.tenantName'), children: tenant.name },
          { key: 'createdAt', label: t('dashboard.createdAt'), children: createdAt },
        ]}
      />
    </Card>
  );
}
