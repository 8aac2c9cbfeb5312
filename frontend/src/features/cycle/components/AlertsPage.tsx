import { App, Button, Card, Flex, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { useDescribeError } from '@/components/useDescribeError';
import type { Alert } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { formatPoints } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useAddAlertNote, useAlerts, useCloseAlert } from '../api/cycle';

/** 预警: low months as tasks, followed up with notes and closed with a note on what was done. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const alerts = useAlerts(tenantId ?? '', branchId, undefined);
  if (tenantId === null) return null;
  return (
    <Card title={<CycleFilters tenantId={tenantId} branchId={branchId} onBranch={setBranchId} />} data-testid="alerts-page">
      {alerts.error ? (
        <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : (
        <List
          loading={alerts.isLoading}
          dataSource={alerts.data ?? []}
          locale={{ emptyText: t('alerts.none') }}
          renderItem={(alert) => (
            <List.Item data-testid={`alert-${alert.kind}-${alert.memberName ?? alert.branchName}`}>
              <AlertTask tenantId={tenantId} alert={alert} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** One alert: whom and what it is about, its follow-up notes, and (while open) a note added or the alert closed. */
function AlertTask({ tenantId, alert }: { tenantId: string; alert: Alert }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const addNote = useAddAlertNote(tenantId);
  const close = useCloseAlert(tenantId);
  const [text, setText] = useState('');
  const onError = (error: unknown) => void message.error(describeError(error));
  // A branch's alert is about its share of graded members below passing, in percent; a member's about their score.
  const isBranch = alert.kind === 'BRANCH_BELOW_PASSING';
  return (
    <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{isBranch ? alert.branchName : alert.memberName}</Typography.Text>
        <Typography.Text>{alert.month}</Typography.Text>
        <Tag>{t(`alerts.kinds.${alert.kind}`, { defaultValue: alert.kind })}</Tag>
        <Typography.Text>
          {isBranch ? t('alerts.share', { share: formatPoints(alert.score) }) : t('alerts.score', { score: formatPoints(alert.score) })}
        </Typography.Text>
        <Tag color={alert.status === 'OPEN' ? 'warning' : 'default'}>{t(`alerts.status.${alert.status}`, { defaultValue: alert.status })}</Tag>
      </Flex>
      {alert.notes.length > 0 && (
        <Flex vertical gap={2} data-testid="alert-notes">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('alerts.notes')}
          </Typography.Text>
          {alert.notes.map((note) => (
            <Typography.Text key={`${note.writtenAt}-${note.text}`}>
              <Typography.Text type="secondary">{formatShanghaiTime(note.writtenAt)}</Typography.Text> {note.text}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {alert.status === 'OPEN' && (
        <Flex gap={8} wrap>
          <Input
            aria-label={t('alerts.note')}
            placeholder={t('alerts.notePlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            style={{ flex: '1 1 220px', minWidth: 0 }}
          />
          <Button
            disabled={!text.trim()}
            loading={addNote.isPending}
            onClick={() => addNote.mutate({ id: alert.id, text: text.trim() }, { onSuccess: () => setText(''), onError })}
          >
            {t('alerts.addNote')}
          </Button>
          <Button
            type="primary"
            // Closed with a note on what was done: the one typed, or the follow-up already noted.
            disabled={!text.trim() && alert.notes.length === 0}
            loading={close.isPending}
            onClick={() => close.mutate({ id: alert.id, version: alert.version, note: text.trim() }, { onSuccess: () => setText(''), onError })}
          >
            {t('alerts.close')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
