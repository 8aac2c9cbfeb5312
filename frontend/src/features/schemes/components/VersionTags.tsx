import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeVersionSummary, VersionStatus } from '@/lib/api/types';
import { versionStatusColors } from '@/lib/schemes/schemeFormat';

export function VersionStatusTag({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={versionStatusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`schemes.statuses.${status}`)}
    </Tag>
  );
}

/** 第 1 版 已停用 · 第 2 版 已发布 · 第 3 版 草稿: every version of a scheme with its status, newest last. */
export function VersionTags({ versions }: { versions: readonly SchemeVersionSummary[] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap data-testid="version-tags">
      {versions.map((version) => (
        <Tag key={version.id} color={versionStatusColors[version.status]} style={{ marginInlineEnd: 0 }}>
          {t('schemes.versions.tag', { number: version.number, status: t(`schemes.statuses.${version.status}`) })}
        </Tag>
      ))}
    </Flex>
  );
}
