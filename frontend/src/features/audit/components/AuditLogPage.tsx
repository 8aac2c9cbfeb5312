import { Flex, Result, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgFilter } from '@/components/OrgFilter';
import { PagedListCard } from '@/components/PagedListCard';
import type { AuditEntry } from '@/lib/api/types';
import { useTenant } from '@/lib/tenant/tenantContext';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useAuditLog } from '../api/auditLog';
import { AuditChanges, EntityName } from './AuditChanges';

const pageSize = 20;
const actionColors: Record<string, string> = {
  ORG_CREATED: 'green',
  ORG_UPDATED: 'blue',
  ORG_MOVED: 'purple',
  ORG_CLOSED: 'default',
  MEMBER_CREATED: 'green',
  MEMBER_UPDATED: 'blue',
  MEMBER_TRANSFERRED: 'purple',
  ROLE_ASSIGNED: 'gold',
  ROLE_REVOKED: 'default',
  EXEMPTION_APPLIED: 'cyan',
  EXEMPTION_COMMITTEE_REVIEW: 'cyan',
  EXEMPTION_MEETING_APPROVAL: 'cyan',
  EXEMPTION_PUBLICITY_OPENED: 'cyan',
  EXEMPTION_PUBLICITY_CLOSED: 'cyan',
  EXEMPTION_UPPER_APPROVAL: 'cyan',
  EXEMPTION_WITHDRAWN: 'default',
  EXEMPTION_ENDED: 'default',
  LINK_REQUESTED: 'geekblue',
  LINK_ACCEPTED: 'green',
  LINK_DECLINED: 'red',
  LINK_CANCELLED: 'default',
  LINK_UNLINKED: 'default',
  LINK_INVITATION_ISSUED: 'geekblue',
  LINK_INVITATION_REVOKED: 'default',
  SCHEME_CREATED: 'blue',
  SCHEME_DRAFT_SAVED: 'blue',
  SCHEME_PUBLISHED: 'green',
  DECLARATION_CREATED: 'cyan',
  DECLARATION_UPDATED: 'cyan',
  DECLARATION_SUBMITTED: 'cyan',
  DECLARATION_APPROVED: 'green',
  DECLARATION_ADJUSTED: 'orange',
  DECLARATION_REJECTED: 'red',
  DECLARATION_RETURNED: 'orange',
  LEDGER_ENTRY_RECORDED: 'gold',
  LEDGER_ENTRY_CORRECTED: 'orange',
  ENTRY_FLAG_RAISED: 'red',
  ENTRY_FLAG_RESOLVED: 'green',
  ACTIVITY_SCHEDULED: 'purple',
  ACTIVITY_ATTENDANCE_MARKED: 'purple',
  ACTIVITY_FINALISED: 'purple',
  ACTIVITY_ATTENDANCE_CORRECTED: 'orange',
  PERIOD_APPROVED: 'green',
  PERIOD_PUBLICITY_OPENED: 'cyan',
  PERIOD_PUBLICITY_CLOSED: 'cyan',
  PERIOD_FINALISED: 'green',
  PERIOD_REOPEN_REQUESTED: 'orange',
  PERIOD_REOPENED: 'orange',
  PERIOD_REOPEN_DECLINED: 'default',
  OBJECTION_RAISED: 'red',
  OBJECTION_UPHELD: 'orange',
  OBJECTION_DISMISSED: 'default',
  FILING_FILED: 'blue',
  FILING_ACCEPTED: 'green',
  FILING_RETURNED: 'orange',
};
const knownActions = [
  'ORG_CREATED', 'ORG_UPDATED', 'ORG_MOVED', 'ORG_CLOSED',
  'MEMBER_CREATED', 'MEMBER_UPDATED', 'MEMBER_TRANSFERRED', 'ROLE_ASSIGNED', 'ROLE_REVOKED',
  'EXEMPTION_APPLIED', 'EXEMPTION_COMMITTEE_REVIEW', 'EXEMPTION_MEETING_APPROVAL', 'EXEMPTION_PUBLICITY_OPENED',
  'EXEMPTION_PUBLICITY_CLOSED', 'EXEMPTION_UPPER_APPROVAL', 'EXEMPTION_WITHDRAWN', 'EXEMPTION_ENDED',
  'LINK_REQUESTED', 'LINK_ACCEPTED', 'LINK_DECLINED', 'LINK_CANCELLED', 'LINK_UNLINKED',
  'LINK_INVITATION_ISSUED', 'LINK_INVITATION_REVOKED',
  'SCHEME_CREATED', 'SCHEME_DRAFT_SAVED', 'SCHEME_PUBLISHED', 'DECLARATION_CREATED', 'DECLARATION_UPDATED',
  'DECLARATION_SUBMITTED', 'DECLARATION_APPROVED', 'DECLARATION_ADJUSTED', 'DECLARATION_REJECTED',
  'DECLARATION_RETURNED', 'LEDGER_ENTRY_RECORDED', 'LEDGER_ENTRY_CORRECTED', 'ENTRY_FLAG_RAISED',
  'ENTRY_FLAG_RESOLVED', 'ACTIVITY_SCHEDULED', 'ACTIVITY_ATTENDANCE_MARKED', 'ACTIVITY_FINALISED',
  'ACTIVITY_ATTENDANCE_CORRECTED', 'PERIOD_APPROVED', 'PERIOD_PUBLICITY_OPENED', 'PERIOD_PUBLICITY_CLOSED',
  'PERIOD_FINALISED', 'PERIOD_REOPEN_REQUESTED', 'PERIOD_REOPENED', 'PERIOD_REOPEN_DECLINED', 'OBJECTION_RAISED',
  'OBJECTION_UPHELD', 'OBJECTION_DISMISSED', 'FILING_FILED', 'FILING_ACCEPTED', 'FILING_RETURNED',
] as const;
type KnownAction = (typeof knownActions)[number];

