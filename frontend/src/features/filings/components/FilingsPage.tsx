import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Filing } from '@/lib/api/types';
import { orgAboveBranches } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { BranchFilings } from './BranchFilings';
import { FilingDrawer } from './FilingDrawer';
import { FilingInbox } from './FilingInbox';

type Tab = 'branch' | 'inbox';

/** 上报备案: a branch files its quarters and years to its parent; the parent accepts them or returns them with a comment. */
export function FilingsPage() {
  const { t } = useTranslation();
  const { tenantId, roles } = useTenant();
  const [params, setParams] = useSearchParams();
  const leadsAbove = orgAboveBranches(roles) !== undefined;
  const tab: Tab = params.get('tab') === 'inbox' || (params.get('tab') === null && leadsAbove) ? 'inbox' : 'branch';
  const [open, setOpen] = useState<{ filing: Filing; deciding: boolean }>();
  if (tenantId === null) return null;
  return (
    <Card data-testid="filings-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'branch',
            label: t('filings.tabs.branch'),
            children: <BranchFilings tenantId={tenantId} onOpen={(filing) => setOpen({ filing, deciding: false })} />,
          },
          {
            key: 'inbox',
            label: t('filings.tabs.inbox'),
            children: <FilingInbox tenantId={tenantId} onOpen={(filing) => setOpen({ filing, deciding: true })} />,
          },
        ]}
      />
      {open && <FilingDrawer key={open.filing.id} tenantId={tenantId} initial={open.filing} deciding={open.deciding} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
