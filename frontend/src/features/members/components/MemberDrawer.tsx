import { Descriptions, Drawer, Empty, Grid, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import type { Member, Transfer } from '@/lib/api/types';
import { useTransfers } from '../api/members';
import { LeaderCadreTag, StatusTag } from './memberFormat';
import { placeOf } from './memberText';

interface MemberDrawerProps {
  tenantId: string;
  member: Member;
  onClose: () => void;
}

function fromOf(transfer: Transfer) {
  return placeOf({ branchName: transfer.fromBranchName, groupName: transfer.fromGroupName });
}

function toOf(transfer: Transfer) {
  return placeOf({ branchName: transfer.toBranchName, groupName: transfer.toGroupName });
}

/** A member's details and the history of their organisational relation. */
export function MemberDrawer({ tenantId, member, onClose }: MemberDrawerProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const { data: transfers, error, refetch } = useTransfers(tenantId, member.id);
  const label = (field: 'name' | 'gender' | 'status' | 'postType' | 'joinedOn' | 'branch' | 'mobile' | 'email') =>
    t(`members.fields.${field}`);

  return (
    <Drawer open title={t('members.detail.title')} onClose={onClose} size={isPhone ? '100%' : 480} data-testid="member-drawer">
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'name', label: label('name'), children: member.name },
          { key: 'gender', label: label('gender'), children: member.gender ? t(`genders.${member.gender}`) : '—' },
          {
            key: 'status',
            label: label('status'),
            children: (
              <>
                <StatusTag status={member.status} /> {member.leaderCadre && <LeaderCadreTag />}
              </>
            ),
          },
          { key: 'postType', label: label('postType'), children: t(`postTypes.${member.postType}`) },
          { key: 'joinedOn', label: label('joinedOn'), children: member.joinedOn ?? '—' },
          { key: 'branch', label: label('branch'), children: placeOf(member) },
          { key: 'mobile', label: label('mobile'), children: member.mobile ?? '—' },
          {
            key: 'email',
            label: label('email'),
            children: <span style={{ overflowWrap: 'anywhere' }}>{member.email ?? '—'}</span>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('members.detail.history')}
      </Typography.Title>
      {transfers === undefined ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Skeleton active />
        )
      ) : transfers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.detail.noTransfers')} />
      ) : (
        <Timeline
          items={transfers.map((transfer, index) => ({
            key: index,
            children: (
              <>
                <Typography.Text>
                  {t('members.detail.transferLine', { date: transfer.transferredOn, from: fromOf(transfer), to: toOf(transfer) })}
                </Typography.Text>
                {transfer.reason && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {transfer.reason}
                  </Typography.Paragraph>
                )}
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
