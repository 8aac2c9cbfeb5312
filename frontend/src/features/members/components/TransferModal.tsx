import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import type { Member, OrgNode } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { applicationsInFlightQuery } from '@/lib/exemptions/exemptions';
import { useTransferMember } from '../api/members';
import { GroupSelect } from './GroupSelect';
import { placeOf } from './memberText';

interface TransferFormValues {
  toBranchId?: string;
  toGroupId?: string;
  transferredOn: string;
  reason?: string;
}

interface TransferModalProps {
  tenantId: string;
  member: Member;
  onClose: () => void;
  onTransferred: (member: Member) => void;
}

const formFields = ['toBranchId', 'toGroupId', 'transferredOn', 'reason'];

/** Moves a member's organisational relation to another branch or group — after the user confirms. */
export function TransferModal({ tenantId, member, onClose, onTransferred }: TransferModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<TransferFormValues>();
  const [toBranch, setToBranch] = useState<OrgNode>();
  const transfer = useTransferMember(tenantId);
  const inFlight = useQuery(applicationsInFlightQuery(tenantId, member.id)).data ?? [];
  const today = todayInChina();
  const field = (name: 'toBranch' | 'toGroup' | 'date' | 'reason') => t(`members.transfer.${name}`);

  const confirmTransfer = ({ toBranchId, toGroupId, transferredOn, reason }: TransferFormValues) => {
    if (toBranchId === undefined) return;
    const trimmedReason = reason?.trim();
    const leavesBranch = toBranchId !== member.branchId;
    modal.confirm({
      title: t('members.transfer.confirm', { name: member.name, branch: toBranch?.name ?? '' }),
      content:
        leavesBranch && inFlight.length > 0
          ? t('members.transfer.withdrawsApplications', { count: inFlight.length })
          : undefined,
      okText: t('members.transfer.ok'),
      cancelText: t('members.cancel'),
      onOk: () =>
        transfer
          .mutateAsync({
            id: member.id,
            version: member.version,
            toBranchId,
            ...(toGroupId === undefined ? {} : { toGroupId }),
            transferredOn,
            ...(trimmedReason ? { reason: trimmedReason } : {}),
          })
          .then(onTransferred)
          .catch((error: unknown) => void showFieldErrors(form, error, formFields)),
    });
  };

  const unplacedErrors = fieldErrorsOf(transfer.error).filter((error) => !formFields.includes(error.field));

  return (
    <Modal
      open
      title={t('members.transfer.title', { name: member.name })}
      okText={t('members.transfer.next')}
      cancelText={t('members.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: transfer.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('members.transfer.from')}：{placeOf(member)}
      </Typography.Paragraph>
      <Form<TransferFormValues>
        form={form}
        name="transferMember"
        layout="vertical"
        initialValues={{ transferredOn: today }}
        onFinish={confirmTransfer}
      >
        <Form.Item
          name="toBranchId"
          label={field('toBranch')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: field('toBranch') }) }]}
        >
          <OrgTreeSelect
            tenantId={tenantId}
            placeholder={t('members.placeholders.branch')}
            isSelectable={(org) => org.type === 'BRANCH'}
            isExpandable={(org) => org.type !== 'BRANCH'}
            onChange={(_, chosen) => {
              setToBranch(chosen);
              form.setFieldValue('toGroupId', undefined);
            }}
          />
        </Form.Item>
        <Form.Item name="toGroupId" label={field('toGroup')}>
          <GroupSelect tenantId={tenantId} branchId={toBranch?.id} />
        </Form.Item>
        <Form.Item
          name="transferredOn"
          label={field('date')}
          rules={[
            { required: true, message: t('validation.required', { field: field('date') }) },
            {
              validator: (_, value?: string) =>
                value && value > today ? Promise.reject(new Error(t('members.transfer.dateFuture'))) : Promise.resolve(),
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={field('reason')}
          rules={[{ max: 200, message: t('validation.maxLength', { field: field('reason'), max: 200 }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {transfer.isError && (
        <Alert
          type="error"
          showIcon
          title={t('members.failed')}
          description={[describeError(transfer.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
