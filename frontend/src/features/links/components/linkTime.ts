import type { TFunction } from 'i18next';
import type { Link } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';

/** When the link reached its present status, in words: 申请于 …, 生效于 …, 由上级党组织解除于 … */
export function whenOf(link: Link, t: TFunction): string {
  const at = (instant: string | null | undefined) => formatShanghaiTime(instant ?? link.requestedAt);
  switch (link.status) {
    case 'REQUESTED':
      return t('links.time.requested', { time: at(link.requestedAt) });
    case 'ACTIVE':
      return t('links.time.active', { time: at(link.decidedAt) });
    case 'DECLINED':
      return t('links.time.declined', { time: at(link.decidedAt) });
    case 'CANCELLED':
      return t('links.time.cancelled', { time: at(link.endedAt) });
    case 'UNLINKED':
      return link.endedBySide
        ? t(`links.time.unlinkedBy.${link.endedBySide}`, { time: at(link.endedAt) })
        : t('links.time.unlinked', { time: at(link.endedAt) });
  }
}
