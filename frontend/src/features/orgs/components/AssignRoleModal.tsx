import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Segmented, Select, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { OrgNode, RoleHolder, RoleName } from '@/lib/api/types';
import { memberSearchQuery } from '@/lib/members/members';
import { useAssignRole } from '../api/roles';
import { rolesFor } from './roleRules';

type Appointee = 'member' | 'person';

interface AssignFormValues {
  memberId?: string;
  person?: { name?: string; mobile?: string; email?: string };
  role?: RoleName;
}

interface AssignRoleModalProps {
  tenantId: string;
  org: OrgNode;
  onClose: () => void;
  onAssigned: (holder: RoleHolder) => void;
}

const formFields = ['memberId', 'role', 'person.name', 'person.mobile', 'person.email'];
/** The posts someone who is not a member here (e.g. committee staff) may hold; the backend enforces the same. */
const personRoles: readonly RoleName[] = ['COMMITTEE_ADMIN', 'REVIEWER'];

/** Appoints a member of the org's subtree, or at a committee a non-member, to one of the posts the org has. */
export function AssignRoleModal({ tenantId, org, onClose, onAssigned }: AssignRoleModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<AssignFormValues>();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const assign = useAssignRole(tenantId, org.id);
  const [appointee, setAppointee] = useState<Appointee>('member');
  const roles = rolesFor(org.type).filter((role) => appointee === 'member' || personRoles.includes(role));
  const takesPersons = rolesFor(org.type).some((role) => personRoles.includes(role));
  const { data: candidates, isFetching } = useQuery(memberSearchQuery(tenantId, { orgId: org.id, q, page: 0, size: 20 }));

  const submit = ({ memberId, person, role }: AssignFormValues) => {
    if (role === undefined) return;
    const body =
      appointee === 'member'
        ? memberId === undefined
          ? undefined
          : { memberId, role }
        : { person: { name: person?.name ?? '', mobile: person?.mobile || undefined, email: person?.email || undefined }, role };
    if (body === undefined) return;
    assign.mutate(
      body,
      { onSuccess: onAssigned, onError: (error) => showFieldErrors(form, error, formFields) },
    );
  };

  const unplacedErrors = fieldErrorsOf(assign.error).filter((error) => !formFields.includes(error.field));
  const label = (field: 'member' | 'role' | 'personName') => t(`orgs.roles.${field}`);
  const contactRule = {
    validator: () =>
      form.getFieldValue(['person', 'mobile']) || form.getFieldValue(['person', 'email'])
        ? Promise.resolve()
        : Promise.reject(new Error(t('orgs.roles.personContactRequired'))),
  };
  const switchAppointee = (next: Appointee) => {
    setAppointee(next);
    const role = form.getFieldValue('role') as RoleName | undefined;
    if (next === 'person' && role !== undefined && !personRoles.includes(role)) form.setFieldValue('role', undefined);
  };

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
        {takesPersons && (
          <Form.Item label={t('orgs.roles.appointee')}>
            <Segmented<Appointee>
              value={appointee}
              onChange={switchAppointee}
              options={[
                { value: 'member', label: t('orgs.roles.appointeeMember') },
                { value: 'person', label: t('orgs.roles.appointeePerson') },
              ]}
            />
          </Form.Item>
        )}
        {appointee === 'member' ? (
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
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('orgs.roles.personHint')}</Typography.Paragraph>
            <Form.Item
              name={['person', 'name']}
              label={label('personName')}
              rules={[{ required: true, whitespace: true, message: t('validation.required', { field: label('personName') }) }]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={['person', 'mobile']}
              label={t('orgs.roles.personMobile')}
              rules={[contactRule]}
              dependencies={[['person', 'email']]}
            >
              <Input inputMode="tel" maxLength={11} autoComplete="off" />
            </Form.Item>
            <Form.Item name={['person', 'email']} label={t('orgs.roles.personEmail')}>
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </>
        )}
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
