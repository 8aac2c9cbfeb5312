import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Grid, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import type { LinkInvitation, OrgNode } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useInvitations, useRevokeInvitation } from '../api/links';
import { IssueInvitationModal } from './IssueInvitationModal';
import { InvitationStatusTag } from './linkFormat';
import { RowList } from './RowList';

/** Codes are issued at committees (党委) only: only they may hold another tenant's root. */
const isCommittee = (org: OrgNode) => org.type === 'COMMITTEE';

interface InvitationsCardProps {
  tenantId: string;
  /** The caller's top nodes: the first committee among them is chosen to begin with. */
  topNodes: readonly OrgNode[] | undefined;
}

/** 邀请码: pick a committee, issue a code there, see and revoke the codes issued. */
export function InvitationsCard({ tenantId, topNodes }: InvitationsCardProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const [chosen, setChosen] = useState<OrgNode | null>();
  const [issuing, setIssuing] = useState(false);
  // Until the user picks (or clears), the first committee they reach.
  const org = chosen === undefined ? topNodes?.find(isCommittee) : (chosen ?? undefined);

  return (
    <Card
      title={t('links.invitations.title')}
      styles={{ body: { padding: isPhone ? 12 : 24 } }}
      data-testid="link-invitations"
    >
      <Typography.Paragraph type="secondary">{t('links.invitations.hint')}</Typography.Paragraph>
      <Flex wrap align="center" gap={8} style={{ marginBottom: 16 }}>
        <div style={{ flex: '1 1 220px', maxWidth: 420, minWidth: 0 }}>
          <OrgTreeSelect
            tenantId={tenantId}
            aria-label={t('links.invitations.org')}
            placeholder={t('links.invitations.orgPlaceholder')}
            value={org?.id}
            valueOrg={org}
            isSelectable={isCommittee}
            isExpandable={isCommittee}
            onChange={(_, picked) => setChosen(picked ?? null)}
          />
        </div>
        <Button type="primary" icon={<PlusOutlined />} disabled={org === undefined} onClick={() => setIssuing(true)}>
          {t('links.invitations.issue')}
        </Button>
      </Flex>
      {org === undefined ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('links.invitations.pickHint')} />
      ) : (
        <InvitationList key={org.id} tenantId={tenantId} orgId={org.id} isPhone={isPhone} />
      )}
      {issuing && org !== undefined && (
        <IssueInvitationModal tenantId={tenantId} org={org} onClose={() => setIssuing(false)} />
      )}
    </Card>
  );
}

/** A code as far as it may still be shown: only its last group, the hint. */
function MaskedCode({ hint }: { hint: string }) {
  return (
    <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
      ••••-••••-{hint}
    </Typography.Text>
  );
}

function InvitationList({ tenantId, orgId, isPhone }: { tenantId: string; orgId: string; isPhone: boolean }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const { data, error, isFetching, refetch } = useInvitations(tenantId, orgId);
  const revoke = useRevokeInvitation(tenantId, orgId);

  const confirmRevoke = (invitation: LinkInvitation) => {
    modal.confirm({
      title: t('links.invitations.revokeTitle', { hint: invitation.codeHint }),
      content: t('links.invitations.revokeContent'),
      okText: t('links.invitations.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('links.back'),
      onOk: () =>
        revoke
          .mutateAsync(invitation.id)
          .then(() => void message.success(t('links.invitations.revokeDone')))
          .catch((failure: unknown) => void message.error(describeError(failure))),
    });
  };

  const revokeButton = (invitation: LinkInvitation) =>
    invitation.status === 'ACTIVE' && (
      <Button size="small" danger icon={<StopOutlined />} onClick={() => confirmRevoke(invitation)}>
        {t('links.invitations.revoke')}
      </Button>
    );

  if (error && data === undefined) return <ErrorState error={error} onRetry={() => void refetch()} />;

  if (isPhone) {
    if (data === undefined) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
    return (
      <RowList<LinkInvitation>
        items={data ?? []}
        rowKey={(invitation) => invitation.id}
        emptyText={t('links.invitations.empty')}
        renderRow={(invitation) => (
          <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
            <Flex wrap align="center" gap={8}>
              <MaskedCode hint={invitation.codeHint} />
              <InvitationStatusTag status={invitation.status} />
              <span style={{ marginInlineStart: 'auto' }}>{revokeButton(invitation)}</span>
            </Flex>
            <Typography.Text type="secondary">
              {t('links.invitations.expiresLine', { date: formatShanghaiTime(invitation.expiresAt) })} ·{' '}
              {t('links.invitations.requestCount', { count: invitation.requests })}
            </Typography.Text>
          </Flex>
        )}
      />
    );
  }

  const columns: TableColumnsType<LinkInvitation> = [
    { key: 'code', title: t('links.invitations.columns.code'), render: (_, invitation) => <MaskedCode hint={invitation.codeHint} /> },
    {
      key: 'status',
      title: t('links.invitations.columns.status'),
      render: (_, invitation) => <InvitationStatusTag status={invitation.status} />,
      width: 100,
    },
    {
      key: 'createdAt',
      title: t('links.invitations.columns.createdAt'),
      render: (_, invitation) => formatShanghaiTime(invitation.createdAt),
      width: 160,
    },
    {
      key: 'expiresAt',
      title: t('links.invitations.columns.expiresAt'),
      render: (_, invitation) => formatShanghaiTime(invitation.expiresAt),
      width: 160,
    },
    { key: 'requests', title: t('links.invitations.columns.requests'), dataIndex: 'requests', width: 100, align: 'right' },
    { key: 'actions', title: t('links.invitations.columns.actions'), render: (_, invitation) => revokeButton(invitation), width: 110 },
  ];

  return (
    <Table<LinkInvitation>
      rowKey="id"
      size="small"
      loading={isFetching && data === undefined}
      columns={columns}
      dataSource={data ?? []}
      locale={{ emptyText: t('links.invitations.empty') }}
      pagination={false}
      data-testid="invitation-table"
    />
  );
}
