import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { OrgFilter } from '@/components/OrgFilter';
import type { Filing } from '@/lib/api/types';
import { orgAboveBranches } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useFilings } from '../api/filings';
import { FilingTable } from './FilingTable';

const statuses = ['FILED', 'ACCEPTED', 'RETURNED'] as const;

/** 下级上报: the filings of the branches under an org the user leads, to accept or return. */
export function FilingInbox({ tenantId, onOpen }: { tenantId: string; onOpen: (filing: Filing) => void }) {
  const { t } = useTranslation();
  const { roles } = useTenant();
  const above = orgAboveBranches(roles);
  const [orgId, setOrgId] = useState(above?.id);
  const [status, setStatus] = useState<string | undefined>('FILED');
  const filings = useFilings(tenantId, orgId, status);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <OrgFilter
          tenantId={tenantId}
          label={t('filings.inboxOrg')}
          placeholder={t('filings.chooseOrg')}
          value={orgId}
          valueLabel={orgId === above?.id ? above?.name : undefined}
          onChange={setOrgId}
          allowClear={false}
        />
        <Select
          aria-label={t('filings.statusFilter')}
          allowClear
          placeholder={t('filings.allStatuses')}
          value={status}
          onChange={(chosen: string | undefined) => setStatus(chosen)}
          options={statuses.map((candidate) => ({ value: candidate, label: t(`filings.status.${candidate}`) }))}
          style={{ width: 140 }}
        />
      </Flex>
      {filings.error ? (
        <ErrorState error={filings.error} onRetry={() => void filings.refetch()} />
      ) : (
        <FilingTable
          testId="filing-inbox"
          filings={filings.data}
          loading={filings.isLoading}
          showBranch
          actions={(filing) => (
            <Button size="small" type={filing.status === 'FILED' ? 'primary' : 'default'} onClick={() => onOpen(filing)}>
              {t(filing.status === 'FILED' ? 'filings.decide' : 'filings.view')}
            </Button>
          )}
        />
      )}
    </Flex>
  );
}
