import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { SchemeRecord } from '@/lib/api/types';
import { useCreateScheme, useImportScheme } from '../api/library';
import { usePresets } from '../api/schemes';
import { ProblemList } from './ProblemList';

export type SchemeSource = 'preset' | 'import';

interface NewSchemeModalProps {
  tenantId: string;
  source: SchemeSource;
  orgId: string;
  orgName: string | undefined;
  year: number;
  onClose: () => void;
}

/** A new scheme of the org for the year, in draft: from one of the presets, or from an exported JSON file. */
export function NewSchemeModal({ tenantId, source, orgId, orgName, year, onClose }: NewSchemeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const presets = usePresets(tenantId);
  const create = useCreateScheme(tenantId);
  const upload = useImportScheme(tenantId);
  const [preset, setPreset] = useState<string>();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const chosen = source === 'preset' ? preset !== undefined : file !== undefined;

  const done = (scheme: SchemeRecord) => {
    void message.success(t('schemes.org.created'));
    onClose();
    void navigate(`/schemes/${scheme.id}`);
  };

  const submit = () => {
    setFailure(undefined);
    if (source === 'preset' && preset !== undefined) {
      create.mutate({ orgId, body: { year, preset } }, { onSuccess: done, onError: setFailure });
    } else if (source === 'import' && file !== undefined) {
      upload.mutate({ orgId, year, file }, { onSuccess: done, onError: setFailure });
    }
  };

  const pick = (picked: File) => {
    if (!picked.name.toLowerCase().endsWith('.json')) {
      setProblem(t('schemes.create.onlyJson'));
      setFile(undefined);
    } else {
      setProblem(undefined);
      setFile(picked);
    }
    setFailure(undefined);
    return false; // kept here until the user confirms
  };

  const selected = presets.data?.find((candidate) => candidate.code === preset);
  return (
    <Modal
      open
      title={t(source === 'preset' ? 'schemes.create.titlePreset' : 'schemes.create.titleImport')}
      okText={t(source === 'preset' ? 'schemes.create.ok' : 'schemes.create.okImport')}
      cancelText={t('schemes.create.cancel')}
      okButtonProps={{ disabled: !chosen }}
      confirmLoading={create.isPending || upload.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('schemes.create.target', { org: orgName ?? t('schemes.create.thisOrg'), year })}
        </Typography.Text>
        {source === 'preset' ? (
          <>
            <Select<string>
              aria-label={t('schemes.create.preset')}
              placeholder={t('schemes.create.presetPlaceholder')}
              loading={presets.isLoading}
              value={preset}
              onChange={setPreset}
              options={(presets.data ?? []).map((candidate) => ({ value: candidate.code, label: candidate.name }))}
              style={{ width: '100%' }}
            />
            {selected && (
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                {selected.description}
              </Typography.Paragraph>
            )}
          </>
        ) : (
          <Upload.Dragger
            accept=".json,application/json"
            multiple={false}
            maxCount={1}
            beforeUpload={pick}
            fileList={file === undefined ? [] : [{ uid: 'chosen', name: file.name }]}
            onRemove={() => setFile(undefined)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('schemes.create.file')}</p>
          </Upload.Dragger>
        )}
        {problem && <Alert type="error" showIcon title={problem} />}
        {failure !== undefined && (
          <Alert
            type="error"
            showIcon
            data-testid="create-error"
            title={describeError(failure)}
            description={fieldErrorsOf(failure).length > 0 && <ProblemList errors={fieldErrorsOf(failure)} />}
          />
        )}
      </Flex>
    </Modal>
  );
}
