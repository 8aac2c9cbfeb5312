import { App, Button, Flex, Form, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { fieldErrorsOf } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { Filing } from '@/lib/api/types';
import { currentMonthInChina } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useFile, useFilings } from '../api/filings';
import { filingPeriodLabel, lastEndedQuarter, mayRefile, periodOf, type PeriodKind } from './filingRules';
import { FilingTable } from './FilingTable';

/** 本支部上报: the branch files a quarter or its year to the parent, sees where its filings stand, and files again after a return. */
export function BranchFilings({ tenantId, onOpen }: { tenantId: string; onOpen: (filing: Filing) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [branchId, setBranchId] = useBranch();
  const filings = useFilings(tenantId, branchId, undefined);
  const file = useFile(tenantId);
  const ended = lastEndedQuarter(currentMonthInChina());
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(ended.year);
  const [quarter, setQuarter] = useState(ended.quarter);
  const [problem, setProblem] = useState<string>();
  const thisYear = Number(currentMonthInChina().slice(0, 4));
  const own = filings.data?.filter((filing) => filing.branchId === branchId);
  /** Another period chosen: the refusal of the last one no longer applies. */
  const choosing =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      setProblem(undefined);
    };

  const send = async (period: string) => {
    if (branchId === undefined) return;
    setProblem(undefined);
    try {
      await file.mutateAsync({ branchId, period });
      message.success(t('filings.filed', { period: filingPeriodLabel(period, t) }));
    } catch (error) {
      // 尚未定稿的月份, 已经上报: the server says which, in words.
      setProblem(fieldErrorsOf(error).map((fieldError) => fieldError.message).join(' ') || describeError(error));
    }
  };

  return (
    <Flex vertical gap={16}>
      <CycleFilters tenantId={tenantId} branchId={branchId} onBranch={setBranchId} />
      <Form layout="vertical" name="filing" data-testid="file-form" style={{ maxWidth: 640 }}>
        <Form.Item label={t('filings.period')} validateStatus={problem ? 'error' : undefined} help={problem}>
          <Flex gap={8} wrap>
            <Segmented<PeriodKind>
              value={kind}
              onChange={choosing(setKind)}
              options={[
                { value: 'quarter', label: t('filings.kinds.quarter') },
                { value: 'year', label: t('filings.kinds.year') },
              ]}
            />
            <Select
              aria-label={t('filings.year')}
              value={year}
              onChange={choosing<number>(setYear)}
              options={[thisYear, thisYear - 1, thisYear - 2].map((candidate) => ({ value: candidate, label: t('ledger.yearOption', { year: candidate }) }))}
              style={{ width: 110 }}
            />
            {kind === 'quarter' && (
              <Select
                aria-label={t('filings.quarter')}
                value={quarter}
                onChange={choosing<number>(setQuarter)}
                options={([1, 2, 3, 4] as const).map((candidate) => ({ value: candidate, label: t(`schemes.quarters.q${candidate}`) }))}
                style={{ width: 120 }}
              />
            )}
            <Button type="primary" disabled={branchId === undefined} loading={file.isPending} onClick={() => void send(periodOf(kind, year, quarter))}>
              {t('filings.file')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('filings.branchHint')}</Typography.Text>
      {filings.error ? (
        <ErrorState error={filings.error} onRetry={() => void filings.refetch()} />
      ) : (
        <FilingTable
          testId="branch-filings"
          filings={branchId === undefined ? [] : own}
          loading={filings.isLoading}
          showBranch={false}
          actions={(filing) => (
            <Flex gap={4}>
              <Button size="small" onClick={() => onOpen(filing)}>
                {t('filings.view')}
              </Button>
              {own && mayRefile(filing, own) && (
                <Button size="small" type="primary" loading={file.isPending} onClick={() => void send(filing.period)}>
                  {t('filings.fileAgain')}
                </Button>
              )}
            </Flex>
          )}
        />
      )}
    </Flex>
  );
}
