import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgRef } from '@/lib/api/types';
import { CardTitle } from './CardTitle';

export function RootOrgCard({ rootOrg }: { rootOrg: OrgRef }) {
  const { t } = useTranslation();
  return (
    <Card title={<CardTitle icon={<ApartmentOutlined />} text={t('dashboard.rootOrg')} />} data-testid="root-org-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('dashboard.orgName'), children: rootOrg.name },
          {
            key: 'type',
            label: t('dashboard.orgType'),
            children: <Tag color="red">{t(`orgTypes.${rootOrg.type}`)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
