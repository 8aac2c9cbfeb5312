import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Steps, Tag, Typography } from 'antd';
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
import { downloadRegister, useObjections, usePeriod, usePeriodPublicity, usePeriodStep } from '../api/cycle';
import { AnswerModal } from './AnswerModal';
import { periodStep } from './periodSteps';

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
  const { current, next } = periodStep(period.status, period.publicityUntil);

  const act = async (which: 'approve' | 'publicity' | 'finalise') => {
    try {
      await step.mutateAsync({ step: which, branchId, month, id: period.id, version: period.version });
      message.success(t(`periods.done.${which}`));
    } catch (error) {
      message.error(describeError(error));
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
          <Button type="primary" loading={step.isPending} disabled={next === 'finalise' && open > 0} onClick={() => void act(next)}>
            {t(`periods.actions.${next}`)}
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
      {answering && <AnswerModal tenantId={tenantId} objection={answering} onClose={() => setAnswering(undefined)} />}
    </Flex>
  );
}
