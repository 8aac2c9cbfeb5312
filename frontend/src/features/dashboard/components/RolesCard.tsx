import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '@/lib/api/types';
import { CardTitle } from './CardTitle';

export function RolesCard({ roles }: { roles: RoleAssignment[] }) {
  const { t } = useTranslation();
  return (
    <Card title={<CardTitle icon={<SafetyCertificateOutlined />} text={t('dashboard.roles')} />} data-testid="roles-card">
      {roles.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noRoles')} />
      ) : (
        <Flex vertical gap={12}>
          {roles.map(({ role, org }) => (
            <Flex key={`${role}@${org.id}`} wrap align="center" gap={8}>
              <Tag color={role === 'COMMITTEE_ADMIN' ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
                {t(`roles.${role}`)}
              </Tag>
              <Typography.Text type="secondary">
                {org.name} · {t(`orgTypes.${org.type}`)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
