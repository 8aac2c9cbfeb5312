import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Link, LinkInvitation, LinkedTree } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { rootOrg } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';

/** A link with the given fields and defaults for the rest: a lower tenant asking to link under our root. */
function link(fields: Partial<Link> & Pick<Link, 'id'>): Link {
  return {
    side: 'UPPER',
    status: 'REQUESTED',
    upperTenantName: '某某市税务局',
    upperOrgName: rootOrg.name,
    lowerTenantName: '某某县税务局',
    lowerRootName: '中共某某县税务局委员会',
    note: null,
    requestedAt: '2025-03-01T01:30:00Z',
    decidedAt: null,
    endedAt: null,
    endedBySide: null,
    version: 0,
    actions: [],
    ...fields,
  };
}

const answerable = link({ id: 'l0000000-0000-4000-8000-000000000001', version: 2, actions: ['ACCEPT', 'DECLINE'], note: '请审核' });
// Seen by a caller who reaches the node but does not administer it: no buttons.
const readOnly = link({
  id: 'l0000000-0000-4000-8000-000000000002',
  lowerTenantName: '某某区税务局',
  lowerRootName: '中共某某区税务局委员会',
});

/** The signed-in committee admin of session.ts, whose top node is the tenant's root, plus the test's routes. */
function stubPage(links: Link[], extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, [rootOrg]),
    'GET /api/v1/links': () => jsonResponse(200, links),
    [`GET /api/v1/orgs/${rootOrg.id}/link-invitations`]: () => jsonResponse(200, []),
    ...extraRoutes,
  });
}

const user = () => userEvent.setup();

