import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser, TenantOverview } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';

const committee = { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: '中共某某市税务局委员会', type: 'COMMITTEE' } as const;
const branch = { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: '第一党支部', type: 'BRANCH' } as const;
const tenantId = 'b0000000-0000-4000-8000-000000000001';

const signedInUser: CurrentUser = {
  id: 'c0000000-0000-4000-8000-000000000001',
  displayName: '张三',
  mobile: '13812345678',
  email: null,
  memberships: [
    {
      tenantId,
      tenantName: '某某市税务局',
      rootOrg: committee,
      roles: [{ role: 'COMMITTEE_ADMIN', org: committee }],
    },
  ],
};

const overview: TenantOverview = {
  id: tenantId,
  name: '某某市税务局',
  createdAt: '2025-03-01T09:30:00+08:00',
  rootOrg: committee,
  roles: [
    { role: 'COMMITTEE_ADMIN', org: committee },
    { role: 'SECRETARY', org: branch },
  ],
};

const unauthorized = () => problemResponse(401, { title: 'Unauthorized', detail: '请先登录。' });

describe('dashboard', () => {
  it('shows the current tenant, its root organisation and the user’s roles', async () => {
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, signedInUser),
      'GET /api/v1/tenants/current': () => jsonResponse(200, overview),
    });
    renderApp('/');

    const tenantCard = await screen.findByTestId('tenant-card');
    expect(within(tenantCard).getByText('某某市税务局')).toBeInTheDocument();
    expect(within(tenantCard).getByText('2025年3月1日')).toBeInTheDocument();

    const rootOrgCard = screen.getByTestId('root-org-card');
    expect(within(rootOrgCard).getByText('中共某某市税务局委员会')).toBeInTheDocument();
    expect(within(rootOrgCard).getByText('党委')).toBeInTheDocument();

    const rolesCard = screen.getByTestId('roles-card');
    expect(within(rolesCard).getByText('党委管理员')).toBeInTheDocument();
    expect(within(rolesCard).getByText('书记')).toBeInTheDocument();
    expect(within(rolesCard).getByText('第一党支部 · 党支部')).toBeInTheDocument();

    const tenantRequest = backend.requests.find((request) => request.url.endsWith('/api/v1/tenants/current'));
    expect(tenantRequest?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('acts in the tenant remembered for this tab when the user still belongs to it', async () => {
    const otherTenantId = 'b0000000-0000-4000-8000-000000000002';
    sessionStorage.setItem('xianfeng.tenant', otherTenantId);
    const backend = stubBackend({
      'GET /api/v1/me': () =>
        jsonResponse(200, {
          ...signedInUser,
          memberships: [
            ...signedInUser.memberships,
            { tenantId: otherTenantId, tenantName: '某某区委组织部', rootOrg: committee, roles: [] },
          ],
        }),
      'GET /api/v1/tenants/current': () => jsonResponse(200, { ...overview, id: otherTenantId, name: '某某区委组织部' }),
    });
    renderApp('/');

    await screen.findByTestId('tenant-card');
    const tenantRequest = backend.requests.find((request) => request.url.endsWith('/api/v1/tenants/current'));
    expect(tenantRequest?.headers.get('X-Tenant-Id')).toBe(otherTenantId);
  });
});

describe('authentication', () => {
  it('sends a visitor without a session to the sign-in route', async () => {
    stubBackend({ 'GET /api/v1/me': unauthorized });
    const { router } = renderApp('/');

    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signin');
  });

  it('shows the sign-in route when any API call answers 401', async () => {
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, signedInUser),
      'GET /api/v1/tenants/current': unauthorized,
    });
    const { router } = renderApp('/');

    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signin');
  });

  it('leaves the sign-in page for the dashboard when the session is still valid', async () => {
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, signedInUser),
      'GET /api/v1/tenants/current': () => jsonResponse(200, overview),
    });
    const { router } = renderApp('/signin');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('continues to the page remembered before sign-in', async () => {
    sessionStorage.setItem('xianfeng.returnTo', '/no-such-page');
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, signedInUser),
      'GET /api/v1/tenants/current': () => jsonResponse(200, overview),
    });
    const { router } = renderApp('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/no-such-page'));
    expect(sessionStorage.getItem('xianfeng.returnTo')).toBeNull();
  });

  it('signs out with the CSRF token and returns to the sign-in route', async () => {
    document.cookie = 'XSRF-TOKEN=token-456';
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, signedInUser),
      'GET /api/v1/tenants/current': () => jsonResponse(200, overview),
      'POST /logout': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByText('退出登录'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'));
    const logout = backend.requests.find((request) => request.url.endsWith('/logout'));
    expect(logout?.headers.get('X-XSRF-TOKEN')).toBe('token-456');
  });
});

describe('routing', () => {
  it('shows a not-found page for unknown paths', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});
