import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Grid, Layout, theme } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { Brand } from '@/components/Brand';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { NotificationBell } from '@/features/me/components/NotificationBell';
import { refreshCurrentUser } from '@/features/auth/api/currentUser';
import { UserMenu } from '@/features/auth/components/UserMenu';
import { NewInstitutionModal } from '@/features/onboarding/components/NewInstitutionModal';
import type { CurrentUser, NewInstitution } from '@/lib/api/types';
import { useTenant } from '@/lib/tenant/tenantContext';
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
  const [addingInstitution, setAddingInstitution] = useState(false);
  const queryClient = useQueryClient();
  const { selectTenant } = useTenant();
  const navigate = useNavigate();
  const { message } = App.useApp();

  // The user's memberships are read again first, so the new institution is one they can switch to.
  const enterNewInstitution = async (institution: NewInstitution, name: string) => {
    await refreshCurrentUser(queryClient);
    selectTenant(institution.tenantId);
    setAddingInstitution(false);
    void message.success(t('onboarding.another.created', { name }));
    void navigate('/');
  };

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
          <UserMenu user={user} onNewInstitution={() => setAddingInstitution(true)} />
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {addingInstitution && (
        <NewInstitutionModal
          onClose={() => setAddingInstitution(false)}
          onCreated={(institution, name) => void enterNewInstitution(institution, name)}
        />
      )}
    </Layout>
  );
}
