import { App, Descriptions, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '@/components/useDescribeError';
import type { Objection, PublicityRow } from '@/lib/api/types';
import { formatPoints } from '@/lib/cycle/format';
import { useAnswerObjection } from '../api/cycle';

interface Values {
  outcome: 'dismiss' | 'void' | 'values';
  answer: string;
  quantity?: number;
  awarded?: number;
}

/**
 * Answers an objection: dismissed, or upheld by voiding the entry or giving it new values. It shows who objected, to
 * which entry and its current value, from the publicity list, and what the member's total would become (before the
 * section caps, which the engine applies on finalising).
 */
export function AnswerModal({ tenantId, objection, rows, onClose }: { tenantId: string; objection: Objection; rows: readonly PublicityRow[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerObjection(tenantId);
  const outcome = Form.useWatch('outcome', form);
  const onEntry = objection.ledgerEntryId !== null;
  const awarded = Form.useWatch('awarded', form);
  const objector = rows.find((row) => row.memberId === objection.objectorId);
  const subject = rows.find((row) => row.entries.some((entry) => entry.ledgerEntryId === objection.ledgerEntryId))
    ?? rows.find((row) => row.memberId === objection.subjectMemberId);
  const entry = subject?.entries.find((candidate) => candidate.ledgerEntryId === objection.ledgerEntryId);
  const newTotal =
    subject === undefined || entry === undefined || entry.points === null || entry.points === undefined
      ? undefined
      : outcome === 'void'
        ? subject.total - entry.points
        : outcome === 'values' && typeof awarded === 'number'
          ? subject.total - entry.points + awarded
          : undefined;

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
        <Descriptions size="small" column={1} bordered data-testid="objection-facts" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('periods.objector')}>{objector?.memberName ?? '—'}</Descriptions.Item>
          {subject && <Descriptions.Item label={t('periods.subject')}>{subject.memberName}</Descriptions.Item>}
          {entry && (
            <Descriptions.Item label={t('periods.entry')}>
              {entry.itemName}
              {entry.points !== null && entry.points !== undefined && ` · ${formatPoints(entry.points, true)}`}
              {entry.reason && <Typography.Text type="secondary"> · {entry.reason}</Typography.Text>}
            </Descriptions.Item>
          )}
          {subject && <Descriptions.Item label={t('periods.currentTotal')}>{formatPoints(subject.total)}</Descriptions.Item>}
          <Descriptions.Item label={t('periods.objectionText')}>{objection.text}</Descriptions.Item>
        </Descriptions>
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
            <Form.Item
              name="awarded"
              label={t('periods.newAwarded')}
              dependencies={['quantity']}
              rules={[
                ({ getFieldValue }) => ({
                  // Upheld, the answer must change something: a new count or new points.
                  validator: (_, value) =>
                    value !== undefined && value !== null || getFieldValue('quantity')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('periods.changeRequired'))),
                }),
              ]}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {newTotal !== undefined && (
          <Typography.Paragraph data-testid="objection-new-total">
            {t('periods.newTotal', { before: formatPoints(subject?.total), after: formatPoints(newTotal) })}
          </Typography.Paragraph>
        )}
        <Form.Item name="answer" label={t('periods.answerText')} rules={[{ required: true, message: t('declare.problems.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
