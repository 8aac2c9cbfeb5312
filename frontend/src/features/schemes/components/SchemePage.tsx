import { Flex, Segmented, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import type { SchemeRecord } from '@/lib/api/types';
import { useScheme, useSchemeVersion } from '../api/library';
import { PreviewCalculator } from './PreviewCalculator';
import { SchemeActions, type Comparison } from './SchemeActions';
import { SchemeDiffDrawer } from './SchemeDiffDrawer';
import { aggregationColors, versionStatusColors } from '@/lib/schemes/schemeFormat';
import { SchemeShell } from './SchemeShell';
import { SchemeView } from './SchemeView';

/** The version shown when none is asked for: the draft being worked on, else the newest. */
function defaultVersion(scheme: SchemeRecord): number | undefined {
  return (scheme.versions.find((version) => version.status === 'DRAFT') ?? scheme.versions.at(-1))?.number;
}

/** One scheme of an org: its versions, the chosen version's rules, its downloads, publishing, editing, diffs. */
export function SchemePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SchemeShell backTo="/schemes" backLabel={t('schemes.back')}>
      {(tenantId) => <SchemeWorkspace key={`${tenantId}:${id}`} tenantId={tenantId} id={id} />}
    </SchemeShell>
  );
}

function SchemeWorkspace({ tenantId, id }: { tenantId: string; id: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const [comparison, setComparison] = useState<Comparison>();
  const scheme = useScheme(tenantId, id);
  const asked = Number(searchParams.get('v'));
  const chosen = scheme.data?.versions.find((version) => version.number === asked) ?? undefined;
  const number = chosen?.number ?? (scheme.data && defaultVersion(scheme.data));
  const version = useSchemeVersion(tenantId, id, number);
  const tab = searchParams.get('tab') === 'preview' ? 'preview' : 'scheme';
  const setParam = (name: string, value: string | undefined) => {
    const params = new URLSearchParams(searchParams);
    if (value === undefined) params.delete(name);
    else params.set(name, value);
    setSearchParams(params, { replace: true });
  };

  if (scheme.error && scheme.data === undefined) {
    return <ErrorState error={scheme.error} onRetry={() => void scheme.refetch()} />;
  }
  if (scheme.data === undefined) return <PageLoading />;
  const record = scheme.data;
  const document = version.data?.document;

  return (
    <>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="scheme-title">
          {record.name}
        </Typography.Title>
        {document && (
          <Tag color={aggregationColors[document.aggregation]} style={{ marginInlineEnd: 0 }}>
            {t(`schemes.aggregations.${document.aggregation}`)}
          </Tag>
        )}
        {record.derivedFromVersionId != null && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }}>
            {t('schemes.org.derived')}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('schemes.page.owner', { org: record.orgName, year: record.year })}</Typography.Text>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Segmented<number>
          aria-label={t('schemes.page.versions')}
          value={number}
          onChange={(value) => setParam('v', String(value))}
          options={record.versions.map((candidate) => ({
            value: candidate.number,
            label: (
              <span data-testid={`version-${candidate.number}`}>
                {t('schemes.versions.short', { number: candidate.number })}{' '}
                <Tag color={versionStatusColors[candidate.status]} style={{ marginInlineEnd: 0 }}>
                  {t(`schemes.statuses.${candidate.status}`)}
                </Tag>
              </span>
            ),
          }))}
        />
      </div>
      {number !== undefined && (
        <SchemeActions tenantId={tenantId} scheme={record} number={number} onCompare={setComparison} />
      )}
      {version.error && document === undefined ? (
        <ErrorState error={version.error} onRetry={() => void version.refetch()} />
      ) : document === undefined ? (
        <Skeleton active />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'preview' ? key : undefined)}
          items={[
            { key: 'scheme', label: t('schemes.tabs.scheme'), children: <SchemeView scheme={document} /> },
            {
              key: 'preview',
              label: t('schemes.tabs.preview'),
              children: <PreviewCalculator tenantId={tenantId} scheme={document} />,
            },
          ]}
        />
      )}
      {comparison && (
        <SchemeDiffDrawer tenantId={tenantId} scheme={record} comparison={comparison} onClose={() => setComparison(undefined)} />
      )}
    </>
  );
}
