import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, BranchDomain, OrgType } from '@/lib/api/types';
import { branchDomains, orgQuery, orgTypes } from '@/lib/orgs/orgs';
import { changesOf, type FieldChange } from './auditFormat';

/** Each changed field of an entry as `field: before → after`. */
export function AuditChanges({ tenantId, entry }: { tenantId: string; entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = changesOf(entry);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="audit-changes">
      {changes.map((change) => (
        <Flex key={change.field} wrap align="center" gap={6}>
          <Typography.Text type="secondary">{t(`audit.fields.${change.field}`)}:</Typography.Text>
          <Typography.Text delete={change.before !== null}>
            <ChangeValue tenantId={tenantId} change={change} value={change.before} />
          </Typography.Text>
          <ArrowRightOutlined aria-label="→" />
          <Typography.Text strong>
            <ChangeValue tenantId={tenantId} change={change} value={change.after} />
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

function isOrgType(value: unknown): value is OrgType {
  return orgTypes.some((type) => type === value);
}

function isBranchDomain(value: unknown): value is BranchDomain {
  return branchDomains.some((domain) => domain === value);
}

function ChangeValue({ tenantId, change, value }: { tenantId: string; change: FieldChange; value: unknown }) {
  const { t } = useTranslation();
  if (value === null) return <>—</>;
  switch (change.field) {
    case 'type':
      return <>{isOrgType(value) ? t(`orgTypes.${value}`) : JSON.stringify(value)}</>;
    case 'domain':
      return <>{isBranchDomain(value) ? t(`domains.${value}`) : JSON.stringify(value)}</>;
    case 'closed':
      return <>{t(value === true ? 'audit.closed' : 'audit.open')}</>;
    case 'leaderCadre':
      return <>{t(value === true ? 'audit.yes' : 'audit.no')}</>;
    case 'gender':
    case 'status':
    case 'postType':
    case 'role':
      return <>{typeof value === 'string' ? t(`audit.values.${change.field}.${value}`, { defaultValue: value }) : '—'}</>;
    case 'parentId':
    case 'branchId':
    case 'groupId':
    case 'orgId':
      return typeof value === 'string' ? <OrgName tenantId={tenantId} orgId={value} /> : <>—</>;
    default:
      return <>{typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value)}</>;
  }
}

/** A parent as its name; its id when it is out of the caller's reach. */
function OrgName({ tenantId, orgId }: { tenantId: string; orgId: string }) {
  const { data: org } = useQuery({ ...orgQuery(tenantId, orgId), staleTime: 5 * 60 * 1000 });
  return <>{org?.name ?? orgId.slice(0, 8)}</>;
}
