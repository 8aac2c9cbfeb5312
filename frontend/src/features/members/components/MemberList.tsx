import { EditOutlined, PlusOutlined, SwapOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Input, Select, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgFilter } from '@/components/OrgFilter';
import { PagedListCard } from '@/components/PagedListCard';
import type { Member, MemberStatus } from '@/lib/api/types';
import { memberSearchQuery, memberStatuses } from '@/lib/members/members';
import { ImportWizard } from './ImportWizard';
import { MemberDrawer } from './MemberDrawer';
import { MemberFormModal } from './MemberFormModal';
import { LeaderCadreTag, StatusTag } from './memberFormat';
import { placeOf } from './memberText';
import { TransferModal } from './TransferModal';

const pageSize = 20;

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'edit' | 'transfer' | 'detail'; member: Member }
  | null;

export function MemberList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<string>();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MemberStatus>();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const members = useQuery(
    memberSearchQuery(tenantId, { orgId, q: q.trim(), status, page: page - 1, size: pageSize }),
  );
  const closeDialog = () => setDialog(null);

  const nameLink = (member: Member) => (
    <Typography.Link strong onClick={() => setDialog({ kind: 'detail', member })} style={{ overflowWrap: 'anywhere' }}>
      {member.name}
    </Typography.Link>
  );

  const actions = (member: Member) => [
    <Button key="edit" size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', member })}>
      {t('members.actions.edit')}
    </Button>,
    <Button key="transfer" size="small" icon={<SwapOutlined />} onClick={() => setDialog({ kind: 'transfer', member })}>
      {t('members.actions.transfer')}
    </Button>,
  ];

  const columns: TableColumnsType<Member> = [
    {
      key: 'name',
      title: t('members.columns.name'),
      render: (_, member) => (
        <Flex wrap align="center" gap={6}>
          {nameLink(member)}
          {member.leaderCadre && <LeaderCadreTag />}
        </Flex>
      ),
    },
    { key: 'status', title: t('members.columns.status'), render: (_, member) => <StatusTag status={member.status} />, width: 130 },
    { key: 'postType', title: t('members.columns.postType'), render: (_, member) => t(`postTypes.${member.postType}`), width: 100 },
    { key: 'place', title: t('members.columns.place'), render: (_, member) => placeOf(member) },
    { key: 'mobile', title: t('members.columns.mobile'), render: (_, member) => member.mobile ?? '—', width: 130 },
    {
      key: 'actions',
      title: t('members.columns.actions'),
      render: (_, member) => <Flex gap={8}>{actions(member)}</Flex>,
      width: 190,
    },
  ];

  return (
    <>
      <PagedListCard<Member>
        testId="member"
        query={members}
        page={page}
        pageSize={pageSize}
        onPageChange={setPage}
        totalText={(total) => t('members.total', { total })}
        emptyText={t('members.empty')}
        columns={columns}
        filters={
          <>
            <OrgFilter
              tenantId={tenantId}
              label={t('members.filters.org')}
              placeholder={t('members.filters.allOrgs')}
              value={orgId}
              onChange={(chosen) => {
                setOrgId(chosen);
                setPage(1);
              }}
            />
            <Input.Search
              allowClear
              aria-label={t('members.filters.search')}
              placeholder={t('members.filters.search')}
              style={{ flex: '1 1 180px', maxWidth: 260, minWidth: 0 }}
              onSearch={(value) => {
                setQ(value);
                setPage(1);
              }}
            />
            <Select<MemberStatus>
              allowClear
              aria-label={t('members.filters.status')}
              placeholder={t('members.filters.allStatuses')}
              value={status}
              onChange={(value?: MemberStatus) => {
                setStatus(value);
                setPage(1);
              }}
              options={memberStatuses.map((value) => ({ value, label: t(`memberStatuses.${value}`) }))}
              style={{ flex: '1 1 140px', maxWidth: 180, minWidth: 0 }}
            />
            <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
                {t('members.actions.add')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
                {t('members.actions.import')}
              </Button>
            </Flex>
          </>
        }
        phoneItem={(member) => (
          <>
            <Flex wrap align="center" gap={8}>
              {nameLink(member)}
              <StatusTag status={member.status} />
              {member.leaderCadre && <LeaderCadreTag />}
            </Flex>
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {placeOf(member)} · {t(`postTypes.${member.postType}`)}
              {member.mobile && ` · ${member.mobile}`}
            </Typography.Text>
            <Flex gap={8}>{actions(member)}</Flex>
          </>
        )}
      />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <MemberFormModal
          tenantId={tenantId}
          target={dialog.kind === 'add' ? { kind: 'add' } : { kind: 'edit', member: dialog.member }}
          onClose={closeDialog}
          onSaved={() => {
            void message.success(dialog.kind === 'add' ? t('members.add.done') : t('members.edit.done'));
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'transfer' && (
        <TransferModal
          tenantId={tenantId}
          member={dialog.member}
          onClose={closeDialog}
          onTransferred={() => {
            void message.success(t('members.transfer.done'));
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'detail' && <MemberDrawer tenantId={tenantId} member={dialog.member} onClose={closeDialog} />}
      {dialog?.kind === 'import' && <ImportWizard tenantId={tenantId} onClose={closeDialog} />}
    </>
  );
}
