import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { org, rootOrg as root } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';

const generalBranch = org({
  id: 'a0000000-0000-4000-8000-000000000002',
  parentId: root.id,
  name: '机关党总支',
  type: 'GENERAL_BRANCH',
  childCount: 1,
});
const branch = org({
  id: 'a0000000-0000-4000-8000-000000000003',
  parentId: generalBranch.id,
  name: '第二党支部',
  type: 'BRANCH',
  domain: 'AGENCY',
  version: 3,
});
const nodes = [root, generalBranch, branch];

/** The tree above, answered one level at a time, plus whatever else the test needs. */
function stubTree(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  const routes: Parameters<typeof stubBackend>[0] = {
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': (request) => {
      const parentId = new URL(request.url).searchParams.get('parentId');
      return jsonResponse(200, parentId === null ? [root] : nodes.filter((node) => node.parentId === parentId));
    },
  };
  for (const node of nodes) routes[`GET /api/v1/orgs/${node.id}`] = () => jsonResponse(200, node);
  return stubBackend({ ...routes, ...extraRoutes });
}

const user = () => userEvent.setup();

async function expand(name: string) {
  const title = await screen.findByText(name);
  const treeNode = title.closest('.ant-tree-treenode');
  const switcher = treeNode?.querySelector('.ant-tree-switcher');
  if (!(switcher instanceof HTMLElement)) throw new Error(`no switcher for ${name}`);
  await user().click(switcher);
}

async function selectInTree(name: string) {
  await user().click(await within(await screen.findByTestId('org-tree')).findByText(name));
  return within(await screen.findByTestId('org-detail'));
}

