import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Result, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useTenant } from '@/lib/tenant/tenantContext';
import { usePreset } from '../api/schemes';
import { PreviewCalculator } from './PreviewCalculator';
import { aggregationColors } from './schemeFormat';
import { SchemeView } from './SchemeView';

type Tab = 'scheme' | 'preview';

/** One preset scheme: its content read-only, and the calculator (试算) beside it in a second tab. */
export function SchemePresetPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { code = '' } = useParams();
  return (
    <Flex vertical gap={8}>
      <Link to="/schemes">
        <ArrowLeftOutlined /> {t('schemes.back')}
      </Link>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <PresetWorkspace key={`${tenantId}:${code}`} tenantId={tenantId} code={code} />
      )}
    </Flex>
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
