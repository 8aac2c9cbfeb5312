import { Drawer, Grid, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import type { SchemeRecord } from '@/lib/api/types';
import { useSchemeDiff, useSchemeVersion } from '../api/library';
import { DiffView } from './DiffView';
import type { Comparison } from './SchemeActions';

interface SchemeDiffDrawerProps {
  tenantId: string;
  scheme: SchemeRecord;
  comparison: Comparison;
  onClose: () => void;
}

/** 与上一版本对比 / 与上级方案对比: the changes to the shown version, in a drawer. */
export function SchemeDiffDrawer({ tenantId, scheme, comparison, onClose }: SchemeDiffDrawerProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const to = scheme.versions.find((version) => version.number === comparison.toNumber);
  const diff = useSchemeDiff(tenantId, comparison.fromVersionId, to?.id);
  const version = useSchemeVersion(tenantId, scheme.id, comparison.toNumber);
  const error = diff.error ?? version.error;
  return (
    <Drawer
      open
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={t(comparison.kind === 'previous' ? 'schemes.diff.titlePrevious' : 'schemes.diff.titleParent', {
        from: comparison.toNumber - 1,
        to: comparison.toNumber,
      })}
    >
      {error && (diff.data === undefined || version.data === undefined) ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void diff.refetch();
            void version.refetch();
          }}
        />
      ) : diff.data === undefined || version.data === undefined ? (
        <Skeleton active />
      ) : (
        <DiffView changes={diff.data} after={version.data.document} />
      )}
    </Drawer>
  );
}
