import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import { useRequestLink } from '../api/links';

interface RequestLinkValues {
  code: string;
  note?: string;
}

// The backend's limits (LinkRequest); it stays the authority.
const maxCodeLength = 40;
const maxNoteLength = 200;

/** 输入邀请码申请关联: the lower side's request, with the code its upper committee gave it. */
export function RequestLinkForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<RequestLinkValues>();
  const request = useRequestLink(tenantId);
  const [failure, setFailure] = useState<unknown>();

  const submit = async ({ code, note }: RequestLinkValues) => {
    setFailure(undefined);
    const trimmedNote = note?.trim();
    try {
      await request.mutateAsync({ code: code.trim(), ...(trimmedNote ? { note: trimmedNote } : {}) });
      void message.success(t('links.request.done'));
      form.resetFields();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        // An unknown, expired or revoked code: the backend says so in its detail, which belongs to the field.
        form.setFields([{ name: 'code', errors: [describeError(error)] }]);
        return;
      }
      const unplaced = showFieldErrors(form, error, ['code', 'note']);
      if (fieldErrorsOf(error).length === 0 || unplaced.length > 0) setFailure(error);
    }
  };

  return (
    <Form<RequestLinkValues>
      form={form}
      name="requestLink"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 520 }}
    >
      <Form.Item
        name="code"
        label={t('links.request.code')}
        extra={t('links.request.codeHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('links.request.code') }) },
          { max: maxCodeLength, message: t('validation.maxLength', { field: t('links.request.code'), max: maxCodeLength }) },
        ]}
      >
        <Input
          placeholder={t('links.request.codePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          style={{ fontFamily: 'monospace', letterSpacing: 1 }}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('links.request.note')}
        rules={[{ max: maxNoteLength, message: t('validation.maxLength', { field: t('links.request.note'), max: maxNoteLength }) }]}
      >
        <Input.TextArea rows={2} showCount maxLength={maxNoteLength} placeholder={t('links.request.notePlaceholder')} />
      </Form.Item>
      {failure !== undefined && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('links.request.failed')}
          description={describeError(failure)}
        />
      )}
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={request.isPending}>
        {t('links.request.submit')}
      </Button>
    </Form>
  );
}
