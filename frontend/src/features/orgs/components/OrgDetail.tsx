import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useDescribeError } from '@/components/useDescribeError';
import type { OrgNode } from '@/lib/api/types';
import { acceptsChildren, hasDomain, orgQuery, orgTypeColors } from '@/lib/orgs/orgs';
import { useCloseOrg } from '../api/orgMutations';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal } from './OrgFormModal';
import { OrgRoles } from './OrgRoles';

type OpenDialog = 'create' | 'edit' | 'move' | null;

interface OrgDetailProps {
  tenantId: string;
  orgId: string;
  onCreated: (child: OrgNode) => void;
}

export function OrgDetail({ tenantId, orgId, onCreated }: OrgDetailProps) {
  const { t } = useTranslation();
  const { data: org, error, refetch } = useQuery(orgQuery(tenantId, orgId));
  if (org === undefined) {
    return <Card>{error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <PageLoading />}</Card>;
  }
  return (
    <Card title={t('orgs.detailTitle')} data-testid="org-detail">
      <OrgDescriptions org={org} />
      <OrgActions tenantId={tenantId} org={org} onCreated={onCreated} />
      <OrgRoles tenantId={tenantId} org={org} />
    </Card>
  );
}

function OrgDescriptions({ org }: { org: OrgNode }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      styles={{ label: { width: 120 } }}
      items={[
        { key: 'name', label: t('orgs.fields.name'), children: org.name },
        {
          key: 'type',
          label: t('orgs.fields.type'),
          children: <Tag color={orgTypeColors[org.type]}>{t(`orgTypes.${org.type}`)}</Tag>,
        },
        { key: 'code', label: t('orgs.fields.code'), children: org.code ?? '—' },
        ...(hasDomain(org.type)
          ? [{ key: 'domain', label: t('orgs.fields.domain'), children: org.domain ? t(`domains.${org.domain}`) : '—' }]
          : []),
        { key: 'sortOrder', label: t('orgs.fields.sortOrder'), children: org.sortOrder },
        { key: 'childCount', label: t('orgs.fields.childCount'), children: org.childCount },
        {
          key: 'status',
          label: t('orgs.fields.status'),
          children: org.closed ? <Tag>{t('orgs.closedTag')}</Tag> : t('orgs.open'),
        },
      ]}
    />
  );
}

function OrgActions({ tenantId, org, onCreated }: { tenantId: string; org: OrgNode; onCreated: (child: OrgNode) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = useCloseOrg(tenantId);
  const closeDialog = () => setDialog(null);
  const isRoot = org.parentId === null || org.parentId === undefined;

  const confirmClose = () => {
    modal.confirm({
      title: t('orgs.close.confirmTitle', { name: org.name }),
      content: t('orgs.close.confirmContent'),
      okText: t('orgs.close.ok'),
      okButtonProps: { danger: true },
      cancelText: t('orgs.cancel'),
      onOk: () =>
        close
          .mutateAsync({ id: org.id, version: org.version })
          .then(() => void message.success(t('orgs.close.done')))
          // The refusal is shown below the actions; the dialog just closes.
          .catch(() => undefined),
    });
  };

  return (
    <>
      <Flex wrap gap={8} style={{ marginTop: 16 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!acceptsChildren(org)}
          onClick={() => setDialog('create')}
        >
          {t('orgs.actions.create')}
        </Button>
        <Button icon={<EditOutlined />} disabled={org.closed} onClick={() => setDialog('edit')}>
          {t('orgs.actions.edit')}
        </Button>
        <Button icon={<DragOutlined />} disabled={org.closed || isRoot} onClick={() => setDialog('move')}>
          {t('orgs.actions.move')}
        </Button>
        <Button danger icon={<DeleteOutlined />} disabled={org.closed || isRoot} onClick={confirmClose}>
          {t('orgs.actions.close')}
        </Button>
      </Flex>
      {close.isError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => close.reset() }}
          style={{ marginTop: 16 }}
          title={t('orgs.close.failed')}
          description={describeError(close.error)}
        />
      )}
      {dialog === 'create' && (
        <OrgFormModal
          tenantId={tenantId}
          target={{ kind: 'create', parent: org }}
          onClose={closeDialog}
          onSaved={(child) => {
            closeDialog();
            void message.success(t('orgs.create.done'));
            onCreated(child);
          }}
        />
      )}
      {dialog === 'edit' && (
        <OrgFormModal
          tenantId={tenantId}
          target={{ kind: 'edit', org }}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            void message.success(t('orgs.edit.done'));
          }}
        />
      )}
      {dialog === 'move' && (
        <MoveOrgModal
          tenantId={tenantId}
          org={org}
          onClose={closeDialog}
          onMoved={() => {
            closeDialog();
            void message.success(t('orgs.move.done'));
          }}
        />
      )}
    </>
  );
}
