import {
  BranchesOutlined,
  CloudUploadOutlined,
  DiffOutlined,
  DownloadOutlined,
  EditOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import type { SchemeRecord } from '@/lib/api/types';
import { useTenant } from '@/lib/tenant/tenantContext';
import { downloadVersion, usePublishVersion, useScheme, type SchemeDownload } from '../api/library';

/** Two versions to compare: the one before the shown one, or the parent's version a derived scheme refines. */
export interface Comparison {
  kind: 'previous' | 'parent';
  fromVersionId: string;
  toNumber: number;
}

interface SchemeActionsProps {
  tenantId: string;
  scheme: SchemeRecord;
  /** The version shown. */
  number: number;
  onCompare: (comparison: Comparison) => void;
}

const leaders = new Set(['SECRETARY', 'DEPUTY_SECRETARY']);

/** What may be done with the shown version: edit and publish (for those who manage it), compare, download. */
export function SchemeActions({ tenantId, scheme, number, onCompare }: SchemeActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const { roles } = useTenant();
  const publish = usePublishVersion(tenantId, scheme.id);
  const { refetch } = useScheme(tenantId, scheme.id);
  const [conflict, setConflict] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const version = scheme.versions.find((candidate) => candidate.number === number);
  const previous = scheme.versions.find((candidate) => candidate.number === number - 1);
  const latest = scheme.versions.at(-1);
  // What the UI offers; the backend decides. A branch's secretaries manage the branch's derived scheme.
  const manages = roles.some(
    (assignment) =>
      assignment.role === 'COMMITTEE_ADMIN' ||
      (leaders.has(assignment.role) && assignment.org.id === scheme.orgId && scheme.derivedFromVersionId != null),
  );
  const hasDraft = scheme.versions.some((candidate) => candidate.status === 'DRAFT');
  if (version === undefined) return null;

  const confirmPublish = () => {
    modal.confirm({
      title: t('schemes.page.publishConfirm.title', { number }),
      content: t('schemes.page.publishConfirm.content'),
      okText: t('schemes.page.publishConfirm.ok'),
      cancelText: t('schemes.page.publishConfirm.cancel'),
      onOk: () =>
        publish
          .mutateAsync({ number, lock: scheme.lock })
          .then(() => {
            setConflict(false);
            void message.success(t('schemes.page.published', { number }));
          })
          .catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 409) setConflict(true);
            else void message.error(describeError(error));
          }),
    });
  };

  const download = (format: SchemeDownload) => {
    const fileName =
      format === 'json'
        ? `${scheme.code}-v${number}.json`
        : `${t('schemes.page.referenceFile', { name: scheme.name, number })}.${format}`;
    setDownloading(true);
    downloadVersion(tenantId, scheme.id, number, format, fileName)
      .catch((error: unknown) => void message.error(`${t('schemes.page.downloadFailed')}${describeError(error)}`))
      .finally(() => setDownloading(false));
  };

  return (
    <Flex vertical gap={8}>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="scheme-conflict"
          title={t('schemes.page.conflict')}
          action={
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void refetch().then(() => setConflict(false))}
            >
              {t('schemes.page.reload')}
            </Button>
          }
        />
      )}
      <Flex gap={8} wrap>
        {manages && version.status === 'DRAFT' && (
          <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} onClick={confirmPublish}>
            {t('schemes.page.publish')}
          </Button>
        )}
        {manages && (version.status === 'DRAFT' || (!hasDraft && version.number === latest?.number)) && (
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/schemes/${scheme.id}/edit`)}>
            {t(version.status === 'DRAFT' ? 'schemes.page.editDraft' : 'schemes.page.newDraft')}
          </Button>
        )}
        {previous && (
          <Button
            icon={<DiffOutlined />}
            onClick={() => onCompare({ kind: 'previous', fromVersionId: previous.id, toNumber: number })}
          >
            {t('schemes.page.comparePrevious')}
          </Button>
        )}
        {scheme.derivedFromVersionId != null && (
          <Button
            icon={<BranchesOutlined />}
            onClick={() =>
              onCompare({ kind: 'parent', fromVersionId: scheme.derivedFromVersionId ?? '', toNumber: number })
            }
          >
            {t('schemes.page.compareParent')}
          </Button>
        )}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'xlsx', label: t('schemes.page.downloads.xlsx') },
              { key: 'pdf', label: t('schemes.page.downloads.pdf') },
              { key: 'json', label: t('schemes.page.downloads.json') },
            ],
            onClick: ({ key }) => download(key as SchemeDownload),
          }}
        >
          <Button icon={<DownloadOutlined />} loading={downloading}>
            {t('schemes.page.download')}
          </Button>
        </Dropdown>
      </Flex>
    </Flex>
  );
}
