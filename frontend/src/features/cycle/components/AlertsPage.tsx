import { App, Button, Card, Flex, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { useDescribeError } from '@/components/useDescribeError';
import { formatPoints } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useAlerts, useCloseAlert } from '../api/cycle';

/** 预警: low months as tasks, closed with a note on what was done. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const alerts = useAlerts(tenantId ?? '', branchId, undefined);
  const close = useCloseAlert(tenantId ?? '');
  const [notes, setNotes] = useState<Record<string, string>>({});
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
            <List.Item>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{alert.memberName}</Typography.Text>
                  <Typography.Text>{alert.month}</Typography.Text>
                  <Tag>{t(`alerts.kinds.${alert.kind}`, { defaultValue: alert.kind })}</Tag>
                  <Typography.Text>{t('alerts.score', { score: formatPoints(alert.score) })}</Typography.Text>
                  <Tag color={alert.status === 'OPEN' ? 'warning' : 'default'}>{t(`alerts.status.${alert.status}`, { defaultValue: alert.status })}</Tag>
                </Flex>
                {alert.notes.map((note) => (
                  <Typography.Text key={note.writtenAt} type="secondary">
                    {note.text}
                  </Typography.Text>
                ))}
                {alert.status === 'OPEN' && (
                  <Flex gap={8}>
                    <Input
                      aria-label={t('alerts.note')}
                      placeholder={t('alerts.note')}
                      value={notes[alert.id] ?? ''}
                      onChange={(event) => setNotes({ ...notes, [alert.id]: event.target.value })}
                    />
                    <Button
                      disabled={!notes[alert.id]}
                      onClick={() =>
                        close.mutate({ id: alert.id, version: alert.version, note: notes[alert.id] ?? '' }, { onError: (error) => void message.error(describeError(error)) })
                      }
                    >
                      {t('alerts.close')}
                    </Button>
                  </Flex>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
