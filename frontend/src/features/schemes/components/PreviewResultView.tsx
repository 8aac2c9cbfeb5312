import { Alert, Card, Col, Descriptions, Flex, Row, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewResult, SchemeDocument } from '@/lib/api/types';
import { ExplanationTree } from '@/components/explanation/ExplanationTree';
import { periodLabel, type Posted } from '@/components/explanation/explanationText';
import { PeriodBars, type Bar } from '@/components/explanation/PeriodBars';
import { capsPerMonth, formatScore, gradeColor, itemIndex, monthName, months, vetoEffectsText } from '@/lib/schemes/schemeFormat';

/** Whether the exact annual score (a fraction such as 2698/30) is not the two-decimal one shown. */
function roundedAway(exact: string, shown: number): boolean {
  const fraction = /^(-?\d+)\/(\d+)$/.exec(exact);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : Number(exact);
  return Number.isFinite(value) && Math.abs(value - shown) > 1e-9;
}

interface PreviewResultViewProps {
  result: PreviewResult;
  scheme: SchemeDocument;
  posted: Posted & { exemptMonths: readonly number[] };
  /** The inputs changed since this result was computed. */
  stale: boolean;
  isPhone: boolean;
}

/** The annual score and grade first, then the year, the evaluation, the periods, vetoes, and the whole reckoning. */
export function PreviewResultView({ result, scheme, posted, stale, isPhone }: PreviewResultViewProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const language = i18n.language;
  const exact = roundedAway(result.exactAnnual, result.annual) ? result.exactAnnual : undefined;
  const items = itemIndex(scheme);

  const monthBars: Bar[] = months.flatMap((month): Bar[] => {
    const score = result.periods.find((period) => period.period.endsWith(`-${String(month).padStart(2, '0')}`));
    if (score) return [{ label: monthName(month, language), value: score.total }];
    return posted.exemptMonths.includes(month)
      ? [{ label: monthName(month, language), value: null, note: t('schemes.result.exemptShort') }]
      : [];
  });

  const figures = [
    {
      key: 'year',
      label: t('schemes.result.yearScore'),
      value: formatScore(result.yearScore),
      testId: 'preview-year-score',
    },
    ...(result.interim != null
      ? [
          {
            key: 'interim',
            label: t('schemes.result.interim'),
            value: formatScore(result.interim),
            testId: 'preview-interim',
          },
        ]
      : []),
    ...(result.evaluation != null
      ? [
          {
            key: 'evaluation',
            label: t('schemes.result.evaluation'),
            value: formatScore(result.evaluation),
            testId: 'preview-evaluation',
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('schemes.result.title')}
      data-testid="preview-result"
      styles={{ body: { padding: isPhone ? 12 : 24 } }}
    >
      <Flex vertical gap={16}>
        {stale && <Alert type="warning" showIcon title={t('schemes.result.stale')} />}
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} md={10}>
            <Flex vertical gap={4}>
              <Typography.Text type="secondary">{t('schemes.result.annual')}</Typography.Text>
              <Flex align="center" gap={12} wrap>
                <span
                  data-testid="preview-annual"
                  style={{ fontSize: 40, fontWeight: 600, lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatScore(result.annual)}
                </span>
                <Tag
                  color={gradeColor(scheme, result.grade)}
                  variant="solid"
                  style={{ fontSize: 16, lineHeight: '28px', paddingInline: 12 }}
                  data-testid="preview-grade"
                >
                  {result.grade}
                </Tag>
              </Flex>
              {exact && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('schemes.result.exact', { value: exact })}
                </Typography.Text>
              )}
            </Flex>
          </Col>
          <Col xs={24} md={14}>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={figures.map((figure) => ({
                key: figure.key,
                label: figure.label,
                children: (
                  <span data-testid={figure.testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {figure.value}
                  </span>
                ),
              }))}
            />
          </Col>
        </Row>

        {result.vetoes.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="preview-vetoes"
            title={t('schemes.result.vetoes')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {result.vetoes.map((trigger) => {
                  const veto = (scheme.vetoes ?? []).find((candidate) => candidate.trigger === trigger);
                  return (
                    <li key={trigger}>
                      {t('schemes.result.vetoLine', {
                        item: items.get(trigger)?.item.name ?? trigger,
                        effects: veto ? vetoEffectsText(veto.effects, scheme, veto.section, t) : '',
                      })}
                    </li>
                  );
                })}
              </ul>
            }
          />
        )}

        {capsPerMonth(scheme.aggregation) && monthBars.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('schemes.result.months')}</Typography.Text>
            <PeriodBars bars={monthBars} title={t('schemes.result.months')} testId="preview-months" />
          </Flex>
        )}
        {result.quarters.length > 0 && (
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('schemes.result.quarters')}</Typography.Text>
            <Flex gap={8} wrap data-testid="preview-quarters">
              {result.quarters.map((quarter) => (
                <Flex
                  key={quarter.period}
                  vertical
                  align="center"
                  style={{
                    minWidth: 72,
                    padding: '6px 12px',
                    border: `1px solid ${token.colorBorderSecondary}`,
                    borderRadius: token.borderRadius,
                  }}
                  data-testid="preview-quarter"
                >
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {periodLabel(quarter.period, t, language)}
                  </Typography.Text>
                  <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatScore(quarter.total)}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          </Flex>
        )}
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('schemes.result.explanation')}</Typography.Text>
          <ExplanationTree explanation={result.explanation} scheme={scheme} posted={posted} isPhone={isPhone} />
        </Flex>
      </Flex>
    </Card>
  );
}
