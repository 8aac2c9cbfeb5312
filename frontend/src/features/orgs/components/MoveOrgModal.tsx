import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgNode } from '@/lib/api/types';
import { mayContain, orgsQueryKey, tenantHeaders } from '@/lib/orgs/orgs';
import { useMoveOrg } from '../api/orgMutations';

interface MoveFormValues {
  newParentId?: string;
}

interface MoveOrgModalProps {
  tenantId: string;
  org: OrgNode;
  onClose: () => void;
  onMoved: (org: OrgNode) => void;
}

const formFields = ['newParentId'];

/** The ids of `org` and everything below it, none of which can become its parent. */
function useOwnSubtree(tenantId: string, orgId: string) {
  return useQuery({
    queryKey: [...orgsQueryKey(tenantId), 'subtree', orgId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{id}/subtree', {
          params: { path: { id: orgId }, query: { includeClosed: true } },
          headers: tenantHeaders(tenantId),
        }),
      ),
    select: (nodes) => new Set(nodes.map((node) => node.id)),
  });
}

/** Moves a node, with everything below it, under a new parent — after the user confirms. */
export function MoveOrgModal({ tenantId, org, onClose, onMoved }: MoveOrgModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<MoveFormValues>();
  const [newParent, setNewParent] = useState<OrgNode>();
  const move = useMoveOrg(tenantId);
  const { data: ownSubtree } = useOwnSubtree(tenantId, org.id);

  const isPossibleParent = (candidate: OrgNode) =>
    candidate.id !== org.id &&
    candidate.id !== org.parentId &&
    !candidate.closed &&
    !(ownSubtree?.has(candidate.id) ?? false) &&
    mayContain(candidate.type, org.type);

  const confirmMove = ({ newParentId }: MoveFormValues) => {
    if (newParentId === undefined || newParent === undefined) return;
    modal.confirm({
      title: t('orgs.move.confirm', { name: org.name, parent: newParent.name }),
      okText: t('orgs.move.ok'),
      cancelText: t('orgs.cancel'),
      onOk: () =>
        move
          .mutateAsync({ id: org.id, version: org.version, newParentId })
          .then(onMoved)
          .catch((error: unknown) => void showFieldErrors(form, error, formFields)),
    });
  };

  const unplacedErrors = fieldErrorsOf(move.error).filter((error) => !formFields.includes(error.field));

  return (
    <Modal
      open
      title={t('orgs.move.title', { name: org.name })}
      okText={t('orgs.move.next')}
      cancelText={t('orgs.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: move.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('orgs.move.hint', { type: t(`orgTypes.${org.type}`) })}
      </Typography.Paragraph>
      <Form<MoveFormValues> form={form} name="moveOrg" layout="vertical" onFinish={confirmMove}>
        <Form.Item
          name="newParentId"
          label={t('orgs.move.newParent')}
          rules={[{ required: true, message: t('validation.requiredChoice', { field: t('orgs.move.newParent') }) }]}
        >
          <OrgTreeSelect
            tenantId={tenantId}
            placeholder={t('orgs.move.placeholder')}
            isSelectable={isPossibleParent}
            isExpandable={(candidate) => candidate.id !== org.id}
            onChange={(_, chosen) => setNewParent(chosen)}
          />
        </Form.Item>
      </Form>
      {move.isError && (
        <Alert
          type="error"
          showIcon
          title={t('orgs.failed')}
          description={[describeError(move.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
