import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser, TenantOverview } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';

const newTenantId = 'b0000000-0000-4000-8000-000000000099';
const newRoot = { id: 'a0000000-0000-4000-8000-000000000099', name: '中共某某县委员会', type: 'COMMITTEE' } as const;
const withNewInstitution: CurrentUser = {
  ...committeeAdmin,
  memberships: [
    ...committeeAdmin.memberships,
    { tenantId: newTenantId, tenantName: '某某县', rootOrg: newRoot, roles: [{ role: 'COMMITTEE_ADMIN', org: newRoot }] },
  ],
};

function overviewOf(request: Request): TenantOverview {
  const [first, second] = withNewInstitution.memberships;
  const membership = request.headers.get('X-Tenant-Id') === newTenantId ? second : first;
  if (membership === undefined) throw new Error('two memberships expected');
  return {
    id: membership.tenantId,
    name: membership.tenantName,
    createdAt: '2026-11-23T00:30:00+08:00',
    rootOrg: membership.rootOrg,
    roles: membership.roles,
  };
}

const lastTenantAskedFor = (requests: Request[]) =>
  requests.filter((request) => request.url.endsWith('/api/v1/tenants/current')).at(-1)?.headers.get('X-Tenant-Id');

async function openDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('user-menu'));
  await user.click(await screen.findByText('新建机构'));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByLabelText('机构名称'));
  await user.paste('  某某县  ');
  await user.click(within(dialog).getByLabelText('根组织名称'));
  await user.paste('中共某某县委员会');
  await user.click(within(dialog).getByRole('button', { name: '创建' }));
  return dialog;
}

describe('a new institution from the account menu', () => {
  it('is created with the signed-in user as its admin, and the app switches to it', async () => {
    let created = false;
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, created ? withNewInstitution : committeeAdmin),
      'GET /api/v1/tenants/current': (request) => jsonResponse(200, overviewOf(request)),
      'POST /api/v1/institutions': () => {
        created = true;
        return jsonResponse(201, { tenantId: newTenantId, rootOrgId: newRoot.id, userId: committeeAdmin.id });
      },
    });
    renderApp('/');

    await openDialog();

    expect(await screen.findByText('“某某县”已创建，已切换到该机构。')).toBeInTheDocument();
    const sent = backend.requests.find((request) => request.url.endsWith('/api/v1/institutions'));
    expect(await sent?.json()).toEqual({ institutionName: '某某县', rootOrgType: 'COMMITTEE', rootOrgName: '中共某某县委员会' });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
    await waitFor(() => expect(lastTenantAskedFor(backend.requests)).toBe(newTenantId));
    expect(await within(screen.getByTestId('tenant-card')).findByText('某某县')).toBeInTheDocument();
  });

  it('shows the backend’s field errors under their inputs and stays open', async () => {
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/tenants/current': (request) => jsonResponse(200, overviewOf(request)),
      'POST /api/v1/institutions': () =>
        problemResponse(400, {
          title: '输入有误',
          errors: [{ field: 'institutionName', message: '名称不能超过 100 个字符' }],
        }),
    });
    renderApp('/');

    const dialog = await openDialog();

    expect(await within(dialog).findByText('名称不能超过 100 个字符')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
