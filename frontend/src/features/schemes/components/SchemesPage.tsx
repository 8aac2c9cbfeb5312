import { CalculatorOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Result, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useTenant } from '@/lib/tenant/tenantContext';
import { usePresets } from '../api/schemes';
import { OrgSchemesCard } from './OrgSchemesCard';
import { aggregationColors } from '@/lib/schemes/schemeFormat';

/**
 * 积分方案: the schemes of an org (本单位方案) with the one that applies to it, and the preset library a tenant
 * starts from (方案模板); each preset opens read-only, with its calculator.
 */
export function SchemesPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('schemes.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <Flex vertical gap={24} key={tenantId}>
          <OrgSchemesCard tenantId={tenantId} />
          <section aria-labelledby="scheme-presets-title">
            <Typography.Title level={4} id="scheme-presets-title" style={{ marginTop: 0 }}>
              {t('schemes.library.title')}
            </Typography.Title>
            <PresetLibrary tenantId={tenantId} />
          </section>
        </Flex>
      )}
    </>
  );
}

function PresetLibrary({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, refetch } = usePresets(tenantId);
  if (error && data === undefined) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data === undefined) return <PageLoading />;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('schemes.library.intro')}
      </Typography.Paragraph>
      {data.length === 0 ? (
        <Empty description={t('schemes.library.empty')} />
      ) : (
        <Row gutter={[16, 16]} data-testid="preset-library">
          {data.map((preset) => (
            <Col key={preset.code} xs={24} md={12} xl={8}>
              <Card
                size="small"
                style={{ height: '100%' }}
                styles={{ body: { height: '100%' } }}
                data-testid={`preset-${preset.code}`}
              >
                <Flex vertical gap={8} style={{ height: '100%' }}>
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    <Link to={`/schemes/presets/${preset.code}`}>{preset.name}</Link>
                  </Typography.Title>
                  <div>
                    <Tag color={aggregationColors[preset.aggregation]}>
                      {t(`schemes.aggregations.${preset.aggregation}`)}
                    </Tag>
                  </div>
                  <Typography.Paragraph type="secondary" style={{ margin: 0, flex: 1 }}>
                    {preset.description}
                  </Typography.Paragraph>
                  <Flex gap={8} wrap>
                    <Button
                      icon={<FileTextOutlined />}
                      onClick={() => void navigate(`/schemes/presets/${preset.code}`)}
                    >
                      {t('schemes.library.open')}
                    </Button>
                    <Button
                      icon={<CalculatorOutlined />}
                      onClick={() => void navigate(`/schemes/presets/${preset.code}?tab=preview`)}
                    >
                      {t('schemes.library.preview')}
                    </Button>
                  </Flex>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
