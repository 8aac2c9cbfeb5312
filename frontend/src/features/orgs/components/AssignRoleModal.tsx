import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { OrgNode, RoleHolder, RoleName } from '@/lib/api/types';
import { memberSearchQuery } from '@/lib/members/members';
import { useAssignRole } from '../api/roles';
import { rolesFor } from './roleRules';

interface AssignFormValues {
  memberId?: string;
  role?: RoleName;
}

interface AssignRoleModalProps {
  tenantId: string;
  org: OrgNode;
  onClose: () => void;
  onAssigned: (holder: RoleHolder) => void;
}

const formFields = ['memberId', 'role'];

/** Appoints a member of the org's subtree to one of the posts the org has. */
export function AssignRoleModal({ tenantId, org, onClose, onAssigned }: AssignRoleModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<AssignFormValues>();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const assign = useAssignRole(tenantId, org.id);
  const roles = rolesFor(org.type);
  const { data: candidates, isFetching } = useQuery(memberSearchQuery(tenantId, { orgId: org.id, q, page: 0, size: 20 }));

  const submit = ({ memberId, role }: AssignFormValues) => {
    if (memberId === undefined || role === undefined) return;
    assign.mutate(
      { memberId, role },
      { onSuccess: onAssigned, onError: (error) => showFieldErrors(form, error, formFields) },
    );
  };

  const unplacedErrors = fieldErrorsOf(assign.error).filter((error) => !formFields.includes(error.field));
  const label = (field: 'member' | 'role') => t(`orgs.roles.${field}`);

  return (
    <Modal
      open
      title={t('orgs.roles.modalTitle', { org: org.name })}
      okText={t('orgs.roles.ok')}
      cancelText={t('orgs.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: assign.isPending }}
      destroyOnHidden
    >
      <Form<AssignFormValues>
        form={form}
        name="assignRole"
        layout="vertical"
        initialValues={{ role: roles.length === 1 ? roles[0] : undefined }}
        onFinish={submit}
      >
        <Form.Item
          name="memberId"
          label={label('member')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('member') }) }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('orgs.roles.memberPlaceholder')}
            loading={isFetching}
            notFoundContent={t('orgs.roles.noMembers')}
            options={(candidates?.items ?? []).map((member) => ({
              value: member.id,
              label: `${member.name}（${member.groupName ?? member.branchName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={label('role')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('role') }) }]}
        >
          <Select options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
      </Form>
      {assign.isError && (
        <Alert
          type="error"
          showIcon
          title={t('orgs.failed')}
          description={[describeError(assign.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
