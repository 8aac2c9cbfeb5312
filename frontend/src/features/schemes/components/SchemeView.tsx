import { Card, Descriptions, Flex, Grid, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeDocument, SchemeItem, SchemeSection } from '@/lib/api/types';
import {
  aggregationColors,
  appliesToText,
  compositionText,
  frameText,
  formatPoints,
  itemLimits,
  ruleText,
  sectionKindColors,
  sectionLimits,
  vetoEffectsText,
  vetoTriggers,
} from '@/lib/schemes/schemeFormat';

/** A scheme, read-only: how the year is reckoned, then every section and item with its rule in words. */
export function SchemeView({ scheme }: { scheme: SchemeDocument }) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const items = new Map(scheme.sections.flatMap((section) => section.items.map((item) => [item.code, item] as const)));
  const { evaluationWeight } = scheme.composition;
  const { good, average, poor } = scheme.ballotWeights;

  const summary = [
    {
      key: 'aggregation',
      label: t('schemes.fields.aggregation'),
      children: (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={aggregationColors[scheme.aggregation]}>{t(`schemes.aggregations.${scheme.aggregation}`)}</Tag>
          <Typography.Text type="secondary">{t(`schemes.aggregationDetails.${scheme.aggregation}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'composition',
      label: t('schemes.fields.composition'),
      children: <span data-testid="scheme-composition">{compositionText(scheme, t)}</span>,
    },
    {
      key: 'evaluation',
      label: t('schemes.fields.evaluation'),
      children:
        evaluationWeight === 0 ? (
          <Typography.Text type="secondary">{t('schemes.evaluation.none')}</Typography.Text>
        ) : (
          <span data-testid="scheme-ballots">
            {t('schemes.evaluation.weights', {
              good: formatPoints(good),
              average: formatPoints(average),
              poor: formatPoints(poor),
            })}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('schemes.evaluation.formula')}
            </Typography.Text>
          </span>
        ),
    },
    {
      key: 'grades',
      label: t('schemes.fields.grades'),
      children: (
        <Flex gap={4} wrap data-testid="scheme-grades">
          {scheme.grades.map((band, index) => {
            const above = scheme.grades[index - 1]?.min;
            return (
              <Tag key={band.grade} style={{ marginInlineEnd: 0 }}>
                {band.grade}{' '}
                {band.min != null
                  ? t('schemes.grades.atLeast', { min: formatPoints(band.min) })
                  : above != null
                    ? t('schemes.grades.below', { min: formatPoints(above) })
                    : t('schemes.grades.otherwise')}
              </Tag>
            );
          })}
        </Flex>
      ),
    },
    {
      key: 'vetoes',
      label: t('schemes.fields.vetoes'),
      children:
        (scheme.vetoes ?? []).length === 0 ? (
          <Typography.Text type="secondary">{t('schemes.vetoes.none')}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="scheme-vetoes">
            {(scheme.vetoes ?? []).map((veto) => (
              <li key={veto.trigger}>
                {items.get(veto.trigger)?.name ?? veto.trigger}
                <Typography.Text type="danger">
                  {' → '}
                  {vetoEffectsText(veto.effects, scheme, veto.section, t)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="scheme-view">
      <Card size="small" title={t('schemes.fields.rules')} styles={{ body: { padding: isPhone ? 0 : undefined } }}>
        <Descriptions
          size="small"
          bordered
          column={1}
          layout={isPhone ? 'vertical' : 'horizontal'}
          items={summary}
          styles={{ label: { width: isPhone ? undefined : 140 } }}
        />
      </Card>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('schemes.fields.sections', { count: scheme.sections.length })}
      </Typography.Title>
      {scheme.sections.map((section) => (
        <SectionCard key={section.code} scheme={scheme} section={section} />
      ))}
    </Flex>
  );
}

function SectionCard({ scheme, section }: { scheme: SchemeDocument; section: SchemeSection }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const limits = sectionLimits(section, scheme.aggregation, t);
  const triggers = vetoTriggers(scheme);
  return (
    <Card size="small" data-testid={`section-${section.code}`} styles={{ body: { padding: 0 } }}>
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap={8}
        style={{
          padding: '10px 12px',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          background: token.colorFillQuaternary,
        }}
      >
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong>{section.name}</Typography.Text>
          <Tag color={sectionKindColors[section.kind]} style={{ marginInlineEnd: 0 }}>
            {t(`schemes.kinds.${section.kind}`)}
          </Tag>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`schemes.starts.${section.start ?? 'ACCUMULATE'}`)}</Tag>
        </Flex>
        {limits.length > 0 && (
          <Typography.Text type="secondary" data-testid="section-limits">
            {limits.join(t('schemes.preview.listSeparator'))}
          </Typography.Text>
        )}
      </Flex>
      {section.items.map((item, index) => (
        <ItemLine key={item.code} item={item} isVetoTrigger={triggers.has(item.code)} first={index === 0} />
      ))}
    </Card>
  );
}

/** Whether an item can only take points away. */
function deducts(item: SchemeItem): boolean {
  const { rule } = item;
  if (rule.type === 'RANGE') return (rule.max ?? 0) < 0;
  if (rule.type === 'LEVELS') {
    const levels = rule.levels ?? [];
    return levels.length > 0 && levels.every((level) => level.points < 0);
  }
  return (rule.points ?? 0) < 0;
}

function ItemLine({ item, isVetoTrigger, first }: { item: SchemeItem; isVetoTrigger: boolean; first: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const limits = itemLimits(item, t);
  const rule = ruleText(item, t, isVetoTrigger);
  return (
    <Flex
      justify="space-between"
      align="flex-start"
      gap={12}
      style={{ padding: '8px 12px', borderTop: first ? undefined : `1px solid ${token.colorSplit}` }}
      data-testid={`item-${item.code}`}
    >
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Typography.Text>{item.name}</Typography.Text>
        <Flex gap={4} wrap>
          {limits.map((limit) => (
            <Tag key={limit} color="orange" variant="outlined" style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {limit}
            </Tag>
          ))}
          {item.recordedBy && (
            <Tag variant="filled" style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {t(`schemes.recordedBy.${item.recordedBy}`)}
            </Tag>
          )}
          {item.evidenceRequired && (
            <Tag variant="filled" style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {t('schemes.limits.evidence')}
            </Tag>
          )}
          {appliesToText(item.appliesTo, t).map((scope) => (
            <Tag key={scope} color="purple" variant="outlined" style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {scope}
            </Tag>
          ))}
          {frameText(item, t).map((frame) => (
            <Tag key={frame} color="blue" variant="outlined" style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {frame}
            </Tag>
          ))}
        </Flex>
      </Flex>
      <Typography.Text
        strong
        type={isVetoTrigger || deducts(item) ? 'danger' : undefined}
        style={{ flex: 'none', maxWidth: '45%', textAlign: 'end' }}
        data-testid="item-rule"
      >
        {rule}
      </Typography.Text>
    </Flex>
  );
}
