import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { ActivityKind } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { useScheduleActivity } from '../api/cycle';

const activityKinds: readonly ActivityKind[] = [
  'BRANCH_MEETING',
  'COMMITTEE_MEETING',
  'GROUP_MEETING',
  'PARTY_LECTURE',
  'THEME_DAY',
  'LIFE_MEETING',
  'STUDY',
  'VOLUNTEER',
  'OTHER',
];

interface Values {
  kind: ActivityKind;
  heldOn: string;
  title: string;
  location?: string;
}

/** Schedules an activity of the branch; everyone in the branch takes part. */
export function ScheduleModal({ tenantId, branchId, onClose }: { tenantId: string; branchId: string; onClose: (activityId?: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<Values>();
  const schedule = useScheduleActivity(tenantId);

  const submit = async (values: Values) => {
    try {
      const activity = await schedule.mutateAsync({ branchId, ...values, title: values.title || t(`activities.types.${values.kind}`) });
      onClose(activity.id);
    } catch (error) {
      if (showFieldErrors(form, error, ['kind', 'heldOn', 'title', 'location']).length > 0) message.error(describeError(error));
      else if (!(error instanceof Error && 'problem' in error)) message.error(describeError(error));
    }
  };

  return (
    <Modal open title={t('activities.schedule')} okText={t('activities.scheduleOk')} onOk={() => form.submit()} confirmLoading={schedule.isPending} onCancel={() => onClose()} destroyOnHidden>
      <Form form={form} layout="vertical" name="activity" initialValues={{ kind: 'BRANCH_MEETING', heldOn: todayInChina() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="kind" label={t('activities.kind')}>
          <Select options={activityKinds.map((kind) => ({ value: kind, label: t(`activities.types.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('activities.heldOn')} rules={[{ required: true, message: t('declare.problems.required') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="title" label={t('activities.title')}>
          <Input maxLength={200} placeholder={t('activities.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="location" label={t('activities.location')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item>{t('activities.everyone')}</Form.Item>
      </Form>
    </Modal>
  );
}
