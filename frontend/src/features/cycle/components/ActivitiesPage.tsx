import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { currentMonthInChina } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useActivities, useActivity } from '../api/cycle';
import { AttendanceSheet } from './AttendanceSheet';
import { ScheduleModal } from './ScheduleModal';

/** 活动考勤: the branch's activities of a month; one opened to mark its attendance. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const [month, setMonth] = useState(currentMonthInChina);
  // The open activity is in the address, so a link (or a reload) reopens it.
  const [params, setParams] = useSearchParams();
  const openId = params.get('activity') ?? undefined;
  const setOpenId = (id: string) => setParams({ activity: id });
  const [scheduling, setScheduling] = useState(false);
  const activities = useActivities(tenantId ?? '', branchId, month);
  const activity = useActivity(tenantId ?? '', openId);
  if (tenantId === null) return null;

  return (
    <Flex vertical gap={16}>
      <Card
        title={<CycleFilters tenantId={tenantId} branchId={branchId} onBranch={setBranchId} month={month} onMonth={setMonth} />}
        extra={
          <Button type="primary" disabled={branchId === undefined} onClick={() => setScheduling(true)}>
            {t('activities.schedule')}
          </Button>
        }
        data-testid="activities-page"
      >
        {activities.error ? (
          <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />
        ) : (
          <List
            loading={activities.isLoading}
            dataSource={activities.data ?? []}
            locale={{ emptyText: t('activities.none') }}
            renderItem={(item) => (
              <List.Item
                onClick={() => setOpenId(item.id)}
                style={{ cursor: 'pointer' }}
                data-testid={`activity-${item.title}`}
                extra={<Button size="small" type={item.id === openId ? 'primary' : 'default'}>{t('activities.markAttendance')}</Button>}
              >
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{item.title}</Typography.Text>
                  <Tag>{t(`activities.types.${item.kind}`)}</Tag>
                  <Typography.Text type="secondary">{item.heldOn}</Typography.Text>
                  <Tag color={item.status === 'FINALISED' ? 'success' : 'processing'}>
                    {t(`activities.status.${item.status === 'FINALISED' ? 'FINALISED' : 'OPEN'}`)}
                  </Tag>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      {openId && (
        <Card title={activity.data ? `${activity.data.title} · ${activity.data.heldOn}` : t('activities.attendance')}>
          {activity.error ? (
            <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />
          ) : activity.data === undefined ? (
            <PageLoading />
          ) : (
            <AttendanceSheet key={`${activity.data.id}-${activity.data.version}`} tenantId={tenantId} activity={activity.data} />
          )}
        </Card>
      )}
      {scheduling && branchId && (
        <ScheduleModal
          tenantId={tenantId}
          branchId={branchId}
          onClose={(id) => {
            setScheduling(false);
            if (id) setOpenId(id);
          }}
        />
      )}
    </Flex>
  );
}
