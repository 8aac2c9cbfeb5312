import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { BranchDomain, OrgNode, OrgType } from '@/lib/api/types';
import { allowedChildTypes, branchDomains, hasDomain } from '@/lib/orgs/orgs';
import { useCreateOrg, useUpdateOrg } from '../api/orgMutations';

export type OrgFormTarget = { kind: 'create'; parent: OrgNode } | { kind: 'edit'; org: OrgNode };

interface OrgFormValues {
  type?: OrgType;
  name: string;
  code?: string;
  domain?: BranchDomain;
  sortOrder?: number | null;
}

interface OrgFormModalProps {
  tenantId: string;
  target: OrgFormTarget;
  onClose: () => void;
  onSaved: (org: OrgNode) => void;
}

// The backend's rules (OrgRequests); it stays the authority and its field errors are shown too.
const codePattern = /^[A-Za-z0-9_.-]*$/;
const maxSortOrder = 100_000;

function trimmedOrOmitted(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Creates a child of `target.parent`, or edits `target.org`. */
export function OrgFormModal({ tenantId, target, onClose, onSaved }: OrgFormModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<OrgFormValues>();
  const create = useCreateOrg(tenantId);
  const update = useUpdateOrg(tenantId);
  const mutation = target.kind === 'create' ? create : update;

  const childTypes = target.kind === 'create' ? allowedChildTypes(target.parent.type) : [];
  const chosenType = Form.useWatch('type', form);
  const type = target.kind === 'create' ? chosenType : target.org.type;
  const showDomain = type !== undefined && hasDomain(type);
  const formFields = [...(target.kind === 'create' ? ['type'] : []), 'name', 'code', ...(showDomain ? ['domain'] : []), 'sortOrder'];

  const initialValues: OrgFormValues =
    target.kind === 'create'
      ? { type: childTypes.length === 1 ? childTypes[0] : undefined, name: '' }
      : {
          name: target.org.name,
          code: target.org.code ?? undefined,
          domain: target.org.domain ?? undefined,
          sortOrder: target.org.sortOrder,
        };

  const submit = (values: OrgFormValues) => {
    const fields = {
      name: values.name.trim(),
      code: trimmedOrOmitted(values.code),
      domain: showDomain ? values.domain : undefined,
    };
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => showFieldErrors(form, error, formFields),
    };
    if (target.kind === 'create') {
      create.mutate(
        { parentId: target.parent.id, type: values.type ?? 'BRANCH', ...fields, sortOrder: values.sortOrder ?? undefined },
        handlers,
      );
    } else {
      update.mutate(
        { id: target.org.id, version: target.org.version, ...fields, sortOrder: values.sortOrder ?? 0 },
        handlers,
      );
    }
  };

  const label = (field: 'type' | 'name' | 'code' | 'domain' | 'sortOrder') => t(`orgs.fields.${field}`);
  const unplacedErrors = fieldErrorsOf(mutation.error).filter((error) => !formFields.includes(error.field));

  return (
    <Modal
      open
      title={target.kind === 'create' ? t('orgs.create.title', { parent: target.parent.name }) : t('orgs.edit.title')}
      okText={t('orgs.save')}
      cancelText={t('orgs.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: mutation.isPending }}
      destroyOnHidden
    >
      <Form<OrgFormValues>
        form={form}
        name={target.kind === 'create' ? 'createOrg' : 'editOrg'}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        {target.kind === 'create' && (
          <Form.Item
            name="type"
            label={label('type')}
            rules={[{ required: true, message: t('validation.requiredChoice', { field: label('type') }) }]}
          >
            <Select
              placeholder={t('orgs.placeholders.type')}
              options={childTypes.map((childType) => ({ value: childType, label: t(`orgTypes.${childType}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={label('name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: label('name') }) },
            { max: 100, message: t('validation.maxLength', { field: label('name'), max: 100 }) },
          ]}
        >
          <Input placeholder={t('orgs.placeholders.name')} />
        </Form.Item>
        <Form.Item
          name="code"
          label={label('code')}
          rules={[
            { pattern: codePattern, message: t('validation.orgCode') },
            { max: 50, message: t('validation.maxLength', { field: label('code'), max: 50 }) },
          ]}
        >
          <Input placeholder={t('orgs.placeholders.code')} />
        </Form.Item>
        {showDomain && (
          <Form.Item name="domain" label={label('domain')}>
            <Select
              allowClear
              placeholder={t('orgs.placeholders.domain')}
              options={branchDomains.map((domain) => ({ value: domain, label: t(`domains.${domain}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="sortOrder" label={label('sortOrder')} extra={t('orgs.sortOrderHint')}>
          <InputNumber min={0} max={maxSortOrder} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          title={t('orgs.failed')} description={[describeError(mutation.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
      {target.kind === 'create' && childTypes.length === 0 && (
        <Typography.Text type="secondary">{t('orgs.noChildTypes')}</Typography.Text>
      )}
    </Modal>
  );
}
