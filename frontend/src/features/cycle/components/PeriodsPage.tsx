import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, List, Modal, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { PublicityList } from '@/components/PublicityList';
import { useDescribeError } from '@/components/useDescribeError';
import type { Objection, Period } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { currentMonthInChina, periodStatusColors } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { downloadRegister, useObjections, usePeriod, usePeriodPublicity, usePeriodStep, useRequestReopening } from '../api/cycle';
import { AnswerModal } from './AnswerModal';
import { periodStep } from './periodSteps';
import { StepConfirm, type PeriodStepName } from './StepConfirm';

/** 月度公示: a branch's month approved, publicised, its objections answered, finalised, and its register downloaded. */
export function PeriodsPage() {
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const [month, setMonth] = useState(currentMonthInChina);
  const period = usePeriod(tenantId ?? '', branchId, month);
  if (tenantId === null) return null;
  return (
    <Card title={<CycleFilters tenantId={tenantId} branchId={branchId} onBranch={setBranchId} month={month} onMonth={setMonth} />} data-testid="periods-page">
      {period.error ? (
        <ErrorState error={period.error} onRetry={() => void period.refetch()} />
      ) : branchId === undefined ? null : period.data === undefined ? (
        <PageLoading />
      ) : (
        <PeriodView tenantId={tenantId} branchId={branchId} month={month} period={period.data} />
      )}
    </Card>
  );
}

function PeriodView({ tenantId, branchId, month, period }: { tenantId: string; branchId: string; month: string; period: Period }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const step = usePeriodStep(tenantId);
  const publicity = usePeriodPublicity(tenantId, period.status === 'OPEN' ? null : period.id);
  const objections = useObjections(tenantId, period.status === 'OPEN' ? null : period.id);
  const [answering, setAnswering] = useState<Objection>();
  const [confirming, setConfirming] = useState<PeriodStepName>();
  const [reopening, setReopening] = useState(false);
  const { current, next } = periodStep(period.status, period.publicityUntil);

  const act = async (which: PeriodStepName) => {
    try {
      await step.mutateAsync({ step: which, branchId, month, id: period.id, version: period.version });
      message.success(t(`periods.done.${which}`));
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setConfirming(undefined);
    }
  };
  const download = (format: 'xlsx' | 'pdf') =>
    downloadRegister(tenantId, branchId, month, format, `${t('periods.registerName', { month })}.${format}`).catch((error: unknown) =>
      message.error(describeError(error)),
    );
  const open = (objections.data ?? []).filter((objection) => objection.status === 'OPEN').length;

  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        current={current}
        items={[{ title: t('periods.steps.approve') }, { title: t('periods.steps.publicity') }, { title: t('periods.steps.finalise') }]}
      />
      <Flex gap={8} wrap align="center">
        <Tag color={periodStatusColors[period.status]} data-testid="period-status">
          {t(`periods.status.${period.status}`, { defaultValue: period.status })}
        </Tag>
        {period.publicityUntil && <Typography.Text type="secondary">{t('publicity.until', { time: formatShanghaiTime(period.publicityUntil) })}</Typography.Text>}
        {next && (
          <Button type="primary" loading={step.isPending} disabled={next === 'finalise' && open > 0} onClick={() => setConfirming(next)}>
            {t(`periods.actions.${next}`)}
          </Button>
        )}
        {period.status === 'FINALISED' && period.id && (
          <Button onClick={() => setReopening(true)} data-testid="reopen-request">
            {t('periods.reopen.action')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void download('xlsx')}>
          {t('periods.downloadXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void download('pdf')}>
          {t('periods.downloadPdf')}
        </Button>
      </Flex>
      {publicity.data && <PublicityList rows={publicity.data} />}
      {(objections.data ?? []).length > 0 && (
        <List
          header={<Typography.Text strong>{t('periods.objections', { open })}</Typography.Text>}
          bordered
          data-testid="objections"
          dataSource={objections.data}
          renderItem={(objection) => (
            <List.Item
              extra={
                objection.status === 'OPEN' && (
                  <Button size="small" type="primary" onClick={() => setAnswering(objection)}>
                    {t('periods.answer')}
                  </Button>
                )
              }
            >
              <Flex vertical gap={2}>
                <Flex gap={8} align="center">
                  <Tag color={objection.status === 'OPEN' ? 'warning' : 'default'}>{t(`periods.objectionStatus.${objection.status}`, { defaultValue: objection.status })}</Tag>
                  <Typography.Text>{objection.text}</Typography.Text>
                </Flex>
                {objection.answer && <Typography.Text type="secondary">{t('periods.answerWas', { answer: objection.answer })}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {answering && <AnswerModal tenantId={tenantId} objection={answering} rows={publicity.data ?? []} onClose={() => setAnswering(undefined)} />}
      {confirming && (
        <StepConfirm
          tenantId={tenantId}
          branchId={branchId}
          month={month}
          step={confirming}
          loading={step.isPending}
          onConfirm={() => void act(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
      {reopening && period.id && (
        <ReopenRequest tenantId={tenantId} id={period.id} version={period.version ?? 0} month={month} onClose={() => setReopening(false)} />
      )}
    </Flex>
  );
}

/** Asks the parent organisation to re-open a finalised month: only it can; the reason goes with the request. */
function ReopenRequest({ tenantId, id, version, month, onClose }: { tenantId: string; id: string; version: number; month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const request = useRequestReopening(tenantId);
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async ({ reason }: { reason: string }) => {
    try {
      await request.mutateAsync({ id, version, reason });
      message.success(t('periods.reopen.done'));
      onClose();
    } catch (error) {
      message.error(describeError(error));
    }
  };
  return (
    <Modal open title={t('periods.reopen.title', { month })} okText={t('periods.reopen.submit')} confirmLoading={request.isPending}
      onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('periods.reopen.note')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('periods.reopen.reason')} rules={[{ required: true, whitespace: true, message: t('periods.reopen.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
