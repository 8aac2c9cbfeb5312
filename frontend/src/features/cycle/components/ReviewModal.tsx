import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import type { Declaration, ReviewDecision } from '@/lib/api/types';
import { adjustedField } from '@/lib/cycle/ruleValues';
import { useReview } from '../api/cycle';
import { reviewRequest, type ReviewValues } from './reviewRules';

interface ReviewModalProps {
  tenantId: string;
  declaration: Declaration;
  decision: Exclude<ReviewDecision, 'APPROVE'>;
  onClose: () => void;
}

/** Adjust (a new value and a reason), reject or return (a reason) one declaration. */
export function ReviewModal({ tenantId, declaration, decision, onClose }: ReviewModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<ReviewValues>();
  const review = useReview(tenantId);
  const field = adjustedField(declaration.ruleType);

  const submit = async (values: ReviewValues) => {
    try {
      await review.mutateAsync({ id: declaration.id, body: reviewRequest(declaration, decision, values) });
      message.success(t(`review.done.${decision}`));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.warning(t('review.conflict'));
        onClose();
        return;
      }
      const unplaced = showFieldErrors(form, error, ['quantity', 'points', 'level', 'awarded', 'reason']);
      if (unplaced.length > 0 || !(error instanceof ApiError && error.problem.errors?.length)) message.error(describeError(error));
    }
  };

  return (
    <Modal
      open
      title={t(`review.titles.${decision}`, { item: declaration.itemName, name: declaration.memberName })}
      okText={t(`review.actions.${decision}`)}
      okButtonProps={{ danger: decision === 'REJECT' }}
      onOk={() => form.submit()}
      confirmLoading={review.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="review"
        onFinish={(values) => void submit(values)}
        initialValues={{ quantity: declaration.quantity, points: declaration.points ?? undefined, level: declaration.level ?? undefined }}
      >
        {decision === 'ADJUST' && (
          <Form.Item name={field} label={t(`review.fields.${field}`)} rules={[{ required: true, message: t('declare.problems.required') }]}>
            {field === 'level' ? <Input maxLength={60} /> : <InputNumber style={{ width: '100%' }} min={field === 'quantity' ? 0.5 : undefined} />}
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('review.reason')} rules={[{ required: true, message: t('declare.problems.required') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
