import type { OrgNode } from '@/lib/api/types';
import { OrgTreeSelect } from './OrgTreeSelect';

interface OrgFilterProps {
  tenantId: string;
  label: string;
  placeholder: string;
  value?: string;
  /** The chosen org's name, shown before the tree is loaded down to it. */
  valueLabel?: string;
  onChange: (orgId?: string) => void;
  /** Whether it clears back to everything one reaches; off where a list needs an org. */
  allowClear?: boolean;
  /** Orgs that may not be chosen are shown greyed out. */
  isSelectable?: (org: OrgNode) => boolean;
}

/** "Under which org?" in a list's filter bar: shrinks on a phone, clears back to everything one reaches. */
export function OrgFilter({ tenantId, label, placeholder, value, valueLabel, onChange, allowClear = true, isSelectable }: OrgFilterProps) {
  return (
    <div style={{ flex: '1 1 200px', maxWidth: 320, minWidth: 0 }}>
      <OrgTreeSelect
        tenantId={tenantId}
        aria-label={label}
        placeholder={placeholder}
        allowClear={allowClear}
        value={value}
        valueLabel={valueLabel}
        isSelectable={isSelectable}
        onChange={onChange}
      />
    </div>
  );
}
