import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgFilter } from '@/components/OrgFilter';
import { PagedListCard } from '@/components/PagedListCard';
import type { Exemption, ExemptionStatus } from '@/lib/api/types';
import { useExemptions } from '../api/exemptions';
import { ApplyExemptionModal } from './ApplyExemptionModal';
import { ExemptionDrawer } from './ExemptionDrawer';
import { ExemptionStatusTag, Period } from './exemptionFormat';
import { exemptionStatuses } from './exemptionText';

const pageSize = 20;

type OpenDialog = { kind: 'apply' } | { kind: 'detail'; id: string; exemption?: Exemption } | null;

export function ExemptionList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<string>();
  const [status, setStatus] = useState<ExemptionStatus>();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const exemptions = useExemptions(tenantId, { orgId, status, page: page - 1, size: pageSize });
  const closeDialog = () => setDialog(null);
  const open = (exemption: Exemption) => setDialog({ kind: 'detail', id: exemption.id, exemption });

  const memberLink = (exemption: Exemption) => (
    <Typography.Link
      strong
      onClick={(event) => {
        event.stopPropagation();
        open(exemption);
      }}
      style={{ overflowWrap: 'anywhere' }}
    >
      {exemption.memberName}
    </Typography.Link>
  );

  const columns: TableColumnsType<Exemption> = [
    { key: 'member', title: t('exemptions.columns.member'), render: (_, exemption) => memberLink(exemption), width: 120 },
    { key: 'branch', title: t('exemptions.columns.branch'), render: (_, exemption) => exemption.branchName },
    {
      key: 'reason',
      title: t('exemptions.columns.reason'),
      render: (_, exemption) => t(`exemptions.reasons.${exemption.reason}`),
    },
    { key: 'period', title: t('exemptions.columns.period'), render: (_, exemption) => <Period exemption={exemption} /> },
    {
      key: 'status',
      title: t('exemptions.columns.status'),
      render: (_, exemption) => <ExemptionStatusTag status={exemption.status} />,
      width: 150,
    },
    { key: 'appliedOn', title: t('exemptions.columns.appliedOn'), dataIndex: 'appliedOn', width: 120 },
  ];

  return (
    <>
      <PagedListCard<Exemption>
        testId="exemption"
        query={exemptions}
        page={page}
        pageSize={pageSize}
        onPageChange={setPage}
        totalText={(total) => t('exemptions.total', { total })}
        emptyText={t('exemptions.empty')}
        columns={columns}
        table={{ scroll: { x: 860 } }}
        onOpen={open}
        filters={
          <>
            <OrgFilter
              tenantId={tenantId}
              label={t('exemptions.filters.org')}
              placeholder={t('exemptions.filters.allOrgs')}
              value={orgId}
              onChange={(chosen) => {
                setOrgId(chosen);
                setPage(1);
              }}
            />
            <Select<ExemptionStatus>
              allowClear
              aria-label={t('exemptions.filters.status')}
              placeholder={t('exemptions.filters.allStatuses')}
              value={status}
              onChange={(value?: ExemptionStatus) => {
                setStatus(value);
                setPage(1);
              }}
              options={exemptionStatuses.map((value) => ({ value, label: t(`exemptions.statuses.${value}`) }))}
              style={{ flex: '1 1 160px', maxWidth: 200, minWidth: 0 }}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'apply' })}
              style={{ marginInlineStart: 'auto' }}
            >
              {t('exemptions.new')}
            </Button>
          </>
        }
        phoneItem={(exemption) => (
          <>
            <Flex wrap align="center" gap={8}>
              {memberLink(exemption)}
              <ExemptionStatusTag status={exemption.status} />
            </Flex>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              {t(`exemptions.reasons.${exemption.reason}`)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {exemption.branchName} · <Period exemption={exemption} />
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('exemptions.columns.appliedOn')}：{exemption.appliedOn}
            </Typography.Text>
          </>
        )}
      />
      {dialog?.kind === 'apply' && (
        <ApplyExemptionModal
          tenantId={tenantId}
          onClose={closeDialog}
          onApplied={(detail) => {
            void message.success(t('exemptions.apply.done'));
            setDialog({ kind: 'detail', id: detail.exemption.id, exemption: detail.exemption });
          }}
        />
      )}
      {dialog?.kind === 'detail' && (
        <ExemptionDrawer tenantId={tenantId} id={dialog.id} initial={dialog.exemption} onClose={closeDialog} />
      )}
    </>
  );
}
