import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useScheme, useSchemeDiff, useSchemeVersion } from '../api/library';
import { frameOf } from './editorDocument';
import { documentBefore } from './schemeDiff';
import { SchemeEditor } from './SchemeEditor';
import { SchemeShell } from './SchemeShell';

/** 编辑方案: the editor over the scheme's draft (or a new draft after its newest version). */
export function SchemeEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SchemeShell backTo={`/schemes/${id}`} backLabel={t('schemes.editor.back')}>
      {(tenantId) => <EditorWorkspace key={`${tenantId}:${id}`} tenantId={tenantId} id={id} />}
    </SchemeShell>
  );
}

function EditorWorkspace({ tenantId, id }: { tenantId: string; id: string }) {
  const { t } = useTranslation();
  const [loadedAt, setLoadedAt] = useState(0);
  const scheme = useScheme(tenantId, id);
  const record = scheme.data;
  const base = record && (record.versions.find((version) => version.status === 'DRAFT') ?? record.versions.at(-1));
  const version = useSchemeVersion(tenantId, id, base?.number);
  // A derived scheme's parent, rebuilt from the diff: which items it makes mandatory, which points it allows.
  const parentDiff = useSchemeDiff(tenantId, record?.derivedFromVersionId ?? undefined, base?.id);
  const derived = record?.derivedFromVersionId != null;
  const error = scheme.error ?? version.error ?? (derived ? parentDiff.error : null);
  const ready = record && base && version.data && (!derived || parentDiff.data);

  const reload = () =>
    void Promise.all([scheme.refetch(), version.refetch(), derived ? parentDiff.refetch() : undefined]).then(() =>
      setLoadedAt(loadedAt + 1),
    );

  if (error && !ready) return <ErrorState error={error} onRetry={reload} />;
  if (!ready) return <PageLoading />;
  const frame = derived && parentDiff.data ? frameOf(documentBefore(version.data.document, parentDiff.data)) : undefined;
  return (
    <>
      <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {t('schemes.editor.title', { name: record.name })}
      </Typography.Title>
      {derived && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('schemes.editor.derivedHint')}
        </Typography.Paragraph>
      )}
      <SchemeEditor
        key={loadedAt}
        tenantId={tenantId}
        scheme={record}
        base={{ number: base.number, status: base.status, document: version.data.document }}
        frame={frame}
        onReload={reload}
      />
    </>
  );
}
