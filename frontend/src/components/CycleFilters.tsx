import { Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgFilter } from './OrgFilter';

interface CycleFiltersProps {
  tenantId: string;
  branchId: string | undefined;
  onBranch: (branchId: string | undefined) => void;
  /** The chosen branch's name, shown before the tree is loaded down to it. */
  branchName?: string;
  month?: string;
  onMonth?: (month: string) => void;
}

/** The branch (only branches may be chosen) and the month a cycle page works on. */
export function CycleFilters({ tenantId, branchId, onBranch, branchName, month, onMonth }: CycleFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ flex: 1, minWidth: 0 }}>
      <OrgFilter
        tenantId={tenantId}
        label={t('cycle.branch')}
        placeholder={t('cycle.chooseBranch')}
        value={branchId}
        valueLabel={branchName}
        onChange={onBranch}
        allowClear={false}
        isSelectable={(org) => org.type === 'BRANCH'}
      />
      {month !== undefined && onMonth && (
        <Input
          type="month"
          aria-label={t('cycle.month')}
          value={month}
          onChange={(event) => event.target.value && onMonth(event.target.value)}
          style={{ width: 160 }}
        />
      )}
    </Flex>
  );
}
