import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useTenant } from '@/lib/tenant/tenantContext';
import { navItemsFor, navKeyFor } from './navigation';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { roles, member } = useTenant();
  const selectedKey = navKeyFor(useLocation().pathname);
  return (
    <Menu
      mode="inline"
      selectedKeys={selectedKey === undefined ? [] : [selectedKey]}
      items={navItemsFor({ isMember: member !== null, hasRoles: roles.length > 0 }).map((item) => ({
        key: item.path,
        icon: item.icon,
        label: <Link to={item.path}>{t(item.labelKey)}</Link>,
      }))}
      onClick={onNavigate}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
