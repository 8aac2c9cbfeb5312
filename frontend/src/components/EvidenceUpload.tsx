import { CloseOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Image, Progress, Typography, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceUrl, maxEvidenceBytes, uploadEvidence } from '@/lib/cycle/evidence';
import { useDescribeError } from './useDescribeError';

interface Upload {
  key: string;
  name: string;
  isPdf: boolean;
  /** A local preview while uploading, the stored file once uploaded. */
  preview: string;
  percent: number;
  id?: string;
  error?: string;
}

interface EvidenceUploadProps {
  tenantId: string;
  id?: string;
  /** The uploaded files' ids (a form field). */
  value?: string[];
  onChange?: (ids: string[]) => void;
  max?: number;
}

const thumb = 72;

/** Photos or PDFs taken or picked on the device, each uploaded at once with its progress, shown as thumbnails. */
export function EvidenceUpload({ tenantId, id, value = [], onChange, max = 9 }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const describeError = useDescribeError();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>(() =>
    value.map((evidenceId) => ({ key: evidenceId, name: '', isPdf: false, preview: evidenceUrl(evidenceId), percent: 100, id: evidenceId })),
  );
  const idsRef = useRef(value);
  useEffect(() => {
    idsRef.current = value;
  }, [value]);

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? []).slice(0, max - uploads.length)) {
      const key = `${file.name}-${crypto.randomUUID()}`;
      const isPdf = file.type === 'application/pdf';
      const tooLarge = file.size > maxEvidenceBytes;
      setUploads((current) => [
        ...current,
        { key, name: file.name, isPdf, preview: isPdf ? '' : URL.createObjectURL(file), percent: 0, ...(tooLarge ? { error: t('evidence.tooLarge') } : {}) },
      ]);
      if (tooLarge) continue;
      uploadEvidence(tenantId, file, (percent) => update(key, { percent })).then(
        (stored) => {
          update(key, { id: stored.id, percent: 100 });
          idsRef.current = [...idsRef.current, stored.id];
          onChange?.(idsRef.current);
        },
        (error: unknown) => update(key, { error: describeError(error) }),
      );
    }
    if (input.current) input.current.value = '';
  };

  const remove = (upload: Upload) => {
    setUploads((current) => current.filter((candidate) => candidate.key !== upload.key));
    if (upload.id) onChange?.(idsRef.current.filter((candidate) => candidate !== upload.id));
  };

  return (
    <Flex wrap gap={8} data-testid="evidence-upload">
      {uploads.map((upload) => (
        <Flex
          key={upload.key}
          vertical
          align="center"
          justify="center"
          data-testid={upload.id ? 'evidence-uploaded' : 'evidence-uploading'}
          style={{ position: 'relative', width: thumb, height: thumb, border: `1px solid ${token.colorBorder}`, borderRadius: token.borderRadius, overflow: 'hidden' }}
        >
          {upload.isPdf ? (
            <FilePdfOutlined style={{ fontSize: 28, color: token.colorError }} />
          ) : (
            <Image src={upload.preview} width={thumb} height={thumb} style={{ objectFit: 'cover' }} alt={upload.name} />
          )}
          {upload.error ? (
            <Typography.Text type="danger" style={{ position: 'absolute', bottom: 0, fontSize: 11, background: token.colorBgContainer }}>
              {upload.error}
            </Typography.Text>
          ) : (
            upload.id === undefined && (
              <Progress percent={upload.percent} size="small" showInfo={false} style={{ position: 'absolute', bottom: 0, width: thumb - 8, margin: 0 }} />
            )
          )}
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('evidence.remove')}
            onClick={() => remove(upload)}
            style={{ position: 'absolute', top: 0, right: 0, background: token.colorBgMask, color: token.colorWhite }}
          />
        </Flex>
      ))}
      {uploads.length < max && (
        <label
          htmlFor={id}
          style={{ width: thumb, height: thumb, border: `1px dashed ${token.colorBorder}`, borderRadius: token.borderRadius, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', cursor: 'pointer', fontSize: 12 }}
        >
          <PlusOutlined />
          {t('evidence.add')}
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            multiple
            hidden
            onChange={(event) => add(event.target.files)}
          />
        </label>
      )}
    </Flex>
  );
}
