import { BankOutlined } from '@ant-design/icons';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@/lib/tenant/tenantContext';

/** A picker when the user belongs to several institutions; just the name when to one. */
export function TenantSwitcher() {
  const { t } = useTranslation();
  const { tenants, tenantId, selectTenant } = useTenant();
  const [onlyTenant] = tenants;

  if (tenants.length > 1) {
    return (
      <Select
        aria-label={t('tenant.label')}
        prefix={<BankOutlined />}
        placeholder={t('tenant.placeholder')}
        value={tenantId}
        onChange={selectTenant}
        options={tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
        popupMatchSelectWidth={false}
        style={{ width: '100%', maxWidth: 320, minWidth: 180 }}
      />
    );
  }
  if (onlyTenant === undefined) return null;
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <BankOutlined />
      <Typography.Text strong ellipsis title={onlyTenant.name}>
        {onlyTenant.name}
      </Typography.Text>
    </Flex>
  );
}
