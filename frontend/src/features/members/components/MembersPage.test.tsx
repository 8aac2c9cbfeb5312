import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Member, OrgNode } from '@/lib/api/types';
import { importRejected, jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branch: OrgNode = {
  id: 'a0000000-0000-4000-8000-000000000003',
  parentId: 'a0000000-0000-4000-8000-000000000001',
  name: '第一党支部',
  type: 'BRANCH',
  code: null,
  domain: null,
  sortOrder: 0,
  closed: false,
  childCount: 0,
  version: 1,
};
const otherBranch: OrgNode = { ...branch, id: 'a0000000-0000-4000-8000-000000000004', name: '第二党支部' };

const member: Member = {
  id: 'd0000000-0000-4000-8000-000000000001',
  name: '李四',
  gender: 'MALE',
  status: 'FULL',
  postType: 'IN_OFFICE',
  leaderCadre: true,
  joinedOn: '2010-07-01',
  branchId: branch.id,
  branchName: branch.name,
  groupId: null,
  groupName: null,
  mobile: '13900000001',
  email: null,
  version: 5,
};

/** One member in the list, the two branches as the caller's top nodes, plus whatever the test needs. */
function stubMembers(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': (request) =>
      jsonResponse(200, new URL(request.url).searchParams.has('parentId') ? [] : [branch, otherBranch]),
    'GET /api/v1/members': () => jsonResponse(200, { items: [member], page: 0, size: 20, total: 1 }),
    ...extraRoutes,
  });
}

const user = () => userEvent.setup();

async function memberRow() {
  const table = within(await screen.findByTestId('member-table'));
  const row = (await table.findByText(member.name)).closest('tr');
  if (row === null) throw new Error('no row for the member');
  return within(row);
}

describe('members', () => {
  onDesktop();

  it('lists members with the tenant header and shows a mobile taken under the mobile input', async () => {
    const backend = stubMembers({
      [`PATCH /api/v1/members/${member.id}`]: () =>
        problemResponse(409, {
          title: 'Conflict',
          detail: '请求内容有误。',
          errors: [{ field: 'details.mobile', message: '该手机号已被本机构其他党员使用。' }],
        }),
    });
    renderApp('/members');

    const row = await memberRow();
    expect(row.getByText('正式党员')).toBeInTheDocument();
    expect(row.getByText('领导干部')).toBeInTheDocument();
    expect(row.getByText('第一党支部')).toBeInTheDocument();
    const list = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/members');
    expect(list?.headers.get('X-Tenant-Id')).toBe(tenantId);

    await user().click(row.getByText('编辑'));
    const dialog = within(await screen.findByRole('dialog'));
    // Typed at once: key by key, the long form re-renders for every character and the test crawls.
    fireEvent.change(dialog.getByLabelText('手机号'), { target: { value: '13900000002' } });
    await user().click(dialog.getByText('保存'));

    const fieldError = await dialog.findByText('该手机号已被本机构其他党员使用。');
    expect(fieldError.closest('.ant-form-item')?.querySelector('#editMember_details_mobile')).not.toBeNull();
    const patch = backend.requests.find((request) => request.method === 'PATCH');
    expect(await patch?.json()).toEqual({
      version: 5,
      details: {
        name: '李四',
        gender: 'MALE',
        status: 'FULL',
        postType: 'IN_OFFICE',
        leaderCadre: true,
        joinedOn: '2010-07-01',
        mobile: '13900000002',
      },
    });
  });

  it('asks before a transfer, then sends the version, the destination, the date and the reason', async () => {
    const backend = stubMembers({
      [`POST /api/v1/members/${member.id}/transfer`]: () =>
        jsonResponse(200, { ...member, branchId: otherBranch.id, branchName: otherBranch.name, version: 6 }),
    });
    renderApp('/members');

    await user().click((await memberRow()).getByText('转接'));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByRole('combobox', { name: '转入党支部' }));
    await user().click(await screen.findByTitle('第二党支部（党支部）'));
    fireEvent.change(dialog.getByLabelText('转接日期'), { target: { value: '2025-03-01' } });
    fireEvent.change(dialog.getByLabelText('转接原因'), { target: { value: '工作调动' } });
    await user().click(dialog.getByText('下一步'));

    expect(await screen.findAllByText('将「李四」的组织关系转入「第二党支部」？')).not.toHaveLength(0);
    await user().click(screen.getByText('确认转接'));

    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/transfer'))).toBe(true));
    const transfer = backend.requests.find((request) => request.url.endsWith('/transfer'));
    expect(await transfer?.json()).toEqual({
      version: 5,
      toBranchId: otherBranch.id,
      transferredOn: '2025-03-01',
      reason: '工作调动',
    });
    expect(transfer?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('warns before a transfer to another branch that the member’s applications in flight will be withdrawn', async () => {
    stubMembers({
      'GET /api/v1/exemptions': (request) =>
        jsonResponse(200, {
          items: new URL(request.url).searchParams.get('memberId') === member.id ? [{ status: 'AWAITING_MEETING_APPROVAL' }, { status: 'APPROVED' }] : [],
          page: 0,
          size: 200,
          total: 2,
        }),
    });
    renderApp('/members');

    await user().click((await memberRow()).getByText('转接'));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByRole('combobox', { name: '转入党支部' }));
    await user().click(await screen.findByTitle('第二党支部（党支部）'));
    await user().click(dialog.getByText('下一步'));

    expect(
      await screen.findByText('该党员有 1 份进行中的不参加积分管理申请；转到其他支部后将自动撤回，由新支部重新办理。'),
    ).toBeInTheDocument();
  });

  it('imports a file and, when rows are bad, lists every one of them', async () => {
    const backend = stubMembers({
      'POST /api/v1/members/import': () =>
        importRejected([
          { row: 3, column: '手机号码', message: '手机号格式不正确' },
          { row: 7, column: '所在党支部', message: '找不到该党支部' },
        ]),
    });
    renderApp('/members');

    await user().click(await screen.findByRole('button', { name: /导入党员/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user().click(dialog.getByRole('button', { name: '下一步' }));
    const file = new File(['xlsx'], 'members.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const input = document.querySelector('.ant-modal input[type=file]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    await user().upload(input, file);
    await user().click(await dialog.findByRole('button', { name: '开始导入' }));

    expect(await dialog.findByText('共 2 行有误，未导入任何数据。')).toBeInTheDocument();
    const rows = within(await dialog.findByTestId('import-rows'));
    const badRow = rows.getByText('找不到该党支部').closest('tr');
    if (badRow === null) throw new Error('no row for the error');
    expect(within(badRow).getByText('7')).toBeInTheDocument();
    expect(within(badRow).getByText('所在党支部')).toBeInTheDocument();
    expect(rows.getByText('手机号格式不正确')).toBeInTheDocument();

    const upload = backend.requests.find((request) => request.url.includes('/members/import'));
    expect(upload?.headers.get('X-Tenant-Id')).toBe(tenantId);
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((await upload?.formData())?.has('file')).toBe(true);
  });
});
