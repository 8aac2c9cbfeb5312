import { Alert, App, Button, Descriptions, Drawer, Flex, Grid, Input, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import type { Filing, FilingSummary } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useDecide, useFiling } from '../api/filings';
import { decisionProblem, filingPeriodLabel, filingStatusColors } from './filingRules';

interface FilingDrawerProps {
  tenantId: string;
  /** The filing as the list showed it, while its detail loads. */
  initial: Filing;
  /** Opened from the parent's inbox: a filing awaiting a decision may be accepted or returned. */
  deciding: boolean;
  onClose: () => void;
}

/** One filing: the summary as filed, where it stands, and (for the parent) accepting or returning it with a comment. */
export function FilingDrawer({ tenantId, initial, deciding, onClose }: FilingDrawerProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const detail = useFiling(tenantId, initial.id);
  const filing = detail.data ?? initial;
  return (
    <Drawer
      open
      title={t('filings.detailTitle', { branch: filing.summary.branch, period: filingPeriodLabel(filing.period, t) })}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      data-testid="filing-drawer"
    >
      {detail.error ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : detail.data === undefined ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={20}>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'status',
                label: t('filings.columns.status'),
                children: <Tag color={filingStatusColors[filing.status]}>{t(`filings.status.${filing.status}`, { defaultValue: filing.status })}</Tag>,
              },
              { key: 'filedAt', label: t('filings.columns.filedAt'), children: formatShanghaiTime(filing.filedAt) },
              ...(filing.decidedAt ? [{ key: 'decidedAt', label: t('filings.columns.decidedAt'), children: formatShanghaiTime(filing.decidedAt) }] : []),
              ...(filing.comment ? [{ key: 'comment', label: t('filings.columns.comment'), children: filing.comment }] : []),
            ]}
          />
          <SummaryTable summary={filing.summary} />
          {deciding && filing.status === 'FILED' && <Decision tenantId={tenantId} filing={filing} onDecided={onClose} />}
        </Flex>
      )}
    </Drawer>
  );
}

/** The summary as filed: each member's months, total and grade. */
function SummaryTable({ summary }: { summary: FilingSummary }) {
  const { t } = useTranslation();
  type Line = FilingSummary['lines'][number];
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('filings.summary')}</Typography.Text>
      <Table<Line>
        data-testid="filing-summary"
        rowKey="memberId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={summary.lines}
        columns={[
          { title: t('filings.columns.name'), dataIndex: 'name', fixed: 'start' },
          ...summary.months.map((month, index) => ({ title: month, key: month, render: (_: unknown, line: Line) => line.months[index] ?? '' })),
          { title: t('filings.columns.total'), dataIndex: 'total' },
          { title: t('filings.columns.grade'), key: 'grade', render: (_: unknown, line: Line) => line.grade ?? '—' },
        ]}
      />
    </Flex>
  );
}

/** Accept, or return with the comment a return needs. */
function Decision({ tenantId, filing, onDecided }: { tenantId: string; filing: Filing; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const decide = useDecide(tenantId);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string>();

  const send = async (accept: boolean) => {
    if (decisionProblem(accept, comment)) {
      setProblem(t('filings.commentRequired'));
      return;
    }
    try {
      await decide.mutateAsync({ id: filing.id, body: { version: filing.version, accept, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      message.success(t(accept ? 'filings.accepted' : 'filings.returned'));
      onDecided();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.warning(describeError(error));
        onDecided();
        return;
      }
      setProblem(error instanceof ApiError ? (error.problem.errors?.map((fieldError) => fieldError.message).join(' ') ?? describeError(error)) : describeError(error));
    }
  };

  return (
    <Flex vertical gap={8} data-testid="filing-decision">
      <Typography.Text strong>{t('filings.decision')}</Typography.Text>
      <Input.TextArea
        aria-label={t('filings.comment')}
        placeholder={t('filings.commentPlaceholder')}
        rows={3}
        maxLength={500}
        value={comment}
        status={problem ? 'error' : undefined}
        onChange={(event) => {
          setComment(event.target.value);
          setProblem(undefined);
        }}
      />
      {problem && <Alert type="error" showIcon title={problem} />}
      <Flex gap={8}>
        <Button type="primary" loading={decide.isPending} onClick={() => void send(true)}>
          {t('filings.accept')}
        </Button>
        <Button danger disabled={decide.isPending} onClick={() => void send(false)}>
          {t('filings.return')}
        </Button>
      </Flex>
    </Flex>
  );
}
