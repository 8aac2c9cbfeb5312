import { LogoutOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import { useSignOut } from '../api/signOut';

interface UserMenuProps {
  user: CurrentUser;
  /** Offered to everyone signed in: anyone may open another institution and become its admin. */
  onNewInstitution: () => void;
}

export function UserMenu({ user, onNewInstitution }: UserMenuProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signOut = useSignOut();
  const showName = Grid.useBreakpoint().sm === true;

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'account',
            disabled: true,
            label: (
              <Typography.Text type="secondary">{user.mobile ?? user.email ?? user.displayName}</Typography.Text>
            ),
          },
          { type: 'divider' },
          { key: 'newInstitution', icon: <PlusOutlined />, label: t('onboarding.another.menu') },
          { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'newInstitution') onNewInstitution();
          if (key === 'signOut') {
            signOut.mutate(undefined, { onError: () => void message.error(t('auth.signOutFailed')) });
          }
        },
      }}
    >
      <Button type="text" aria-label={t('auth.userMenu')} data-testid="user-menu" loading={signOut.isPending}>
        <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#c8102e' }} />
        {showName && user.displayName}
      </Button>
    </Dropdown>
  );
}
