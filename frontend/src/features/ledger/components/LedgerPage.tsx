import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { MemberYearCards } from '@/components/explanation/MemberYearCards';
import { PageLoading } from '@/components/PageLoading';
import { ApiError, problemDetailOf } from '@/lib/api/problem';
import type { LedgerRow, Member } from '@/lib/api/types';
import { currentMonthInChina } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useBranchScheme, useMember, useMemberLedger, useMemberScores, useRaiseFlag } from '../api/ledger';
import { CorrectionModal } from './CorrectionModal';
import { FlagsCard } from './FlagsCard';
import { LedgerTable } from './LedgerTable';
import { NoteModal } from './NoteModal';
import { MemberSelect } from './MemberSelect';
import { RecordEntryModal } from './RecordEntryModal';

/** 积分台账: a member's ledger for a year, their score and how it was reckoned; entries recorded and corrected here. */
export function LedgerPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(currentMonthInChina().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const memberId = params.get('member') ?? undefined;
  const member = useMember(tenantId ?? '', memberId);
  // A member opened by link shows with their branch, whatever branch was chosen before.
  const shownBranch = member.data?.branchId ?? branchId;
  const choose = (changes: { member?: string; year?: number }) => {
    const next = { member: memberId, year, ...changes };
    setParams({ ...(next.member ? { member: next.member } : {}), ...(next.year !== thisYear ? { year: String(next.year) } : {}) }, { replace: true });
  };
  if (tenantId === null) return null;
  return (
    <Flex vertical gap={16} data-testid="ledger-page">
      <Card>
        <Flex vertical gap={12}>
          {/* In the card's body rather than its title, so that on a phone the pickers wrap instead of squeezing. */}
          <Flex gap={8} wrap>
            <div style={{ flex: '1 1 220px', maxWidth: 320, minWidth: 0, display: 'flex' }}>
              <CycleFilters
                tenantId={tenantId}
                branchId={shownBranch}
                branchName={member.data?.branchName}
                onBranch={(chosen) => {
                  setBranchId(chosen);
                  choose({ member: undefined });
                }}
              />
            </div>
            <MemberSelect tenantId={tenantId} branchId={shownBranch} value={memberId} chosen={member.data} onChange={(chosen) => choose({ member: chosen })} />
            <Select
              aria-label={t('ledger.year')}
              value={year}
              options={[thisYear, thisYear - 1, thisYear - 2].map((candidate) => ({ value: candidate, label: t('ledger.yearOption', { year: candidate }) }))}
              onChange={(chosen: number) => choose({ year: chosen })}
              style={{ width: 110 }}
            />
          </Flex>
          {memberId === undefined ? (
            <Empty description={t('ledger.chooseMemberHint')} />
          ) : member.error ? (
            <ErrorState error={member.error} onRetry={() => void member.refetch()} />
          ) : member.data === undefined ? (
            <PageLoading />
          ) : null}
        </Flex>
      </Card>
      {member.data && <MemberLedger tenantId={tenantId} member={member.data} year={year} />}
    </Flex>
  );
}

function MemberLedger({ tenantId, member, year }: { tenantId: string; member: Member; year: number }) {
  const { t } = useTranslation();
  const ledger = useMemberLedger(tenantId, member.id, year);
  const scores = useMemberScores(tenantId, member.id, year);
  const scheme = useBranchScheme(tenantId, member.branchId, year);
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<LedgerRow>();
  const [flagging, setFlagging] = useState<LedgerRow>();
  const raiseFlag = useRaiseFlag(tenantId);
  const items = scheme.data?.document.sections.flatMap((section) => section.items) ?? [];

  return (
    <>
      {scores.data ? (
        <MemberYearCards title={t('ledger.scoreTitle', { name: member.name, year })} result={scores.data} ledger={ledger.data} />
      ) : scores.error instanceof ApiError && scores.error.status === 400 ? (
        // No scheme is published for the member's branch that year: nothing to score, nor to record.
        <Alert type="warning" showIcon title={problemDetailOf(scores.error) ?? t('ledger.noScheme')} />
      ) : scores.error ? (
        <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />
      ) : (
        <PageLoading />
      )}
      <Card
        title={t('ledger.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!scheme.data} onClick={() => setRecording(true)}>
            {t('ledger.record')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('ledger.appendOnly')}</Typography.Text>
          {ledger.error ? (
            <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
          ) : ledger.data === undefined ? (
            <PageLoading />
          ) : (
            <LedgerTable rows={ledger.data} onCorrect={setCorrecting} onFlag={setFlagging} />
          )}
        </Flex>
      </Card>
      {recording && scheme.data && (
        <RecordEntryModal tenantId={tenantId} member={member} year={year} document={scheme.data.document} onClose={() => setRecording(false)} />
      )}
      <FlagsCard tenantId={tenantId} branchId={member.branchId} />
      {flagging && (
        <NoteModal
          title={t('ledger.flags.flag')}
          subject={`${flagging.month} · ${flagging.itemName}`}
          label={t('ledger.flags.note')}
          field="note"
          required={t('ledger.flags.noteRequired')}
          done={t('ledger.flags.raised')}
          send={(note) => raiseFlag.mutateAsync({ entryId: flagging.id, note })}
          onClose={() => setFlagging(undefined)}
        />
      )}
      {correcting && (
        <CorrectionModal
          tenantId={tenantId}
          row={correcting}
          item={items.find((item) => item.code === correcting.itemCode)}
          onClose={() => setCorrecting(undefined)}
        />
      )}
    </>
  );
}
