import { OrgTreeSelect } from './OrgTreeSelect';

interface OrgFilterProps {
  tenantId: string;
  label: string;
  placeholder: string;
  value?: string;
  onChange: (orgId?: string) => void;
}

/** "Under which org?" in a list's filter bar: shrinks on a phone, clears back to everything one reaches. */
export function OrgFilter({ tenantId, label, placeholder, value, onChange }: OrgFilterProps) {
  return (
    <div style={{ flex: '1 1 200px', maxWidth: 320, minWidth: 0 }}>
      <OrgTreeSelect
        tenantId={tenantId}
        aria-label={label}
        placeholder={placeholder}
        allowClear
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
