import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Brand } from '@/components/Brand';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { NotificationBell } from '@/features/me/components/NotificationBell';
import { UserMenu } from '@/features/auth/components/UserMenu';
import type { CurrentUser } from '@/lib/api/types';
import { NavMenu } from './NavMenu';
import { TenantSwitcher } from './TenantSwitcher';

export function AppShell({ user }: { user: CurrentUser }) {
  // Below md the side menu moves into a drawer, and the tenant switcher with it.
  const isPhone = Grid.useBreakpoint().md !== true;
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [siderCollapsed, setSiderCollapsed] = useState(false);
  const closeDrawer = () => setDrawerOpen(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isPhone ? (
        <Drawer placement="left" size={272} open={drawerOpen} onClose={closeDrawer} title={<Brand />}>
          <Flex vertical gap={16}>
            <TenantSwitcher />
            <NavMenu onNavigate={closeDrawer} />
          </Flex>
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={siderCollapsed}
          trigger={null}
          width={220}
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" style={{ height: 56, paddingInline: siderCollapsed ? 24 : 20 }}>
            <Brand markOnly={siderCollapsed} />
          </Flex>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {isPhone ? (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
          ) : (
            <Button
              type="text"
              icon={siderCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={t(siderCollapsed ? 'nav.expand' : 'nav.collapse')}
              onClick={() => setSiderCollapsed(!siderCollapsed)}
            />
          )}
          <Flex flex={1} align="center" style={{ minWidth: 0 }}>
            {isPhone ? <Brand /> : <TenantSwitcher />}
          </Flex>
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu user={user} />
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
