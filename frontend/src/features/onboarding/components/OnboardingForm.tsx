import { Alert, Button, Form, Input, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '@/components/useDescribeError';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError, type FieldError } from '@/lib/api/problem';
import { useOnboard } from '../api/onboard';
import { InstitutionFields } from './InstitutionFields';
import {
  toOnboardingRequest,
  useOnboardingRules,
  type OnboardingField,
  type OnboardingFormValues,
} from './onboardingRules';

export interface CreatedInstitution {
  institutionName: string;
  /** The mobile number or e-mail address the administrator signs in with. */
  account: string;
}

const formFields: readonly OnboardingField[] = [
  'institutionName',
  'rootOrgType',
  'rootOrgName',
  'adminName',
  'mobile',
  'email',
  'password',
  'confirmPassword',
];

function isFormField(field: string): field is OnboardingField {
  return formFields.some((formField) => formField === field);
}

function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError ? (error.problem.errors ?? []) : [];
}

/** Puts the backend's field errors under the inputs they belong to. */
function showFieldErrors(form: FormInstance<OnboardingFormValues>, errors: FieldError[]) {
  const messagesByField = new Map<OnboardingField, string[]>();
  for (const { field, message } of errors) {
    if (isFormField(field)) messagesByField.set(field, [...(messagesByField.get(field) ?? []), message]);
  }
  form.setFields([...messagesByField].map(([name, messages]) => ({ name, errors: messages })));
}

export function OnboardingForm({ onCreated }: { onCreated: (institution: CreatedInstitution) => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<OnboardingFormValues>();
  const rules = useOnboardingRules();
  // One key for everything submitted from this form: a double click or a retry after a lost answer
  // signs the institution up once. Failed attempts do not use the key up on the backend.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const onboard = useOnboard(idempotencyKey);

  const submit = (values: OnboardingFormValues) => {
    const request = toOnboardingRequest(values);
    onboard.mutate(request, {
      onSuccess: () =>
        onCreated({ institutionName: request.institutionName, account: request.mobile ?? request.email ?? '' }),
      onError: (error) => showFieldErrors(form, fieldErrorsOf(error)),
    });
  };

  // Field errors the form has no input for still need to reach the user.
  const unplacedErrors = fieldErrorsOf(onboard.error).filter((error) => !isFormField(error.field));

  return (
    <Form<OnboardingFormValues>
      form={form}
      name="onboarding"
      layout="vertical"
      initialValues={{ rootOrgType: 'COMMITTEE' }}
      onFinish={submit}
      scrollToFirstError
    >
      <Typography.Title level={5}>{t('onboarding.sections.institution')}</Typography.Title>
      <InstitutionFields />

      <Typography.Title level={5}>{t('onboarding.sections.admin')}</Typography.Title>
      <Form.Item name="adminName" label={t('onboarding.fields.adminName')} rules={rules.adminName}>
        <Input placeholder={t('onboarding.placeholders.adminName')} autoComplete="name" />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('onboarding.contactHint')}</Typography.Paragraph>
      <Form.Item
        name="mobile"
        label={t('onboarding.fields.mobile')}
        rules={rules.mobile}
        dependencies={['email']}
      >
        <Input placeholder={t('onboarding.placeholders.mobile')} inputMode="numeric" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Form.Item name="email" label={t('onboarding.fields.email')} rules={rules.email}>
        <Input placeholder={t('onboarding.placeholders.email')} type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item name="password" label={t('onboarding.fields.password')} rules={rules.password}>
        <Input.Password placeholder={t('onboarding.placeholders.password')} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('onboarding.fields.confirmPassword')}
        rules={rules.confirmPassword}
        dependencies={['password']}
      >
        <Input.Password placeholder={t('onboarding.placeholders.confirmPassword')} autoComplete="new-password" />
      </Form.Item>

      {onboard.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('onboarding.failed')}
          description={[describeError(onboard.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={onboard.isPending}>
        {t('onboarding.submit')}
      </Button>
    </Form>
  );
}
