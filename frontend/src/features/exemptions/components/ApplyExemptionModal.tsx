import { Alert, Checkbox, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import type { ExemptionDetail, ExemptionReason } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { useApplyForExemption, useMemberOptions } from '../api/exemptions';
import { exemptionReasons } from './exemptionText';

interface ApplyFormValues {
  memberId?: string;
  reason?: ExemptionReason;
  details?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  indefinite: boolean;
  upperApprovalRequired: boolean;
  appliedOn?: string;
}

interface ApplyExemptionModalProps {
  tenantId: string;
  onClose: () => void;
  onApplied: (detail: ExemptionDetail) => void;
}

// The request's fields, where the backend's field errors go; it stays the authority on the rules.
const formFields = [
  'memberId',
  'reason',
  'details',
  'effectiveFrom',
  'effectiveTo',
  'upperApprovalRequired',
  'appliedOn',
] as const;
type FormField = (typeof formFields)[number];
const detailsMax = 500;

/** Applies, on a member's behalf, for not taking part in points management for a period. */
export function ApplyExemptionModal({ tenantId, onClose, onApplied }: ApplyExemptionModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<ApplyFormValues>();
  // One key per form: a retried or double-clicked submit applies once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const apply = useApplyForExemption(tenantId, idempotencyKey);
  const [search, setSearch] = useState('');
  const [chosenMember, setChosenMember] = useState<{ value: string; label: string }>();
  const { data: candidates, isFetching } = useMemberOptions(tenantId, useDeferredValue(search));
  const reason = Form.useWatch('reason', form);
  const indefinite = Form.useWatch('indefinite', form) ?? false;
  const today = todayInChina();
  const label = (field: FormField) => t(`exemptions.fields.${field}`);

  const memberOptions = (candidates?.items ?? []).map((member) => ({
    value: member.id,
    label: `${member.name}（${member.groupName ? `${member.branchName} / ${member.groupName}` : member.branchName}）`,
  }));
  // The chosen member stays shown by name while another search runs.
  if (chosenMember && !memberOptions.some((option) => option.value === chosenMember.value)) {
    memberOptions.unshift(chosenMember);
  }

  const submit = (values: ApplyFormValues) => {
    if (values.memberId === undefined || values.reason === undefined) return;
    const details = values.details?.trim();
    apply.mutate(
      {
        memberId: values.memberId,
        reason: values.reason,
        ...(details ? { details } : {}),
        effectiveFrom: values.effectiveFrom ?? '',
        ...(values.indefinite || !values.effectiveTo ? {} : { effectiveTo: values.effectiveTo }),
        upperApprovalRequired: values.upperApprovalRequired,
        appliedOn: values.appliedOn ?? '',
      },
      { onSuccess: onApplied, onError: (error) => showFieldErrors(form, error, formFields) },
    );
  };

  const unplacedErrors = fieldErrorsOf(apply.error).filter((error) => !formFields.some((field) => field === error.field));

  return (
    <Modal
      open
      title={t('exemptions.apply.title')}
      okText={t('exemptions.apply.submit')}
      cancelText={t('exemptions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: apply.isPending }}
      destroyOnHidden
    >
      <Form<ApplyFormValues>
        form={form}
        name="applyExemption"
        layout="vertical"
        initialValues={{ indefinite: false, upperApprovalRequired: false, appliedOn: today }}
        onFinish={submit}
      >
        <Form.Item
          name="memberId"
          label={label('memberId')}
          extra={t('exemptions.apply.onBehalf')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('memberId') }) }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('exemptions.apply.memberPlaceholder')}
            loading={isFetching}
            notFoundContent={t('exemptions.apply.noMembers')}
            options={memberOptions}
            onChange={(value: string) => setChosenMember(memberOptions.find((option) => option.value === value))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={label('reason')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('reason') }) }]}
        >
          <Select
            placeholder={t('exemptions.apply.reasonPlaceholder')}
            options={exemptionReasons.map((value) => ({ value, label: t(`exemptions.reasons.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="details"
          label={label('details')}
          dependencies={['reason']}
          rules={[
            {
              required: reason === 'OTHER',
              whitespace: true,
              message: t('exemptions.apply.detailsRequired'),
            },
            { max: detailsMax, message: t('validation.maxLength', { field: label('details'), max: detailsMax }) },
          ]}
        >
          <Input.TextArea rows={3} placeholder={t('exemptions.apply.detailsPlaceholder')} />
        </Form.Item>
        <Flex wrap gap={12} align="flex-start">
          <Form.Item
            name="effectiveFrom"
            label={label('effectiveFrom')}
            rules={[{ required: true, message: t('validation.required', { field: label('effectiveFrom') }) }]}
            style={{ flex: '1 1 160px' }}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="effectiveTo"
            label={label('effectiveTo')}
            dependencies={['effectiveFrom', 'indefinite']}
            rules={[
              ({ getFieldValue }) => ({
                required: getFieldValue('indefinite') !== true,
                message: t('exemptions.apply.effectiveToRequired'),
              }),
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const from = getFieldValue('effectiveFrom') as string | undefined;
                  return value && from && value < from && getFieldValue('indefinite') !== true
                    ? Promise.reject(new Error(t('exemptions.apply.toBeforeFrom')))
                    : Promise.resolve();
                },
              }),
            ]}
            style={{ flex: '1 1 160px' }}
          >
            <Input type="date" disabled={indefinite} />
          </Form.Item>
        </Flex>
        <Form.Item name="indefinite" valuePropName="checked">
          <Checkbox
            onChange={(event) => {
              if (event.target.checked) form.setFields([{ name: 'effectiveTo', value: undefined, errors: [] }]);
            }}
          >
            {t('exemptions.apply.indefinite')}
          </Checkbox>
        </Form.Item>
        <Form.Item
          name="upperApprovalRequired"
          label={label('upperApprovalRequired')}
          valuePropName="checked"
          extra={t('exemptions.apply.upperApprovalHint')}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="appliedOn"
          label={label('appliedOn')}
          rules={[
            { required: true, message: t('validation.required', { field: label('appliedOn') }) },
            {
              validator: (_, value?: string) =>
                value && value > today ? Promise.reject(new Error(t('exemptions.dateFuture'))) : Promise.resolve(),
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
      </Form>
      {apply.isError && (
        <Alert
          type="error"
          showIcon
          title={t('exemptions.failed')}
          description={[describeError(apply.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
