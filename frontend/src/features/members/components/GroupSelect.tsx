import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgChildrenQuery } from '@/lib/orgs/orgs';

interface GroupSelectProps {
  tenantId: string;
  /** The branch whose 党小组 are offered; nothing is offered before one is chosen. */
  branchId: string | undefined;
  id?: string;
  value?: string;
  onChange?: (groupId: string | undefined) => void;
}

/** Picks one of a branch's party groups, or none. */
export function GroupSelect({ tenantId, branchId, id, value, onChange }: GroupSelectProps) {
  const { t } = useTranslation();
  const { data: groups, isFetching } = useQuery({
    ...orgChildrenQuery(tenantId, branchId ?? '', false),
    enabled: branchId !== undefined,
  });
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={(groupId?: string) => onChange?.(groupId)}
      loading={isFetching}
      disabled={branchId === undefined}
      placeholder={t('members.placeholders.group')}
      options={(groups ?? []).filter((org) => org.type === 'GROUP').map((org) => ({ value: org.id, label: org.name }))}
    />
  );
}
