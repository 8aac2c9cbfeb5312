import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkInvitationStatus, LinkStatus } from '@/lib/api/types';

const statusColors: Record<LinkStatus, string> = {
  REQUESTED: 'gold',
  ACTIVE: 'green',
  DECLINED: 'red',
  CANCELLED: 'default',
  UNLINKED: 'default',
};

export function LinkStatusTag({ status }: { status: LinkStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`links.statuses.${status}`)}
    </Tag>
  );
}

const invitationColors: Record<LinkInvitationStatus, string> = { ACTIVE: 'green', EXPIRED: 'default', REVOKED: 'red' };

export function InvitationStatusTag({ status }: { status: LinkInvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={invitationColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`links.invitations.statuses.${status}`)}
    </Tag>
  );
}
