import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import type { NewInstitution, NewInstitutionRequest } from '@/lib/api/types';
import { useAddInstitution } from '../api/addInstitution';
import { InstitutionFields } from './InstitutionFields';

const formFields = ['institutionName', 'rootOrgType', 'rootOrgName'];

interface NewInstitutionModalProps {
  onClose: () => void;
  onCreated: (institution: NewInstitution, name: string) => void;
}

/** 新建机构: someone who already has an account opens another institution and becomes its admin. */
export function NewInstitutionModal({ onClose, onCreated }: NewInstitutionModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<NewInstitutionRequest>();
  // One key per opening of the dialog: a double click or a retry after a lost answer adds one institution.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const add = useAddInstitution(idempotencyKey);
  const [failure, setFailure] = useState<unknown>();

  const submit = async (values: NewInstitutionRequest) => {
    setFailure(undefined);
    const request = { ...values, institutionName: values.institutionName.trim(), rootOrgName: values.rootOrgName.trim() };
    try {
      onCreated(await add.mutateAsync(request), request.institutionName);
    } catch (error) {
      const unplaced = showFieldErrors(form, error, formFields);
      if (fieldErrorsOf(error).length === 0 || unplaced.length > 0) setFailure(error);
    }
  };

  return (
    <Modal
      open
      title={t('onboarding.another.title')}
      okText={t('onboarding.another.submit')}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('onboarding.another.hint')}</Typography.Paragraph>
      <Form<NewInstitutionRequest>
        form={form}
        name="newInstitution"
        layout="vertical"
        initialValues={{ rootOrgType: 'COMMITTEE' }}
        onFinish={(values) => void submit(values)}
      >
        <InstitutionFields />
      </Form>
      {failure !== undefined && (
        <Alert type="error" showIcon title={t('onboarding.another.failed')} description={describeError(failure)} />
      )}
    </Modal>
  );
}
