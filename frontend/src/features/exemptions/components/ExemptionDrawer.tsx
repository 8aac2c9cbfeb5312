import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Flex, Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { useDescribeError } from '@/components/useDescribeError';
import type { Exemption, ExemptionAction, ExemptionStatus, ExemptionStep } from '@/lib/api/types';
import { downloadForm, useExemption } from '../api/exemptions';
import { ExemptionStepModal } from './ExemptionStepModal';
import { ExemptionStatusTag, Period } from './exemptionFormat';
import { exemptionActions } from './exemptionText';

interface ExemptionDrawerProps {
  tenantId: string;
  id: string;
  /** The application as the list showed it, to show while its detail loads. */
  initial?: Exemption;
  onClose: () => void;
}

const finalStatuses: readonly ExemptionStatus[] = ['APPROVED', 'REJECTED', 'WITHDRAWN'];
const dangerousActions: readonly ExemptionAction[] = ['END', 'WITHDRAW'];

/** One application: its facts, what has happened, and the steps the caller may take next. */
export function ExemptionDrawer({ tenantId, id, initial, onClose }: ExemptionDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const isPhone = Grid.useBreakpoint().md !== true;
  const { data: detail, error, refetch } = useExemption(tenantId, id);
  const [action, setAction] = useState<ExemptionAction>();
  const [downloading, setDownloading] = useState<'xlsx' | 'pdf'>();
  const exemption = detail?.exemption ?? initial;

  const download = (format: 'xlsx' | 'pdf') => {
    if (exemption === undefined) return;
    setDownloading(format);
    downloadForm(tenantId, id, format, `${t('exemptions.detail.formFileName', { name: exemption.memberName })}.${format}`)
      .catch((failure: unknown) => void message.error(`${t('exemptions.detail.downloadFailed')}：${describeError(failure)}`))
      .finally(() => setDownloading(undefined));
  };

  return (
    <Drawer
      open
      title={t('exemptions.detail.title')}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      data-testid="exemption-drawer"
    >
      {exemption === undefined ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Flex vertical gap={20}>
          <Facts exemption={exemption} labelWidth={isPhone ? 100 : 136} />
          {detail && detail.actions.length > 0 && (
            <Flex wrap gap={8} data-testid="exemption-actions">
              {exemptionActions
                .filter((candidate) => detail.actions.includes(candidate))
                .map((candidate) => (
                  <Button
                    key={candidate}
                    type={dangerousActions.includes(candidate) ? 'default' : 'primary'}
                    danger={dangerousActions.includes(candidate)}
                    onClick={() => setAction(candidate)}
                  >
                    {t(`exemptions.actions.${candidate}`)}
                  </Button>
                ))}
            </Flex>
          )}
          <Flex wrap align="center" gap={8}>
            <Typography.Text type="secondary">{t('exemptions.detail.form')}</Typography.Text>
            <Button icon={<DownloadOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
              {t('exemptions.detail.downloadXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={downloading === 'pdf'} onClick={() => download('pdf')}>
              {t('exemptions.detail.downloadPdf')}
            </Button>
          </Flex>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('exemptions.detail.history')}
            </Typography.Title>
            {detail === undefined ? (
              error ? (
                <ErrorState error={error} onRetry={() => void refetch()} />
              ) : (
                <Skeleton active />
              )
            ) : (
              <Timeline
                data-testid="exemption-steps"
                items={[
                  ...detail.steps.map((step, index) => stepItem(step, index)),
                  ...(finalStatuses.includes(detail.exemption.status)
                    ? []
                    : [
                        {
                          key: 'next',
                          loading: true,
                          content: (
                            <Typography.Text type="secondary">
                              {t(`exemptions.statuses.${detail.exemption.status}`)}
                            </Typography.Text>
                          ),
                        },
                      ]),
                ]}
              />
            )}
          </div>
        </Flex>
      )}
      {action && detail && (
        <ExemptionStepModal
          tenantId={tenantId}
          exemption={detail.exemption}
          action={action}
          stillDue={detail.actions.includes(action)}
          onClose={() => setAction(undefined)}
          onDone={() => {
            void message.success(t('exemptions.step.done', { action: t(`exemptions.actions.${action}`) }));
            setAction(undefined);
          }}
        />
      )}
    </Drawer>
  );
}

type FactField =
  | 'member'
  | 'branch'
  | 'status'
  | 'reason'
  | 'details'
  | 'period'
  | 'upperApproval'
  | 'publicity'
  | 'appliedOn';

function Facts({ exemption, labelWidth }: { exemption: Exemption; labelWidth: number }) {
  const { t } = useTranslation();
  const label = (field: FactField) => t(`exemptions.detail.fields.${field}`);
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      styles={{ label: { width: labelWidth } }}
      items={[
        { key: 'member', label: label('member'), children: exemption.memberName },
        { key: 'branch', label: label('branch'), children: exemption.branchName },
        { key: 'status', label: label('status'), children: <ExemptionStatusTag status={exemption.status} /> },
        { key: 'reason', label: label('reason'), children: t(`exemptions.reasons.${exemption.reason}`) },
        {
          key: 'details',
          label: label('details'),
          children: <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{exemption.details ?? '—'}</span>,
        },
        { key: 'period', label: label('period'), children: <Period exemption={exemption} /> },
        {
          key: 'upperApproval',
          label: label('upperApproval'),
          children: exemption.upperApprovalRequired
            ? t('exemptions.detail.upperRequired')
            : t('exemptions.detail.upperNotRequired'),
        },
        ...(exemption.publicityFrom
          ? [
              {
                key: 'publicity',
                label: label('publicity'),
                children: t('exemptions.period.range', { from: exemption.publicityFrom, to: exemption.publicityTo ?? '' }),
              },
            ]
          : []),
        { key: 'appliedOn', label: label('appliedOn'), children: exemption.appliedOn },
      ]}
    />
  );
}

function stepColor(step: ExemptionStep): string {
  if (step.approved === true) return 'green';
  if (step.approved === false) return 'red';
  // Blue would be the theme's red, which reads as a rejection.
  return 'gray';
}

function stepItem(step: ExemptionStep, index: number) {
  return { key: index, color: stepColor(step), content: <StepContent step={step} /> };
}

function StepContent({ step }: { step: ExemptionStep }) {
  const { t } = useTranslation();
  const decision =
    step.approved === null || step.approved === undefined
      ? undefined
      : step.step === 'PUBLICITY_CLOSED'
        ? t(step.approved ? 'exemptions.decisions.noObjection' : 'exemptions.decisions.objection')
        : t(step.approved ? 'exemptions.decisions.approved' : 'exemptions.decisions.rejected');
  return (
    <Flex vertical gap={2}>
      <Flex wrap align="center" gap={8}>
        <Typography.Text strong>{t(`exemptions.steps.${step.step}`)}</Typography.Text>
        {decision && (
          <Tag color={step.approved ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
            {decision}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {step.decidedOn}
        {step.actedBy && ` · ${t('exemptions.detail.actedBy', { name: step.actedBy })}`}
      </Typography.Text>
      {step.note && (
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {step.note}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}
