import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Exemption, ExemptionDetail, Member } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branchId = 'a0000000-0000-4000-8000-000000000003';

const member: Member = {
  id: 'd0000000-0000-4000-8000-000000000001',
  name: '李四',
  gender: 'MALE',
  status: 'FULL',
  postType: 'RETIRED',
  leaderCadre: false,
  joinedOn: '1975-07-01',
  branchId,
  branchName: '第一党支部',
  groupId: null,
  groupName: null,
  mobile: null,
  email: null,
  version: 1,
};

const inMeeting: Exemption = {
  id: 'e0000000-0000-4000-8000-000000000001',
  memberId: member.id,
  memberName: '李四',
  branchId,
  branchName: '第一党支部',
  reason: 'ELDERLY_OR_ILL',
  details: '年逾八旬，长期卧床。',
  effectiveFrom: '2025-03-01',
  effectiveTo: '2025-12-31',
  upperApprovalRequired: false,
  status: 'AWAITING_MEETING_APPROVAL',
  publicityFrom: null,
  publicityTo: null,
  appliedOn: '2025-02-20',
  version: 3,
};

const withdrawn: Exemption = {
  ...inMeeting,
  id: 'e0000000-0000-4000-8000-000000000002',
  memberName: '王五',
  reason: 'LONG_ABSENT_FLOATING',
  details: null,
  effectiveTo: null,
  status: 'WITHDRAWN',
  appliedOn: '2025-01-10',
};

const detail: ExemptionDetail = {
  exemption: inMeeting,
  steps: [
    { step: 'APPLIED', decidedOn: '2025-02-20', actedBy: '张三', actedAt: '2025-02-20T02:00:00Z', approved: null, note: null },
    {
      step: 'COMMITTEE_REVIEW',
      approved: true,
      decidedOn: '2025-02-22',
      note: '情况属实',
      actedBy: '张三',
      actedAt: '2025-02-22T02:00:00Z',
    },
  ],
  actions: ['REVIEW_MEETING', 'WITHDRAW'],
};

function stubExemptions(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    'GET /api/v1/exemptions': () => jsonResponse(200, { items: [inMeeting, withdrawn], page: 0, size: 20, total: 2 }),
    'GET /api/v1/members': () => jsonResponse(200, { items: [member], page: 0, size: 20, total: 1 }),
    [`GET /api/v1/exemptions/${inMeeting.id}`]: () => jsonResponse(200, detail),
    ...extraRoutes,
  });
}

const user = () => userEvent.setup();

async function rowOf(name: string) {
  const table = within(await screen.findByTestId('exemption-table'));
  const row = (await table.findByText(name)).closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return within(row);
}

