import { App, Button, Checkbox, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '@/components/useDescribeError';
import type { Activity } from '@/lib/api/types';
import { useFinaliseActivity, useMarkAttendance } from '../api/cycle';
import { attendanceKinds, attendanceReducer, isChanged, marksOf, sheetOf } from './attendanceState';

/** One activity's attendance, marked in bulk and saved; finalising writes the points. After that a change needs a reason. */
export function AttendanceSheet({ tenantId, activity }: { tenantId: string; activity: Activity }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const describeError = useDescribeError();
  const [sheet, dispatch] = useReducer(attendanceReducer, activity, sheetOf);
  const [reason, setReason] = useState('');
  const mark = useMarkAttendance(tenantId);
  const finalise = useFinaliseActivity(tenantId);
  const finalised = activity.status === 'FINALISED';
  const changed = isChanged(sheet, activity);
  const { marks, unmarked } = marksOf(sheet);

  const save = async () => {
    try {
      const saved = await mark.mutateAsync({ id: activity.id, body: { version: activity.version, marks, ...(finalised ? { reason } : {}) } });
      dispatch({ type: 'reset', activity: saved });
      setReason('');
      message.success(t('activities.saved'));
    } catch (error) {
      message.error(describeError(error));
    }
  };
  // Finalising writes the attendance's points to the ledger: afterwards a change needs a reason.
  const finish = () => {
    modal.confirm({
      title: t('activities.confirmFinalise.title', { title: activity.title }),
      content: t('activities.confirmFinalise.content', { count: marks.length }),
      okText: t('activities.finalise'),
      onOk: () =>
        finalise
          .mutateAsync({ id: activity.id, version: activity.version })
          .then(() => void message.success(t('activities.finalised')))
          .catch((error: unknown) => void message.error(describeError(error))),
    });
  };

  return (
    <Flex vertical gap={12} data-testid="attendance-sheet">
      <Flex gap={8} wrap align="center">
        <Button onClick={() => dispatch({ type: 'allPresent' })}>{t('activities.allPresent')}</Button>
        <Typography.Text type="secondary">{t('activities.unmarked', { count: unmarked.length })}</Typography.Text>
        {finalised && <Tag color="success">{t('activities.status.FINALISED')}</Tag>}
      </Flex>
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={activity.participants}
        columns={[
          { title: t('activities.member'), dataIndex: 'name', fixed: 'left' },
          {
            title: t('activities.attendance'),
            key: 'attendance',
            render: (_, participant) => (
              <Segmented
                size="small"
                aria-label={t('activities.markOf', { name: participant.name })}
                data-testid={`mark-${participant.name}`}
                value={sheet[participant.memberId]?.attendance ?? ''}
                onChange={(value) => dispatch({ type: 'mark', memberId: participant.memberId, attendance: value as (typeof attendanceKinds)[number] })}
                options={attendanceKinds.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }))}
              />
            ),
          },
          {
            title: t('activities.host'),
            key: 'host',
            render: (_, participant) => (
              <Checkbox
                aria-label={t('activities.hostOf', { name: participant.name })}
                checked={sheet[participant.memberId]?.host}
                onChange={() => dispatch({ type: 'toggle', memberId: participant.memberId, role: 'host' })}
              />
            ),
          },
          {
            title: t('activities.minutes'),
            key: 'minutes',
            render: (_, participant) => (
              <Checkbox
                aria-label={t('activities.minutesOf', { name: participant.name })}
                checked={sheet[participant.memberId]?.minutes}
                onChange={() => dispatch({ type: 'toggle', memberId: participant.memberId, role: 'minutes' })}
              />
            ),
          },
        ]}
      />
      {finalised && changed && (
        <Input.TextArea
          rows={2}
          maxLength={500}
          aria-label={t('activities.changeReason')}
          placeholder={t('activities.changeReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      <Flex gap={8} wrap>
        <Button
          type={finalised ? 'primary' : 'default'}
          disabled={!changed || marks.length === 0 || (finalised && reason.trim() === '')}
          loading={mark.isPending}
          onClick={() => void save()}
        >
          {t('activities.save')}
        </Button>
        {!finalised && (
          <Button type="primary" disabled={changed || unmarked.length > 0} loading={finalise.isPending} onClick={finish}>
            {t('activities.finalise')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
