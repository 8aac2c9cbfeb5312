import { useState } from 'react';
import { useTenant } from '@/lib/tenant/tenantContext';

const storageKey = 'xianfeng.cycleBranch';

/** The branch the cycle pages work on: the last one chosen in this tab, else the first branch the user holds a role at. */
export function useBranch(): [string | undefined, (branchId: string | undefined) => void] {
  const { roles } = useTenant();
  const [chosen, setChosen] = useState(() => sessionStorage.getItem(storageKey) ?? undefined);
  const fallback = roles.find((role) => role.org.type === 'BRANCH')?.org.id;
  const choose = (branchId: string | undefined) => {
    if (branchId) sessionStorage.setItem(storageKey, branchId);
    else sessionStorage.removeItem(storageKey);
    setChosen(branchId);
  };
  return [chosen ?? fallback, choose];
}