describe('links page', () => {
  it('offers 同意 and 拒绝 on an incoming request only where the backend allows them, and accepts with the version', async () => {
    const backend = stubPage([answerable, readOnly], {
      [`POST /api/v1/links/${answerable.id}/accept`]: () =>
        jsonResponse(200, { ...answerable, status: 'ACTIVE', version: 3, actions: ['UNLINK', 'VIEW_TREE'] }),
    });
    renderApp('/links');

    const lowerLinks = within(await screen.findByTestId('lower-links'));
    const mayAnswer = within(await lowerLinks.findByTestId(`lower-link-${answerable.id}`));
    expect(mayAnswer.getByText('某某县税务局')).toBeInTheDocument();
    expect(mayAnswer.getByText('留言：请审核')).toBeInTheDocument();
    expect(mayAnswer.getByRole('button', { name: /同意/ })).toBeInTheDocument();
    expect(mayAnswer.getByRole('button', { name: /拒绝/ })).toBeInTheDocument();
    const mayNot = within(lowerLinks.getByTestId(`lower-link-${readOnly.id}`));
    expect(mayNot.getByText('某某区税务局')).toBeInTheDocument();
    expect(mayNot.getByText('待审核')).toBeInTheDocument();
    expect(mayNot.queryByRole('button')).not.toBeInTheDocument();

    await user().click(mayAnswer.getByRole('button', { name: /同意/ }));
    const confirm = within(await screen.findByRole('dialog'));
    // The confirmation's title is rendered twice (visibly, and for screen readers).
    expect(confirm.getAllByText(`同意「某某县税务局」关联到「${rootOrg.name}」？`)).not.toHaveLength(0);
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);
    await user().click(confirm.getByRole('button', { name: '同意' }));

    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/accept'))).toBe(true));
    const accept = backend.requests.find((request) => request.url.endsWith('/accept'));
    expect(await accept?.json()).toEqual({ version: 2 });
    expect(accept?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('shows an issued invitation code once, then only its hint', async () => {
    const issued = {
      id: 'i0000000-0000-4000-8000-000000000001',
      orgId: rootOrg.id,
      code: 'ABCD-EFGH-JKMN',
      codeHint: 'JKMN',
      expiresAt: '2025-04-01T01:30:00Z',
    };
    let invitations: LinkInvitation[] = [];
    const backend = stubPage([], {
      [`GET /api/v1/orgs/${rootOrg.id}/link-invitations`]: () => jsonResponse(200, invitations),
      [`POST /api/v1/orgs/${rootOrg.id}/link-invitations`]: () => {
        invitations = [
          {
            id: issued.id,
            codeHint: issued.codeHint,
            expiresAt: issued.expiresAt,
            revokedAt: null,
            createdAt: '2025-03-02T01:30:00Z',
            status: 'ACTIVE',
            requests: 0,
          },
        ];
        return jsonResponse(201, issued);
      },
    });
    renderApp('/links');

    const card = within(await screen.findByTestId('link-invitations'));
    expect(await card.findByText('该党委尚未发放邀请码。')).toBeInTheDocument();
    await user().click(card.getByRole('button', { name: /发放邀请码/ }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(rootOrg.name)).toBeInTheDocument();
    await user().click(dialog.getByRole('button', { name: '发放' }));

    expect(await screen.findByTestId('issued-code')).toHaveTextContent('ABCD-EFGH-JKMN');
    expect(screen.getByText(/邀请码只显示这一次，关闭后无法再查看/)).toBeInTheDocument();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ validDays: 30 });
    expect(post?.headers.get('X-Tenant-Id')).toBe(tenantId);

    await user().click(screen.getByRole('button', { name: '我已记下' }));
    await waitFor(() => expect(screen.queryByTestId('issued-code')).not.toBeInTheDocument());
    expect(await card.findByText('••••-••••-JKMN')).toBeInTheDocument();
    expect(screen.queryByText(/ABCD-EFGH/)).not.toBeInTheDocument();
  });

  it('shows why the server refused a code under the code field', async () => {
    const refusals = [
      problemResponse(404, { title: 'Not Found', detail: '邀请码无效、已过期或已被撤销，请向上级党组织核对。' }),
      problemResponse(400, {
        title: 'Bad Request',
        detail: '请求内容有误。',
        errors: [{ field: 'code', message: '这是本单位自己的邀请码，请填写上级党组织提供的邀请码。' }],
      }),
    ];
    const backend = stubPage([], { 'POST /api/v1/links': () => refusals.shift() ?? jsonResponse(500, {}) });
    renderApp('/links');

    const upper = within(await screen.findByTestId('upper-link'));
    expect(await upper.findByText('输入邀请码申请关联')).toBeInTheDocument();
    const codeField = upper.getByLabelText('邀请码');
    await user().type(codeField, ' abcd-efgh-jkmn ');
    await user().type(upper.getByLabelText('留言（选填）'), '联系人：王五');
    await user().click(upper.getByRole('button', { name: /提交申请/ }));

    const notFound = await upper.findByText('邀请码无效、已过期或已被撤销，请向上级党组织核对。');
    expect(notFound.closest('.ant-form-item')?.querySelector('#requestLink_code')).not.toBeNull();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ code: 'abcd-efgh-jkmn', note: '联系人：王五' });

    await user().click(upper.getByRole('button', { name: /提交申请/ }));
    const ownCode = await upper.findByText('这是本单位自己的邀请码，请填写上级党组织提供的邀请码。');
    expect(ownCode.closest('.ant-form-item')?.querySelector('#requestLink_code')).not.toBeNull();
    expect(upper.queryByText('申请未成功')).not.toBeInTheDocument();
  });

  it('shows the current upper link with only the buttons the backend offers, and no request form', async () => {
    const pending = link({ id: 'l0000000-0000-4000-8000-000000000003', side: 'LOWER', actions: ['CANCEL'] });
    const ended = link({
      id: 'l0000000-0000-4000-8000-000000000004',
      side: 'LOWER',
      status: 'UNLINKED',
      upperOrgName: '中共某某省税务局委员会',
      upperTenantName: '某某省税务局',
      endedAt: '2025-02-01T01:30:00Z',
      endedBySide: 'UPPER',
    });
    stubPage([pending, ended]);
    renderApp('/links');

    const upper = within(await screen.findByTestId('upper-link'));
    expect(await upper.findByText('申请已提交，等待上级党组织审核。')).toBeInTheDocument();
    expect(upper.getByRole('button', { name: /撤回申请/ })).toBeInTheDocument();
    expect(upper.queryByRole('button', { name: /解除关联/ })).not.toBeInTheDocument();
    expect(upper.queryByText('输入邀请码申请关联')).not.toBeInTheDocument();
    expect(upper.getByText('中共某某省税务局委员会（某某省税务局）')).toBeInTheDocument();
    expect(upper.getByText('由上级党组织解除于 2025-02-01 09:30')).toBeInTheDocument();
  });

  it('shows the linked tree with member counts per node and the totals', async () => {
    const active = link({ id: 'l0000000-0000-4000-8000-000000000005', status: 'ACTIVE', actions: ['UNLINK', 'VIEW_TREE'] });
    const lowerRoot = 'e0000000-0000-4000-8000-000000000001';
    const tree: LinkedTree = {
      link: active,
      nodes: [
        { id: lowerRoot, parentId: null, type: 'COMMITTEE', name: '中共某某县税务局委员会', members: { full: 12, probationary: 2, activists: 3 } },
        { id: 'e0000000-0000-4000-8000-000000000002', parentId: lowerRoot, type: 'BRANCH', name: '第一党支部', members: { full: 12, probationary: 2, activists: 3 } },
      ],
    };
    stubPage([active], { [`GET /api/v1/links/${active.id}/tree`]: () => jsonResponse(200, tree) });
    renderApp('/links');

    await user().click(await screen.findByRole('button', { name: /查看组织/ }));
    const drawer = within(await screen.findByTestId('linked-tree'));
    expect(await drawer.findByText('第一党支部')).toBeInTheDocument();
    const totals = within(drawer.getByTestId('linked-totals'));
    expect(totals.getByText('17')).toBeInTheDocument();
    expect(within(drawer.getByTestId(`linked-node-${lowerRoot}`)).getByText('正式 12 · 预备 2 · 积极分子 3 · 合计 17')).toBeInTheDocument();
  });
});
