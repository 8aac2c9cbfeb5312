import { UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { useDescribeError } from '@/components/useDescribeError';
import type { OrgNode, RoleHolder } from '@/lib/api/types';
import { useRevokeRole, useRoles } from '../api/roles';
import { AssignRoleModal } from './AssignRoleModal';
import { InvitationLinkModal } from './InvitationLinkModal';

/** The org's posts (职务) and their holders: appoint, remove. */
export function OrgRoles({ tenantId, org }: { tenantId: string; org: OrgNode }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const { data: holders, error, isFetching, refetch } = useRoles(tenantId, org.id);
  const revoke = useRevokeRole(tenantId, org.id);
  const [assigning, setAssigning] = useState(false);
  const [invitation, setInvitation] = useState<{ link: string; email?: string | null }>();

  const confirmRevoke = (holder: RoleHolder) => {
    modal.confirm({
      title: t('orgs.roles.revokeConfirm', { name: holder.name, role: t(`roles.${holder.role}`) }),
      okText: t('orgs.roles.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('orgs.cancel'),
      onOk: () =>
        revoke
          .mutateAsync(holder.assignmentId)
          .then(() => void message.success(t('orgs.roles.revokeDone')))
          // The refusal is shown below the list; the dialog just closes.
          .catch(() => undefined),
    });
  };

  return (
    <section style={{ marginTop: 24 }} data-testid="org-roles">
      <Flex align="center" justify="space-between" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('orgs.roles.title')}
        </Typography.Title>
        <Button icon={<UserAddOutlined />} disabled={org.closed} onClick={() => setAssigning(true)}>
          {t('orgs.roles.assign')}
        </Button>
      </Flex>
      {error && holders === undefined ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <List<RoleHolder>
          size="small"
          bordered
          loading={isFetching && holders === undefined}
          dataSource={holders ?? []}
          rowKey="assignmentId"
          locale={{ emptyText: t('orgs.roles.empty') }}
          renderItem={(holder) => (
            <List.Item
              actions={[
                <Button key="revoke" type="link" danger size="small" onClick={() => confirmRevoke(holder)}>
                  {t('orgs.roles.revoke')}
                </Button>,
              ]}
            >
              <Flex wrap align="center" gap={8} style={{ minWidth: 0 }}>
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {t(`roles.${holder.role}`)}
                </Tag>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{holder.name}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {revoke.isError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => revoke.reset() }}
          style={{ marginTop: 16 }}
          title={t('orgs.roles.revokeFailed')}
          description={describeError(revoke.error)}
        />
      )}
      {assigning && (
        <AssignRoleModal
          tenantId={tenantId}
          org={org}
          onClose={() => setAssigning(false)}
          onAssigned={(holder) => {
            setAssigning(false);
            void message.success(t('orgs.roles.done'));
            if (holder.invitationLink) setInvitation({ link: holder.invitationLink, email: holder.invitationEmail });
          }}
        />
      )}
      {invitation !== undefined && (
        <InvitationLinkModal link={invitation.link} emailedTo={invitation.email} onClose={() => setInvitation(undefined)} />
      )}
    </section>
  );
}
