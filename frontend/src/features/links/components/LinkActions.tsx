import { ApartmentOutlined, CheckOutlined, CloseOutlined, DisconnectOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link, LinkAction } from '@/lib/api/types';

/** The buttons, in this order; which of them show is the backend's call (`link.actions`). */
const buttons: readonly { action: LinkAction; icon: ReactNode; primary?: boolean; danger?: boolean }[] = [
  { action: 'VIEW_TREE', icon: <ApartmentOutlined />, primary: true },
  { action: 'ACCEPT', icon: <CheckOutlined />, primary: true },
  { action: 'DECLINE', icon: <CloseOutlined />, danger: true },
  { action: 'CANCEL', icon: <RollbackOutlined /> },
  { action: 'UNLINK', icon: <DisconnectOutlined />, danger: true },
];

interface LinkActionsProps {
  link: Link;
  onAction: (link: Link, action: LinkAction) => void;
}

export function LinkActions({ link, onAction }: LinkActionsProps) {
  const { t } = useTranslation();
  const offered = buttons.filter((button) => link.actions.includes(button.action));
  if (offered.length === 0) return null;
  return (
    <Flex wrap gap={8}>
      {offered.map((button) => (
        <Button
          key={button.action}
          size="small"
          type={button.primary ? 'primary' : 'default'}
          danger={button.danger}
          icon={button.icon}
          onClick={() => onAction(link, button.action)}
        >
          {t(`links.actions.${button.action}`)}
        </Button>
      ))}
    </Flex>
  );
}
