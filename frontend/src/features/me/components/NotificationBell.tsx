import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useNotifications } from '../api/me';

/** The header's bell, with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const navigate = useNavigate();
  const unread = (useNotifications(tenantId).data ?? []).filter((notification) => !notification.readAt).length;
  return (
    <Badge count={unread} size="small" offset={[-4, 4]} data-testid="unread-badge">
      <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.bell', { count: unread })} onClick={() => void navigate('/notifications')} />
    </Badge>
  );
}
