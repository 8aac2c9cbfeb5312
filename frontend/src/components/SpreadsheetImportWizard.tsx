import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Flex,
  Modal,
  Progress,
  Result,
  Spin,
  Steps,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError, type RowError } from '@/lib/api/problem';
import type { ImportResult } from '@/lib/api/types';
import type { UploadProgress } from '@/lib/api/upload';

export interface SpreadsheetImportWizardProps {
  title: string;
  /** What the template is for and how to fill it in. */
  templateHint: string;
  downloadTemplate: () => Promise<void>;
  /** Where the rows go: an input (labelled `label`), shown above the file picker. */
  target?: { label: string; hint: string; input: ReactNode };
  /** False while the target still has to be chosen. */
  targetChosen?: boolean;
  /** Sends the file, reporting its progress; a 422 {@link ApiError} lists the bad rows. */
  upload: (file: File, onProgress: (progress: UploadProgress) => void) => Promise<ImportResult>;
  /** The headline once every row is in. */
  doneTitle: (imported: number) => string;
  onClose: () => void;
}

type Step = 'template' | 'file' | 'upload' | 'result';
const steps: readonly Step[] = ['template', 'file', 'upload', 'result'];
const maxFileBytes = 20 * 1024 * 1024;

type Outcome = { ok: true; result: ImportResult } | { ok: false; error: unknown };

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function rowsOf(error: unknown): RowError[] {
  return error instanceof ApiError ? (error.problem.rows ?? []) : [];
}

/**
 * Imports rows from a spreadsheet template: download it, fill it in, choose where the rows go and the file,
 * watch it upload, then see what was imported or every bad row.
 */
export function SpreadsheetImportWizard({
  title,
  templateHint,
  downloadTemplate,
  target,
  targetChosen = true,
  upload,
  doneTitle,
  onClose,
}: SpreadsheetImportWizardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [step, setStep] = useState<Step>('template');
  const [file, setFile] = useState<File>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [downloading, setDownloading] = useState(false);
  const [progress, setProgress] = useState<UploadProgress>();
  const [outcome, setOutcome] = useState<Outcome>();

  const download = () => {
    setDownloading(true);
    downloadTemplate()
      .catch((error: unknown) => void message.error(`${t('spreadsheetImport.downloadFailed')}：${describeError(error)}`))
      .finally(() => setDownloading(false));
  };

  const pick = (chosen: File) => {
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      setFileProblem(t('spreadsheetImport.onlyXlsx'));
      setFile(undefined);
    } else if (chosen.size > maxFileBytes) {
      setFileProblem(t('spreadsheetImport.tooLarge'));
      setFile(undefined);
    } else {
      setFileProblem(undefined);
      setFile(chosen);
    }
    return false; // kept here until the user starts the import
  };

  const start = () => {
    if (file === undefined) return;
    setProgress(undefined);
    setStep('upload');
    upload(file, setProgress)
      .then(
        (result) => setOutcome({ ok: true, result }),
        (error: unknown) => setOutcome({ ok: false, error }),
      )
      .finally(() => setStep('result'));
  };

  const chooseAgain = () => {
    setOutcome(undefined);
    setFile(undefined);
    setStep('file');
  };

  const rowColumns: TableColumnsType<RowError> = [
    { key: 'row', title: t('spreadsheetImport.rows.row'), dataIndex: 'row', width: 64 },
    { key: 'column', title: t('spreadsheetImport.rows.column'), dataIndex: 'column', width: 96 },
    { key: 'message', title: t('spreadsheetImport.rows.message'), dataIndex: 'message' },
  ];

  const footer = {
    template: [
      <Button key="next" type="primary" onClick={() => setStep('file')}>
        {t('spreadsheetImport.next')}
      </Button>,
    ],
    file: [
      <Button key="back" onClick={() => setStep('template')}>
        {t('spreadsheetImport.back')}
      </Button>,
      <Button key="upload" type="primary" disabled={file === undefined || !targetChosen} onClick={start}>
        {t('spreadsheetImport.upload')}
      </Button>,
    ],
    upload: [],
    result: outcome?.ok
      ? [
          <Button key="close" type="primary" onClick={onClose}>
            {t('spreadsheetImport.close')}
          </Button>,
        ]
      : [
          <Button key="retry" type="primary" onClick={chooseAgain}>
            {t('spreadsheetImport.retry')}
          </Button>,
        ],
  }[step];

  const uploading = step === 'upload';
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={footer}
      // Nothing may close the wizard while the file is on its way: the answer would be lost.
      closable={!uploading}
      keyboard={!uploading}
      mask={{ closable: false }}
      width={720}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={steps.indexOf(step)}
        status={outcome === undefined ? undefined : outcome.ok ? 'finish' : 'error'}
        items={steps.map((key) => ({ key, title: t(`spreadsheetImport.steps.${key}`) }))}
        style={{ marginBottom: 24 }}
      />
      {step === 'template' && (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{templateHint}</Typography.Paragraph>
          <div>
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download}>
              {t('spreadsheetImport.download')}
            </Button>
          </div>
        </Flex>
      )}
      {step === 'file' && (
        <Flex vertical gap={16}>
          {target && (
            <Flex vertical gap={4}>
              <Typography.Text>{target.label}</Typography.Text>
              {target.input}
              <Typography.Text type="secondary">{target.hint}</Typography.Text>
            </Flex>
          )}
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
            <p className="ant-upload-text">{t('spreadsheetImport.pick')}</p>
          </Upload.Dragger>
          {fileProblem && <Alert type="error" showIcon title={fileProblem} />}
        </Flex>
      )}
      {uploading && file !== undefined && <UploadState file={file} progress={progress} />}
      {step === 'result' &&
        outcome !== undefined &&
        (outcome.ok ? (
          <Result status="success" title={doneTitle(outcome.result.imported)} />
        ) : (
          <Flex vertical gap={16} data-testid="import-rejected">
            <Alert
              type="error"
              showIcon
              title={t('spreadsheetImport.rejected')}
              description={[
                describeError(outcome.error),
                ...fieldErrorsOf(outcome.error).map((error) => error.message),
              ].join(' ')}
            />
            {rowsOf(outcome.error).length > 0 && (
              <Table<RowError>
                size="small"
                rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
                columns={rowColumns}
                dataSource={rowsOf(outcome.error)}
                pagination={{ pageSize: 10, showSizeChanger: false, simple: true }}
                data-testid="import-rows"
              />
            )}
          </Flex>
        ))}
    </Modal>
  );
}

/** How much of the file has gone; once all of it has, that the server is checking and importing the rows. */
function UploadState({ file, progress }: { file: File; progress: UploadProgress | undefined }) {
  const { t } = useTranslation();
  const sent = progress?.sent === true;
  const percent = progress === undefined || progress.total === 0 ? 0 : Math.floor((progress.loaded / progress.total) * 100);
  return (
    <Flex vertical align="center" gap={16} style={{ padding: 24 }} data-testid="import-progress">
      <Typography.Text style={{ overflowWrap: 'anywhere', textAlign: 'center' }}>
        {t('spreadsheetImport.uploading', { file: file.name, size: formatSize(file.size) })}
      </Typography.Text>
      <Progress
        percent={sent ? 100 : percent}
        status={sent ? 'success' : 'active'}
        aria-label={t('spreadsheetImport.uploaded')}
        style={{ width: '100%' }}
      />
      {sent && (
        <Flex align="center" gap={8} role="status">
          <Spin size="small" />
          <Typography.Text>{t('spreadsheetImport.processing')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