describe('org tree', () => {
  it('shows the top nodes and loads children only when a node is opened', async () => {
    const backend = stubTree();
    renderApp('/orgs');

    expect(await screen.findByText(root.name)).toBeInTheDocument();
    expect(screen.queryByText(generalBranch.name)).not.toBeInTheDocument();
    expect(backend.requests.filter((request) => new URL(request.url).searchParams.has('parentId'))).toHaveLength(0);

    await expand(root.name);

    expect(await screen.findByText(generalBranch.name)).toBeInTheDocument();
    expect(within(screen.getByTestId('org-tree')).getByText('党总支')).toBeInTheDocument();
    const childrenRequest = backend.requests.find(
      (request) => new URL(request.url).searchParams.get('parentId') === root.id,
    );
    expect(childrenRequest?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('offers only the child types the parent may have, and shows a server field error under its field', async () => {
    const backend = stubTree({
      'POST /api/v1/orgs': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: '请求内容有误。',
          errors: [{ field: 'name', message: '同一上级组织下已有同名组织。' }],
        }),
    });
    renderApp('/orgs');
    const detail = await selectInTree(root.name);

    await user().click(detail.getByRole('button', { name: /新建下级组织/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByRole('combobox', { name: '组织类型' }));
    const offered = [...document.querySelectorAll('.ant-select-item-option')].map((option) => option.textContent);
    expect(offered).toEqual(['党委', '党总支', '党支部']);

    await user().click(screen.getByTitle('党支部'));
    expect(await dialog.findByText('领域')).toBeInTheDocument(); // a 党支部 has a domain
    await user().type(dialog.getByLabelText('组织名称'), '第一党支部');
    await user().click(dialog.getByRole('button', { name: '保存' }));

    const fieldError = await dialog.findByText('同一上级组织下已有同名组织。');
    expect(fieldError.closest('.ant-form-item')?.querySelector('#createOrg_name')).not.toBeNull();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ parentId: root.id, type: 'BRANCH', name: '第一党支部' });
    expect(post?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('asks before moving, then sends the version and the new parent', async () => {
    const backend = stubTree({
      [`GET /api/v1/orgs/${branch.id}/subtree`]: () => jsonResponse(200, [branch]),
      [`POST /api/v1/orgs/${branch.id}/move`]: () => jsonResponse(200, { ...branch, parentId: root.id, version: 4 }),
    });
    renderApp('/orgs');
    await expand(root.name);
    await expand(generalBranch.name);
    const detail = await selectInTree(branch.name);

    await user().click(detail.getByRole('button', { name: /移动/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByRole('combobox'));
    await user().click(await screen.findByTitle(`${root.name}（党委）`));
    await user().click(dialog.getByRole('button', { name: '下一步' }));

    expect(
      await screen.findAllByText(`将「${branch.name}」及其全部下级组织移动到「${root.name}」之下？`),
    ).not.toHaveLength(0);
    expect(backend.requests.some((request) => request.url.endsWith('/move'))).toBe(false);
    await user().click(screen.getByRole('button', { name: '确认移动' }));

    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/move'))).toBe(true));
    const move = backend.requests.find((request) => request.url.endsWith('/move'));
    expect(await move?.json()).toEqual({ version: 3, newParentId: root.id });
  });

  it('shows why closing was refused', async () => {
    const refusal = '该组织仍有未撤销的下级组织，不能撤销。';
    stubTree({ [`POST /api/v1/orgs/${generalBranch.id}/close`]: () => problemResponse(409, { title: 'Conflict', detail: refusal }) });
    renderApp('/orgs');
    await expand(root.name);
    const detail = await selectInTree(generalBranch.name);

    await user().click(detail.getByRole('button', { name: /撤销/ }));
    await user().click(await screen.findByRole('button', { name: '撤销组织' }));

    expect(await detail.findByText(refusal)).toBeInTheDocument();
  });

  it('offers only the posts a branch has, and shows the activation link of a new account once', async () => {
    const member = {
      id: 'd0000000-0000-4000-8000-000000000001',
      name: '李四',
      gender: null,
      status: 'FULL',
      postType: 'IN_OFFICE',
      leaderCadre: false,
      joinedOn: '2010-07-01',
      branchId: branch.id,
      branchName: branch.name,
      groupId: null,
      groupName: null,
      mobile: null,
      email: 'lisi@example.com',
      version: 1,
    };
    const holder = {
      assignmentId: 'f0000000-0000-4000-8000-000000000001',
      role: 'SECRETARY',
      userId: 'c0000000-0000-4000-8000-000000000002',
      name: member.name,
      memberId: member.id,
    };
    let holders: unknown[] = [];
    const backend = stubTree({
      [`GET /api/v1/orgs/${branch.id}/roles`]: () => jsonResponse(200, holders),
      'GET /api/v1/members': () => jsonResponse(200, { items: [member], page: 0, size: 20, total: 1 }),
      [`POST /api/v1/orgs/${branch.id}/roles`]: () => {
        holders = [holder];
        return jsonResponse(201, { ...holder, invitationLink: '/activate?token=abc123' });
      },
    });
    renderApp('/orgs');
    await expand(root.name);
    await expand(generalBranch.name);
    const detail = await selectInTree(branch.name);

    expect(await detail.findByText('暂无任职人员。')).toBeInTheDocument();
    await user().click(detail.getByText('任命'));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByLabelText('职务'));
    const offered = [...document.querySelectorAll('.ant-select-item-option')].map((option) => option.textContent);
    expect(offered).toEqual(['书记', '副书记', '记分员（组织委员）', '监督员（纪检委员）']);
    await user().click(screen.getByTitle('书记'));

    await user().click(dialog.getByLabelText('党员'));
    await user().click(await screen.findByTitle('李四（第二党支部）'));
    await user().click(dialog.getByText('任命'));

    expect(await screen.findByText('请将此链接发给该党员，用于设置登录密码（7 天内有效，只显示一次）')).toBeInTheDocument();
    expect(screen.getByTestId('invitation-link')).toHaveValue(`${window.location.origin}/activate?token=abc123`);
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ memberId: member.id, role: 'SECRETARY' });
    expect(post?.headers.get('X-Tenant-Id')).toBe(tenantId);
    const search = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/members');
    expect(new URL(search?.url ?? '').searchParams.get('orgId')).toBe(branch.id);

    await user().click(screen.getByText('我已保存'));
    await waitFor(() => expect(screen.queryByTestId('invitation-link')).not.toBeInTheDocument());
    expect(await detail.findByText('李四')).toBeInTheDocument();
  });

  it('appoints a non-member as reviewer at a committee, and says where the link was e-mailed', async () => {
    const backend = stubTree({
      [`GET /api/v1/orgs/${root.id}/roles`]: () => jsonResponse(200, []),
      'GET /api/v1/members': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
      [`POST /api/v1/orgs/${root.id}/roles`]: () =>
        jsonResponse(201, {
          assignmentId: 'f0000000-0000-4000-8000-000000000009',
          role: 'REVIEWER',
          userId: 'c0000000-0000-4000-8000-000000000009',
          name: '组织部干事',
          memberId: null,
          invitationLink: '/activate?token=staff',
          invitationEmail: 'staff@example.cn',
        }),
    });
    renderApp('/orgs');
    const detail = await selectInTree(root.name);

    await user().click(await detail.findByText('任命'));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByText('非党员工作人员'));
    await user().click(dialog.getByLabelText('职务'));
    const offered = [...document.querySelectorAll('.ant-select-item-option')].map((option) => option.textContent);
    expect(offered).toEqual(['党委管理员', '审核员']);
    await user().click(screen.getByTitle('审核员'));
    await user().type(dialog.getByLabelText('姓名'), '组织部干事');
    await user().click(dialog.getByText('任命'));
    expect(await dialog.findByText('请填写手机号码或电子邮箱')).toBeInTheDocument();
    await user().type(dialog.getByLabelText('电子邮箱'), 'staff@example.cn');
    await user().click(dialog.getByText('任命'));

    expect(await screen.findByText('激活链接已通过电子邮件发送至 staff@example.cn。')).toBeInTheDocument();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ person: { name: '组织部干事', email: 'staff@example.cn' }, role: 'REVIEWER' });
  });
});