describe('exemptions', () => {
  onDesktop();

  it('lists the applications with their period and status, and filters by status', async () => {
    const backend = stubExemptions();
    renderApp('/exemptions');

    const first = await rowOf('李四');
    expect(first.getByText('第一党支部')).toBeInTheDocument();
    expect(first.getByText('年老体弱、长期患病，无法参加活动')).toBeInTheDocument();
    expect(first.getByText('从 2025-03-01 至 2025-12-31')).toBeInTheDocument();
    expect(first.getByText('待党员大会通过')).toBeInTheDocument();
    expect(first.getByText('2025-02-20')).toBeInTheDocument();
    const second = await rowOf('王五');
    expect(second.getByText('从 2025-03-01 起，长期')).toBeInTheDocument();
    expect(second.getByText('已撤回')).toBeInTheDocument();
    const list = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/exemptions');
    expect(list?.headers.get('X-Tenant-Id')).toBe(tenantId);

    await user().click(screen.getByRole('combobox', { name: '办理状态' }));
    await user().click(await screen.findByTitle('已撤回'));
    await waitFor(() =>
      expect(
        backend.requests.some((request) => new URL(request.url).searchParams.get('status') === 'WITHDRAWN'),
      ).toBe(true),
    );
  });

  it('applies on a member’s behalf and shows the server’s field error under its input', async () => {
    const backend = stubExemptions({
      'POST /api/v1/exemptions': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: '提交的内容有误，请按提示修改。',
          errors: [{ field: 'reason', message: '该党员入党或转入本支部已满 6 个月，不能以此为由申请。' }],
        }),
    });
    renderApp('/exemptions');

    await user().click(await screen.findByRole('button', { name: /新建申请/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user().type(dialog.getByRole('combobox', { name: '党员' }), '李四');
    await user().click(await screen.findByText('李四（第一党支部）'));
    await user().click(dialog.getByRole('combobox', { name: '原因' }));
    await user().click(await screen.findByTitle('入党或转入不满 6 个月'));
    fireEvent.change(dialog.getByLabelText('开始日期'), { target: { value: '2025-03-01' } });
    await user().click(dialog.getByText('长期（直至终止）'));
    fireEvent.change(dialog.getByLabelText('申请日期'), { target: { value: '2025-02-20' } });
    await user().click(dialog.getByRole('button', { name: '提交申请' }));

    const fieldError = await dialog.findByText('该党员入党或转入本支部已满 6 个月，不能以此为由申请。');
    expect(fieldError.closest('.ant-form-item')?.querySelector('#applyExemption_reason')).not.toBeNull();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      memberId: member.id,
      reason: 'RECENTLY_JOINED',
      effectiveFrom: '2025-03-01',
      upperApprovalRequired: false,
      appliedOn: '2025-02-20',
    });
    expect(post?.headers.get('X-Tenant-Id')).toBe(tenantId);
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shows the steps taken and only the actions the backend offers', async () => {
    stubExemptions();
    renderApp('/exemptions');

    await user().click((await rowOf('李四')).getByText('李四'));
    const drawer = within(await screen.findByTestId('exemption-drawer'));
    const actions = within(await drawer.findByTestId('exemption-actions'));
    expect(actions.getAllByRole('button').map((button) => button.textContent)).toEqual(['党员大会审议', '撤回申请']);
    expect(drawer.queryByRole('button', { name: '支委会审核' })).not.toBeInTheDocument();
    expect(drawer.queryByRole('button', { name: '终止' })).not.toBeInTheDocument();

    const steps = within(drawer.getByTestId('exemption-steps'));
    expect(steps.getByText('支委会审核')).toBeInTheDocument();
    expect(steps.getByText('同意')).toBeInTheDocument();
    expect(steps.getByText('情况属实')).toBeInTheDocument();
    expect(drawer.getByRole('button', { name: /PDF/ })).toBeInTheDocument();
  });

  it('decides on the version shown, and after a conflict shows why and reloads the application', async () => {
    let detailLoads = 0;
    const backend = stubExemptions({
      [`GET /api/v1/exemptions/${inMeeting.id}`]: () => {
        detailLoads += 1;
        return jsonResponse(200, detail);
      },
      [`POST /api/v1/exemptions/${inMeeting.id}/review`]: () =>
        problemResponse(409, { title: 'Conflict', detail: '数据已被他人修改，请刷新后重试。' }),
    });
    renderApp('/exemptions');

    await user().click((await rowOf('李四')).getByText('李四'));
    const drawer = within(await screen.findByTestId('exemption-drawer'));
    await user().click(await drawer.findByRole('button', { name: '党员大会审议' }));
    const modalElement = (await screen.findByText('党员大会审议：李四')).closest('.ant-modal');
    if (!(modalElement instanceof HTMLElement)) throw new Error('no modal');
    const modal = within(modalElement);
    await user().click(modal.getByText('不同意'));
    fireEvent.change(modal.getByLabelText('党员大会日期'), { target: { value: '2025-02-25' } });
    await user().click(modal.getByRole('button', { name: '确定' }));
    expect(await modal.findByText('不同意时请填写理由')).toBeInTheDocument();
    fireEvent.change(modal.getByLabelText('意见'), { target: { value: '情况不符' } });
    await user().click(modal.getByRole('button', { name: '确定' }));

    expect(await modal.findByText('数据已被他人修改，请刷新后重试。')).toBeInTheDocument();
    const review = backend.requests.find((request) => request.url.endsWith('/review'));
    expect(await review?.json()).toEqual({
      version: 3,
      stage: 'MEETING',
      approved: false,
      decidedOn: '2025-02-25',
      note: '情况不符',
    });
    await waitFor(() => expect(detailLoads).toBe(2));
  });
});
