import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Result, Spin, Steps, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/components/formErrors';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError, type RowError } from '@/lib/api/problem';
import { downloadImportTemplate, useImportMembers } from '../api/members';

interface ImportWizardProps {
  tenantId: string;
  onClose: () => void;
}

type Step = 'template' | 'file' | 'upload' | 'result';
const steps: readonly Step[] = ['template', 'file', 'upload', 'result'];
const maxFileBytes = 20 * 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function rowsOf(error: unknown): RowError[] {
  return error instanceof ApiError ? (error.problem.rows ?? []) : [];
}

/** Imports members from the spreadsheet template: download it, fill it in, upload it, see every bad row. */
export function ImportWizard({ tenantId, onClose }: ImportWizardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [step, setStep] = useState<Step>('template');
  const [orgId, setOrgId] = useState<string>();
  const [file, setFile] = useState<File>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [downloading, setDownloading] = useState(false);
  const importMembers = useImportMembers(tenantId);

  const download = () => {
    setDownloading(true);
    downloadImportTemplate(tenantId, t('members.import.templateFileName'))
      .catch((error: unknown) => void message.error(`${t('members.import.downloadFailed')}：${describeError(error)}`))
      .finally(() => setDownloading(false));
  };

  const pick = (chosen: File) => {
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      setFileProblem(t('members.import.onlyXlsx'));
      setFile(undefined);
    } else if (chosen.size > maxFileBytes) {
      setFileProblem(t('members.import.tooLarge'));
      setFile(undefined);
    } else {
      setFileProblem(undefined);
      setFile(chosen);
    }
    return false; // kept here until the user starts the import
  };

  const upload = () => {
    if (file === undefined) return;
    setStep('upload');
    importMembers.mutate({ file, orgId }, { onSettled: () => setStep('result') });
  };

  const chooseAgain = () => {
    importMembers.reset();
    setFile(undefined);
    setStep('file');
  };

  const rowColumns: TableColumnsType<RowError> = [
    { key: 'row', title: t('members.import.rows.row'), dataIndex: 'row', width: 64 },
    { key: 'column', title: t('members.import.rows.column'), dataIndex: 'column', width: 96 },
    { key: 'message', title: t('members.import.rows.message'), dataIndex: 'message' },
  ];

  const footer = {
    template: [
      <Button key="next" type="primary" onClick={() => setStep('file')}>
        {t('members.import.next')}
      </Button>,
    ],
    file: [
      <Button key="back" onClick={() => setStep('template')}>
        {t('members.import.back')}
      </Button>,
      <Button key="upload" type="primary" disabled={file === undefined} onClick={upload}>
        {t('members.import.upload')}
      </Button>,
    ],
    upload: [],
    result: importMembers.isSuccess
      ? [
          <Button key="close" type="primary" onClick={onClose}>
            {t('members.import.close')}
          </Button>,
        ]
      : [
          <Button key="retry" type="primary" onClick={chooseAgain}>
            {t('members.import.retry')}
          </Button>,
        ],
  }[step];

  return (
    <Modal
      open
      title={t('members.import.title')}
      onCancel={onClose}
      footer={footer}
      closable={step !== 'upload'}
      mask={{ closable: false }}
      width={720}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={steps.indexOf(step)}
        status={step === 'result' && importMembers.isError ? 'error' : undefined}
        items={steps.map((key) => ({ key, title: t(`members.import.steps.${key}`) }))}
        style={{ marginBottom: 24 }}
      />
      {step === 'template' && (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('members.import.templateHint')}</Typography.Paragraph>
          <div>
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download}>
              {t('members.import.download')}
            </Button>
          </div>
          <div>
            <Typography.Text>{t('members.import.org')}</Typography.Text>
            <OrgTreeSelect
              tenantId={tenantId}
              aria-label={t('members.import.org')}
              allowClear
              value={orgId}
              onChange={setOrgId}
            />
            <Typography.Text type="secondary">{t('members.import.orgHint')}</Typography.Text>
          </div>
        </Flex>
      )}
      {step === 'file' && (
        <>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            maxCount={1}
            beforeUpload={pick}
            fileList={file === undefined ? [] : [{ uid: 'chosen', name: `${file.name}（${formatSize(file.size)}）` }]}
            onRemove={() => setFile(undefined)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('members.import.pick')}</p>
          </Upload.Dragger>
          {fileProblem && <Alert type="error" showIcon title={fileProblem} style={{ marginTop: 16 }} />}
        </>
      )}
      {step === 'upload' && file !== undefined && (
        <Flex vertical align="center" gap={16} style={{ padding: 24 }}>
          <Spin size="large" />
          <Typography.Text style={{ overflowWrap: 'anywhere', textAlign: 'center' }}>
            {t('members.import.uploading', { file: file.name, size: formatSize(file.size) })}
          </Typography.Text>
        </Flex>
      )}
      {step === 'result' &&
        (importMembers.isSuccess ? (
          <Result status="success" title={t('members.import.done', { count: importMembers.data.imported })} />
        ) : (
          <Flex vertical gap={16} data-testid="import-rejected">
            <Alert
              type="error"
              showIcon
              title={t('members.import.rejected')}
              description={[
                describeError(importMembers.error),
                ...fieldErrorsOf(importMembers.error).map((error) => error.message),
              ].join(' ')}
            />
            {rowsOf(importMembers.error).length > 0 && (
              <Table<RowError>
                size="small"
                rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
                columns={rowColumns}
                dataSource={rowsOf(importMembers.error)}
                pagination={{ pageSize: 10, showSizeChanger: false, simple: true }}
                data-testid="import-rows"
              />
            )}
          </Flex>
        ))}
    </Modal>
  );
}
