import { Button, Card, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import type { EntryFlag as Flag } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { useBranchFlags, useResolveFlag } from '../api/ledger';
import { NoteModal } from './NoteModal';

/** 存疑记录: the supervisors' flags on the branch's entries, open ones first; the record keepers resolve them. */
export function FlagsCard({ tenantId, branchId }: { tenantId: string; branchId: string }) {
  const { t } = useTranslation();
  const flags = useBranchFlags(tenantId, branchId);
  const resolve = useResolveFlag(tenantId);
  const [resolving, setResolving] = useState<Flag>();
  if (flags.error) return <ErrorState error={flags.error} onRetry={() => void flags.refetch()} />;
  const open = flags.data?.filter((flag) => flag.status === 'OPEN').length ?? 0;

  return (
    <Card title={t('ledger.flags.title')} extra={open > 0 && <Tag color="red">{t('ledger.flags.open', { count: open })}</Tag>}>
      <List<Flag>
        data-testid="entry-flags"
        loading={flags.isLoading}
        dataSource={flags.data ?? []}
        locale={{ emptyText: t('ledger.flags.none') }}
        renderItem={(flag) => (
          <List.Item
            extra={
              flag.status === 'OPEN' && (
                <Button size="small" onClick={() => setResolving(flag)}>
                  {t('ledger.flags.resolve')}
                </Button>
              )
            }
          >
            <List.Item.Meta
              title={
                <>
                  {flag.memberName} · {flag.month} · {flag.itemCode}{' '}
                  <Tag color={flag.status === 'OPEN' ? 'red' : 'green'}>{t(flag.status === 'OPEN' ? 'ledger.flags.statusOPEN' : 'ledger.flags.statusRESOLVED')}</Tag>
                </>
              }
              description={
                <>
                  <Typography.Text>{t('ledger.flags.noteIs', { note: flag.note })}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{formatShanghaiTime(flag.raisedAt)}</Typography.Text>
                  {flag.resolution && (
                    <>
                      <br />
                      <Typography.Text>{t('ledger.flags.resolutionIs', { resolution: flag.resolution })}</Typography.Text>
                    </>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {resolving && (
        <NoteModal
          title={t('ledger.flags.resolve')}
          subject={t('ledger.flags.noteIs', { note: resolving.note })}
          label={t('ledger.flags.resolution')}
          field="resolution"
          required={t('ledger.flags.resolutionRequired')}
          done={t('ledger.flags.resolved')}
          send={(resolution) => resolve.mutateAsync({ id: resolving.id, version: resolving.version, resolution })}
          onClose={() => setResolving(undefined)}
        />
      )}
    </Card>
  );
}
