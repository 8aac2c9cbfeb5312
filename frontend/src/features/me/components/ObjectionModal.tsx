import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceUpload } from '@/components/EvidenceUpload';
import { showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { useObject } from '../api/me';

export interface ObjectionTarget {
  /** What is objected to, in words. */
  label: string;
  ledgerEntryId?: string;
  subjectMemberId?: string;
}

interface Values {
  text: string;
  evidenceIds?: string[];
}

/** 异议: a member objects to one entry or a total during publicity, with text and evidence. */
export function ObjectionModal({ tenantId, periodId, target, onClose }: { tenantId: string; periodId: string; target: ObjectionTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<Values>();
  const object = useObject(tenantId, periodId);

  const submit = async (values: Values) => {
    try {
      await object.mutateAsync({
        ...(target.ledgerEntryId ? { ledgerEntryId: target.ledgerEntryId } : { subjectMemberId: target.subjectMemberId }),
        text: values.text,
        evidenceIds: values.evidenceIds ?? [],
      });
      message.success(t('publicity.objected'));
      onClose();
    } catch (error) {
      const unplaced = showFieldErrors(form, error, ['text', 'evidenceIds']);
      if (unplaced.length > 0 || !(error instanceof Error && 'problem' in error)) message.error(describeError(error));
    }
  };

  return (
    <Modal
      open
      title={t('publicity.objectTitle', { target: target.label })}
      okText={t('publicity.sendObjection')}
      onOk={() => form.submit()}
      confirmLoading={object.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="objection" onFinish={(values) => void submit(values)}>
        <Form.Item name="text" label={t('publicity.objectionText')} rules={[{ required: true, message: t('declare.problems.required') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidenceIds" label={t('declare.evidence')}>
          <EvidenceUpload tenantId={tenantId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
