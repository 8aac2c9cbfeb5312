import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@/lib/api/types';
import { useBranchMembers } from '../api/ledger';

interface MemberSelectProps {
  tenantId: string;
  branchId: string | undefined;
  value: string | undefined;
  /** The chosen member, to show by name while another search runs. */
  chosen: Member | undefined;
  onChange: (memberId: string | undefined) => void;
}

/** A member of the branch, searched by name or mobile on the server. */
export function MemberSelect({ tenantId, branchId, value, chosen, onChange }: MemberSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const members = useBranchMembers(tenantId, branchId, useDeferredValue(search));
  const options = (members.data?.items ?? []).map((member) => ({ value: member.id, label: member.name }));
  if (chosen && !options.some((option) => option.value === chosen.id)) options.unshift({ value: chosen.id, label: chosen.name });
  return (
    <Select
      aria-label={t('ledger.member')}
      placeholder={t('ledger.chooseMember')}
      disabled={branchId === undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={members.isFetching}
      value={value}
      options={options}
      onChange={(memberId: string | undefined) => onChange(memberId)}
      allowClear
      style={{ flex: '1 1 160px', maxWidth: 240, minWidth: 140 }}
    />
  );
}
