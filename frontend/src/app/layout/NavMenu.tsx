import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { navItems, navKeyFor } from './navigation';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const selectedKey = navKeyFor(useLocation().pathname);
  return (
    <Menu
      mode="inline"
      selectedKeys={selectedKey === undefined ? [] : [selectedKey]}
      items={navItems.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: <Link to={item.path}>{t(item.labelKey)}</Link>,
      }))}
      onClick={onNavigate}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
