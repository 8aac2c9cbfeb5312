import { Alert, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClosingChecklist } from '@/lib/api/types';
import { useClosingChecklist } from '../api/cycle';

export type PeriodStepName = 'approve' | 'publicity' | 'finalise';

interface StepConfirmProps {
  tenantId: string;
  branchId: string;
  month: string;
  step: PeriodStepName;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a step that cannot be taken back. Approving shows the month's checklist first: what blocks it (the
 * OK button stays off until none) and the members probably not yet recorded.
 */
export function StepConfirm({ tenantId, branchId, month, step, loading, onConfirm, onCancel }: StepConfirmProps) {
  const { t } = useTranslation();
  const checklist = useClosingChecklist(tenantId, branchId, month, step === 'approve');
  const blocked = step === 'approve' && (checklist.data === undefined || isBlocked(checklist.data));
  return (
    <Modal
      open
      title={t(`periods.confirm.${step}.title`, { month })}
      okText={t(`periods.actions.${step}`)}
      okButtonProps={{ disabled: blocked, 'data-testid': 'step-confirm-ok' }}
      confirmLoading={loading}
      onOk={onConfirm}
      onCancel={onCancel}
      loading={step === 'approve' && checklist.isLoading}
    >
      <Flex vertical gap={12} data-testid="step-confirm">
        {step === 'approve' && checklist.data && <Checklist checklist={checklist.data} />}
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t(`periods.confirm.${step}.note`)}</Typography.Paragraph>
      </Flex>
    </Modal>
  );
}

function isBlocked(checklist: ClosingChecklist) {
  return checklist.pendingDeclarations > 0 || checklist.unfinishedActivities.length > 0 || checklist.openFlags > 0;
}

function Checklist({ checklist }: { checklist: ClosingChecklist }) {
  const { t } = useTranslation();
  const missing = checklist.membersWithoutRecorderEntries;
  return (
    <Flex vertical gap={8} data-testid="closing-checklist">
      {checklist.pendingDeclarations > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('periods.checklist.pendingDeclarations', { count: checklist.pendingDeclarations })}
          action={<Link to="/review">{t('periods.checklist.goReview')}</Link>}
        />
      )}
      {checklist.unfinishedActivities.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('periods.checklist.unfinishedActivities')}
          description={
            <Flex vertical gap={4}>
              {checklist.unfinishedActivities.map((activity) => (
                <Link key={activity.id} to={`/activities?activity=${activity.id}`}>
                  {activity.heldOn} {activity.title}
                </Link>
              ))}
            </Flex>
          }
        />
      )}
      {checklist.openFlags > 0 && <Alert type="error" showIcon title={t('periods.checklist.openFlags', { count: checklist.openFlags })} />}
      {isBlocked(checklist) ? (
        <Typography.Text type="danger">{t('periods.checklist.blocked')}</Typography.Text>
      ) : (
        <Alert type="success" showIcon title={t('periods.checklist.clear')} />
      )}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="checklist-missing"
          title={t('periods.checklist.missing', { items: checklist.recorderItems.slice(0, 3).join('、'), count: missing.length })}
          description={missing.map((member) => member.name).join('、')}
        />
      )}
    </Flex>
  );
}
