import { Flex, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { usePreset } from '../api/schemes';
import { PreviewCalculator } from './PreviewCalculator';
import { aggregationColors } from '@/lib/schemes/schemeFormat';
import { SchemeShell } from './SchemeShell';
import { SchemeView } from './SchemeView';

type Tab = 'scheme' | 'preview';

/** One preset scheme: its content read-only, and the calculator (试算) beside it in a second tab. */
export function SchemePresetPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <SchemeShell backTo="/schemes" backLabel={t('schemes.back')}>
      {(tenantId) => <PresetWorkspace key={`${tenantId}:${code}`} tenantId={tenantId} code={code} />}
    </SchemeShell>
  );
}

function PresetWorkspace({ tenantId, code }: { tenantId: string; code: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = searchParams.get('tab') === 'preview' ? 'preview' : 'scheme';
  const { data: scheme, error, refetch } = usePreset(tenantId, code);
  if (error && scheme === undefined) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (scheme === undefined) return <PageLoading />;
  return (
    <>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {scheme.name}
        </Typography.Title>
        <Tag color={aggregationColors[scheme.aggregation]}>{t(`schemes.aggregations.${scheme.aggregation}`)}</Tag>
      </Flex>
      {scheme.description && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {scheme.description}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'preview' ? { tab: key } : {}, { replace: true })}
        items={[
          { key: 'scheme', label: t('schemes.tabs.scheme'), children: <SchemeView scheme={scheme} /> },
          {
            key: 'preview',
            label: t('schemes.tabs.preview'),
            children: <PreviewCalculator tenantId={tenantId} scheme={scheme} />,
          },
        ]}
      />
    </>
  );
}
