import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Exemption, ExemptionStatus } from '@/lib/api/types';

const statusColors: Record<ExemptionStatus, string> = {
  AWAITING_COMMITTEE_REVIEW: 'blue',
  AWAITING_MEETING_APPROVAL: 'geekblue',
  AWAITING_PUBLICITY: 'cyan',
  IN_PUBLICITY: 'orange',
  AWAITING_UPPER_APPROVAL: 'purple',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

export function ExemptionStatusTag({ status }: { status: ExemptionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`exemptions.statuses.${status}`)}
    </Tag>
  );
}

/** 从 2025-03-01 至 2025-12-31, or 从 2025-03-01 起长期. */
export function Period({ exemption }: { exemption: Pick<Exemption, 'effectiveFrom' | 'effectiveTo'> }) {
  const { t } = useTranslation();
  return (
    <>
      {exemption.effectiveTo
        ? t('exemptions.period.range', { from: exemption.effectiveFrom, to: exemption.effectiveTo })
        : t('exemptions.period.indefinite', { from: exemption.effectiveFrom })}
    </>
  );
}