function isKnownAction(action: string): action is KnownAction {
  return knownActions.some((known) => known === action);
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <AuditLog key={tenantId} tenantId={tenantId} />
      )}
    </>
  );
}

function ActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={actionColors[action] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {isKnownAction(action) ? t(`audit.actions.${action}`) : action}
    </Tag>
  );
}

function AuditLog({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState<string>();
  const [page, setPage] = useState(1);
  const auditLog = useAuditLog(tenantId, { orgId, page: page - 1, size: pageSize });

  const actorOf = (entry: AuditEntry) => entry.actorName ?? t('audit.system');

  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'time',
      title: t('audit.columns.time'),
      render: (_, entry) => formatShanghaiTime(entry.occurredAt),
      width: 160,
    },
    { key: 'actor', title: t('audit.columns.actor'), render: (_, entry) => actorOf(entry), width: 140 },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, entry) => <ActionTag action={entry.action} />,
      width: 120,
    },
    { key: 'org', title: t('audit.columns.org'), render: (_, entry) => <EntityName tenantId={tenantId} entry={entry} /> },
  ];

  return (
    <PagedListCard<AuditEntry>
      testId="audit"
      query={auditLog}
      page={page}
      pageSize={pageSize}
      onPageChange={setPage}
      totalText={(total) => t('audit.total', { total })}
      emptyText={t('audit.empty')}
      columns={columns}
      table={{ expandable: { expandedRowRender: (entry) => <AuditChanges tenantId={tenantId} entry={entry} /> } }}
      filters={
        <>
          <Typography.Text>{t('audit.filter')}</Typography.Text>
          <OrgFilter
            tenantId={tenantId}
            label={t('audit.filter')}
            placeholder={t('audit.allOrgs')}
            value={orgId}
            onChange={(chosen) => {
              setOrgId(chosen);
              setPage(1);
            }}
          />
        </>
      }
      phoneItem={(entry) => (
        <>
          <Flex wrap align="center" gap={8}>
            <ActionTag action={entry.action} />
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              <EntityName tenantId={tenantId} entry={entry} />
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            {formatShanghaiTime(entry.occurredAt)} · {actorOf(entry)}
          </Typography.Text>
          <AuditChanges tenantId={tenantId} entry={entry} />
        </>
      )}
    />
  );
}
