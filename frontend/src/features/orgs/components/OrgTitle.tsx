import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@/lib/api/types';
import { orgTypeColors } from '@/lib/orgs/orgs';

/** A node as the tree shows it: name, type tag and, when closed, a badge. */
export function OrgTitle({ org }: { org: OrgNode }) {
  const { t } = useTranslation();
  return (
    <span data-testid={`org-${org.id}`} style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
      <Typography.Text delete={org.closed} type={org.closed ? 'secondary' : undefined} style={{ marginInlineEnd: 6 }}>
        {org.name}
      </Typography.Text>
      <Tag color={orgTypeColors[org.type]} style={{ marginInlineEnd: 4 }}>
        {t(`orgTypes.${org.type}`)}
      </Tag>
      {org.closed && <Tag>{t('orgs.closedTag')}</Tag>}
    </span>
  );
}
