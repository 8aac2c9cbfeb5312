import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { IssuedLinkInvitation, OrgNode } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useIssueInvitation } from '../api/links';

interface IssueValues {
  validDays: number;
}

interface IssueInvitationModalProps {
  tenantId: string;
  org: Pick<OrgNode, 'id' | 'name'>;
  onClose: () => void;
}

// The backend's limits (IssueRequest).
const defaultValidDays = 30;
const maxValidDays = 365;

/**
 * Issues an invitation code at a committee, then shows it: the one and only time the full code is visible
 * (the backend keeps only its hash). Closing forgets it.
 */
export function IssueInvitationModal({ tenantId, org, onClose }: IssueInvitationModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<IssueValues>();
  const issue = useIssueInvitation(tenantId, org.id);
  const [issued, setIssued] = useState<IssuedLinkInvitation>();
  const [failure, setFailure] = useState<unknown>();

  const submit = async ({ validDays }: IssueValues) => {
    setFailure(undefined);
    try {
      setIssued(await issue.mutateAsync(validDays));
    } catch (error) {
      const unplaced = showFieldErrors(form, error, ['validDays']);
      if (fieldErrorsOf(error).length === 0 || unplaced.length > 0) setFailure(error);
    }
  };

  if (issued !== undefined) return <IssuedCode issued={issued} onClose={onClose} />;

  return (
    <Modal
      open
      title={t('links.issue.title')}
      okText={t('links.issue.ok')}
      cancelText={t('links.back')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <Form<IssueValues>
        form={form}
        name="issueInvitation"
        layout="vertical"
        requiredMark={false}
        initialValues={{ validDays: defaultValidDays }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label={t('links.invitations.org')}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {org.name}
          </Typography.Text>
        </Form.Item>
        <Form.Item
          name="validDays"
          label={t('links.issue.validDays')}
          extra={t('links.issue.validDaysHint', { max: maxValidDays })}
          rules={[{ required: true, message: t('validation.required', { field: t('links.issue.validDays') }) }]}
        >
          <InputNumber min={1} max={maxValidDays} precision={0} style={{ width: 140 }} suffix={t('links.issue.daysUnit')} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('links.issue.hint')}
      </Typography.Paragraph>
      {failure !== undefined && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title={t('links.issue.failed')} description={describeError(failure)} />
      )}
    </Modal>
  );
}

function IssuedCode({ issued, onClose }: { issued: IssuedLinkInvitation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();

  const copy = () =>
    navigator.clipboard
      .writeText(issued.code)
      .then(() => void message.success(t('links.issue.copied')))
      .catch(() => void message.error(t('links.issue.copyFailed')));

  return (
    <Modal
      open
      title={t('links.issue.codeTitle')}
      // Only the button closes it, so the code is not lost to a stray click or Esc.
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('links.issue.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('links.issue.warning')} style={{ marginBottom: 16 }} />
      <Flex
        vertical
        align="center"
        gap={12}
        style={{ padding: token.padding, background: token.colorFillQuaternary, borderRadius: token.borderRadiusLG }}
      >
        <Typography.Text
          data-testid="issued-code"
          aria-label={t('links.issue.codeLabel')}
          style={{ fontFamily: 'monospace', fontSize: 24, letterSpacing: 3, userSelect: 'all', whiteSpace: 'nowrap' }}
        >
          {issued.code}
        </Typography.Text>
        <Button type="primary" ghost icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('links.issue.copy')}
        </Button>
        <Typography.Text type="secondary">
          {t('links.issue.expires', { date: formatShanghaiTime(issued.expiresAt) })}
        </Typography.Text>
      </Flex>
    </Modal>
  );
}
