import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, BranchDomain, OrgType } from '@/lib/api/types';
import { branchDomains, orgQuery, orgTypes } from '@/lib/orgs/orgs';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { memberQuery } from '../api/auditLog';
import { changesOf, exemptionMemberOf, invitationOf, isExemptionEntry, linkEndsOf, orgNameOf, type FieldChange } from './auditFormat';

/** Each changed field of an entry as `field: before → after`. */
export function AuditChanges({ tenantId, entry }: { tenantId: string; entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = changesOf(entry);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="audit-changes">
      {changes.map((change) => (
        <Flex key={change.field} wrap align="center" gap={6}>
          <Typography.Text type="secondary">
            {fieldLabel(change, t)}:
          </Typography.Text>
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

function fieldLabel(change: FieldChange, t: TFunction): string {
  switch (change.entity) {
    case 'exemption':
      return t(`audit.exemptionFields.${change.field}`);
    case 'link':
      return t(`audit.linkFields.${change.field}`);
    case 'invitation':
      return t(`audit.invitationFields.${change.field}`);
    case 'other':
      return t(`audit.fields.${change.field}`);
  }
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
  if (change.entity === 'exemption') {
    switch (change.field) {
      case 'status':
      case 'reason': {
        const group = change.field === 'status' ? 'exemptionStatus' : 'exemptionReason';
        return <>{typeof value === 'string' ? t(`audit.values.${group}.${value}`, { defaultValue: value }) : '—'}</>;
      }
      case 'upperApprovalRequired':
        return <>{t(value === true ? 'audit.yes' : 'audit.no')}</>;
      default:
        return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
    }
  }
  if (change.entity === 'link') {
    if (change.field === 'status') {
      return <>{typeof value === 'string' ? t(`audit.values.linkStatus.${value}`, { defaultValue: value }) : '—'}</>;
    }
    return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
  }
  if (change.entity === 'invitation') {
    if (typeof value !== 'string') return <>{JSON.stringify(value)}</>;
    switch (change.field) {
      case 'orgId':
        return <OrgName tenantId={tenantId} orgId={value} />;
      case 'expiresAt':
      case 'revokedAt':
        return <>{formatShanghaiTime(value)}</>;
      case 'codeHint':
        return <>{value}</>;
    }
  }
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

/** An org as its name; a dash while it loads or when it is out of the caller's reach. */
function OrgName({ tenantId, orgId }: { tenantId: string; orgId: string }) {
  const { data: org } = useQuery({ ...orgQuery(tenantId, orgId), staleTime: 5 * 60 * 1000 });
  return <>{org?.name ?? '—'}</>;
}

/** What an entry is about: the org or member by its name; for an exemption, the member it is for. */
export function EntityName({ tenantId, entry }: { tenantId: string; entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.entityType === 'TENANT_LINK') {
    return (
      <>
        {linkEndsOf(entry) ?? entry.entityId.slice(0, 8)}
        <Typography.Text type="secondary"> · {t('audit.entityTypes.TENANT_LINK')}</Typography.Text>
      </>
    );
  }
  if (entry.entityType === 'LINK_INVITATION') {
    const { orgId, codeHint } = invitationOf(entry);
    return (
      <>
        {orgId === undefined ? entry.entityId.slice(0, 8) : <OrgName tenantId={tenantId} orgId={orgId} />}
        <Typography.Text type="secondary">
          {' · '}
          {t('audit.entityTypes.LINK_INVITATION')}
          {codeHint && ` ····${codeHint}`}
        </Typography.Text>
      </>
    );
  }
  if (!isExemptionEntry(entry)) {
    const name = orgNameOf(entry);
    if (name !== undefined) return <>{name}</>;
    // An entry of the monthly cycle (a period, a declaration, a ledger row): the org it is filed under, never its id.
    return (
      <>
        {entry.orgId ? <OrgName tenantId={tenantId} orgId={entry.orgId} /> : '—'}
        <Typography.Text type="secondary"> · {t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}</Typography.Text>
      </>
    );
  }
  const memberId = exemptionMemberOf(entry);
  return (
    <>
      {memberId === undefined ? entry.entityId.slice(0, 8) : <MemberName tenantId={tenantId} memberId={memberId} />}
      <Typography.Text type="secondary"> · {t('audit.entityTypes.EXEMPTION')}</Typography.Text>
    </>
  );
}

/** A member as their name; their id when they are out of the caller's reach. */
function MemberName({ tenantId, memberId }: { tenantId: string; memberId: string }) {
  const { data: member } = useQuery({ ...memberQuery(tenantId, memberId), staleTime: 5 * 60 * 1000 });
  return <>{member?.name ?? memberId.slice(0, 8)}</>;
}
