import { Alert, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import type { Gender, Member, MemberDetails, MemberStatus, PostType } from '@/lib/api/types';
import { memberStatuses, postTypes } from '@/lib/members/members';
import { todayInChina } from '@/lib/chinaTime';
import { useAddMember, useEditMember } from '../api/members';
import { GroupSelect } from './GroupSelect';

export type MemberFormTarget = { kind: 'add' } | { kind: 'edit'; member: Member };

interface MemberFormValues {
  branchId?: string;
  groupId?: string;
  details: {
    name: string;
    gender?: Gender;
    status?: MemberStatus;
    postType?: PostType;
    leaderCadre: boolean;
    joinedOn?: string;
    mobile?: string;
    email?: string;
  };
}

interface MemberFormModalProps {
  tenantId: string;
  target: MemberFormTarget;
  onClose: () => void;
  onSaved: (member: Member) => void;
}

// The backend's rules (MemberRequests); it stays the authority and its field errors are shown too.
const mobilePattern = /^1[3-9]\d{9}$/;
const detailFields = ['name', 'gender', 'status', 'postType', 'leaderCadre', 'joinedOn', 'mobile', 'email'] as const;
type DetailField = (typeof detailFields)[number];

function trimmedOrOmitted(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function hasJoined(status: MemberStatus | undefined): boolean {
  return status === 'FULL' || status === 'PROBATIONARY';
}

/** Adds a member to a branch, or edits one (its group may change within the branch). */
export function MemberFormModal({ tenantId, target, onClose, onSaved }: MemberFormModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<MemberFormValues>();
  const add = useAddMember(tenantId);
  const edit = useEditMember(tenantId);
  const mutation = target.kind === 'add' ? add : edit;
  const chosenBranch = Form.useWatch('branchId', form);
  const branchId = target.kind === 'add' ? chosenBranch : target.member.branchId;
  const formFields = [...(target.kind === 'add' ? ['branchId'] : []), 'groupId', ...detailFields.map((field) => `details.${field}`)];

  const initialValues: MemberFormValues =
    target.kind === 'add'
      ? { details: { name: '', leaderCadre: false } }
      : {
          groupId: target.member.groupId ?? undefined,
          details: {
            name: target.member.name,
            gender: target.member.gender ?? undefined,
            status: target.member.status,
            postType: target.member.postType,
            leaderCadre: target.member.leaderCadre,
            joinedOn: target.member.joinedOn ?? undefined,
            mobile: target.member.mobile ?? undefined,
            email: target.member.email ?? undefined,
          },
        };

  const submit = ({ groupId, details: values }: MemberFormValues) => {
    const details = {
      name: values.name.trim(),
      gender: values.gender,
      status: values.status,
      postType: values.postType,
      leaderCadre: values.leaderCadre,
      joinedOn: trimmedOrOmitted(values.joinedOn),
      mobile: trimmedOrOmitted(values.mobile),
      email: trimmedOrOmitted(values.email),
    } as MemberDetails; // optional fields are left out when empty; the form's rules ensured status and post type
    const handlers = { onSuccess: onSaved, onError: (error: unknown) => showFieldErrors(form, error, formFields) };
    if (target.kind === 'add') {
      add.mutate({ branchId: branchId ?? '', groupId, details }, handlers);
    } else {
      edit.mutate({ id: target.member.id, version: target.member.version, groupId, details }, handlers);
    }
  };

  const label = (field: DetailField | 'branch' | 'group') => t(`members.fields.${field}`);
  const unplacedErrors = fieldErrorsOf(mutation.error).filter((error) => !formFields.includes(error.field));
  const today = todayInChina();

  return (
    <Modal
      open
      title={target.kind === 'add' ? t('members.add.title') : t('members.edit.title')}
      okText={t('members.save')}
      cancelText={t('members.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: mutation.isPending }}
      destroyOnHidden
    >
      <Form<MemberFormValues>
        form={form}
        name={target.kind === 'add' ? 'addMember' : 'editMember'}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        {target.kind === 'add' ? (
          <Form.Item
            name="branchId"
            label={label('branch')}
            rules={[{ required: true, message: t('validation.requiredChoice', { field: label('branch') }) }]}
          >
            <OrgTreeSelect
              tenantId={tenantId}
              placeholder={t('members.placeholders.branch')}
              isSelectable={(org) => org.type === 'BRANCH'}
              isExpandable={(org) => org.type !== 'BRANCH'}
              onChange={() => form.setFieldValue('groupId', undefined)}
            />
          </Form.Item>
        ) : (
          <Form.Item label={label('branch')} extra={t('members.edit.groupHint')}>
            <Typography.Text>{target.member.branchName}</Typography.Text>
          </Form.Item>
        )}
        <Form.Item name="groupId" label={label('group')}>
          <GroupSelect tenantId={tenantId} branchId={branchId} />
        </Form.Item>
        <Form.Item
          name={['details', 'name']}
          label={label('name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: label('name') }) },
            { max: 50, message: t('validation.maxLength', { field: label('name'), max: 50 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name={['details', 'gender']} label={label('gender')}>
          <Select
            allowClear
            placeholder={t('members.placeholders.gender')}
            options={(['MALE', 'FEMALE'] as const).map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
          />
        </Form.Item>
        <Form.Item
          name={['details', 'status']}
          label={label('status')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('status') }) }]}
        >
          <Select options={memberStatuses.map((status) => ({ value: status, label: t(`memberStatuses.${status}`) }))} />
        </Form.Item>
        <Form.Item
          name={['details', 'postType']}
          label={label('postType')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: label('postType') }) }]}
        >
          <Select options={postTypes.map((postType) => ({ value: postType, label: t(`postTypes.${postType}`) }))} />
        </Form.Item>
        <Form.Item name={['details', 'leaderCadre']} valuePropName="checked">
          <Checkbox>{label('leaderCadre')}</Checkbox>
        </Form.Item>
        <Form.Item
          name={['details', 'joinedOn']}
          label={label('joinedOn')}
          dependencies={[['details', 'status']]}
          rules={[
            ({ getFieldValue }) => ({
              required: hasJoined(getFieldValue(['details', 'status']) as MemberStatus | undefined),
              message: t('validation.required', { field: label('joinedOn') }),
            }),
            {
              validator: (_, value?: string) =>
                value && value > today ? Promise.reject(new Error(t('members.joinedOnFuture'))) : Promise.resolve(),
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item
          name={['details', 'mobile']}
          label={label('mobile')}
          rules={[{ pattern: mobilePattern, message: t('validation.mobile') }]}
        >
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
        <Form.Item
          name={['details', 'email']}
          label={label('email')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input inputMode="email" />
        </Form.Item>
      </Form>
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          title={t('members.failed')}
          description={[describeError(mutation.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
