import { Badge, Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMarkRead, useNotifications } from '../api/me';

/** 通知: newest first; opening one marks it read and follows its link. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const navigate = useNavigate();
  const notifications = useNotifications(tenantId);
  const markRead = useMarkRead(tenantId ?? '');

  if (notifications.error) return <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />;
  if (notifications.data === undefined) return <PageLoading />;
  return (
    <Card title={t('notifications.title')}>
      <List
        data-testid="notifications"
        dataSource={notifications.data}
        locale={{ emptyText: t('notifications.none') }}
        renderItem={(notification) => (
          <List.Item
            extra={
              <Flex gap={4}>
                {notification.link && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => {
                      if (!notification.readAt) markRead.mutate(notification.id);
                      void navigate(notification.link ?? '/');
                    }}
                  >
                    {t('notifications.open')}
                  </Button>
                )}
                {!notification.readAt && (
                  <Button size="small" onClick={() => markRead.mutate(notification.id)}>
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Flex>
            }
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={6} align="center">
                {!notification.readAt && <Badge status="processing" />}
                <Typography.Text strong={!notification.readAt}>{notification.title}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary">{notification.body}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatShanghaiTime(notification.createdAt)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
