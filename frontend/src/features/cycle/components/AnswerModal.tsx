import { App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '@/components/useDescribeError';
import type { Objection } from '@/lib/api/types';
import { useAnswerObjection } from '../api/cycle';

interface Values {
  outcome: 'dismiss' | 'void' | 'values';
  answer: string;
  quantity?: number;
  awarded?: number;
}

/** Answers an objection: dismissed, or upheld by voiding the entry or giving it new values. */
export function AnswerModal({ tenantId, objection, onClose }: { tenantId: string; objection: Objection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerObjection(tenantId);
  const outcome = Form.useWatch('outcome', form);
  const onEntry = objection.ledgerEntryId !== null;

  const submit = async (values: Values) => {
    const upheld = values.outcome !== 'dismiss';
    try {
      await answer.mutateAsync({
        id: objection.id,
        body: {
          version: objection.version,
          upheld,
          answer: values.answer,
          ...(values.outcome === 'void' ? { voided: true } : {}),
          ...(values.outcome === 'values'
            ? { ...(values.quantity ? { quantity: values.quantity } : {}), ...(values.awarded !== undefined && values.awarded !== null ? { awarded: values.awarded } : {}) }
            : {}),
        },
      });
      message.success(t('periods.answered'));
      onClose();
    } catch (error) {
      message.error(describeError(error));
    }
  };

  return (
    <Modal open title={t('periods.answerTitle')} okText={t('periods.answer')} onOk={() => form.submit()} confirmLoading={answer.isPending} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="answer" initialValues={{ outcome: onEntry ? 'void' : 'dismiss' }} onFinish={(values) => void submit(values)}>
        <Form.Item label={t('periods.objectionText')}>{objection.text}</Form.Item>
        <Form.Item name="outcome" label={t('periods.outcome')}>
          <Radio.Group
            options={[
              ...(onEntry
                ? [
                    { value: 'void', label: t('periods.outcomes.void') },
                    { value: 'values', label: t('periods.outcomes.values') },
                  ]
                : []),
              { value: 'dismiss', label: t('periods.outcomes.dismiss') },
            ]}
          />
        </Form.Item>
        {outcome === 'values' && (
          <>
            <Form.Item name="quantity" label={t('periods.newQuantity')}>
              <InputNumber min={0.5} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="awarded" label={t('periods.newAwarded')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="answer" label={t('periods.answerText')} rules={[{ required: true, message: t('declare.problems.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
