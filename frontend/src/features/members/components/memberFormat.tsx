import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '@/lib/api/types';

const statusColors: Record<MemberStatus, string> = {
  FULL: 'red',
  PROBATIONARY: 'orange',
  ACTIVIST: 'blue',
};

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`memberStatuses.${status}`)}
    </Tag>
  );
}

export function LeaderCadreTag() {
  const { t } = useTranslation();
  return (
    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
      {t('members.leaderCadreTag')}
    </Tag>
  );
}
