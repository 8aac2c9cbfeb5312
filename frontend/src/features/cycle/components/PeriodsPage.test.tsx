import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ClosingChecklist, Period } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branchId = 'a0000000-0000-4000-8000-000000000002';
const open: Period = {
  id: null,
  branchId,
  month: '2026-10',
  status: 'OPEN',
  publicityFrom: null,
  publicityUntil: null,
  finalisedAt: null,
  reopenReason: null,
  version: null,
};
const blocked: ClosingChecklist = {
  pendingDeclarations: 2,
  unfinishedActivities: [{ id: 'b0000000-0000-4000-8000-000000000001', title: '支部党员大会', heldOn: '2026-10-20' }],
  openFlags: 0,
  recorderItems: ['按时足额交纳党费', '违反工作纪律、规矩'],
  membersWithoutRecorderEntries: [{ memberId: 'd0000000-0000-4000-8000-000000000001', name: '李四' }],
};

const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

function stubMonth(checklist: ClosingChecklist) {
  sessionStorage.setItem('xianfeng.cycleBranch', branchId);
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    'GET /api/v1/periods': () => jsonResponse(200, open),
    'GET /api/v1/periods/checklist': () => jsonResponse(200, checklist),
    'POST /api/v1/periods': () => jsonResponse(201, { ...open, id: 'c0000000-0000-4000-8000-000000000001', status: 'APPROVED', version: 0 }),
  });
}

describe('月度公示', () => {
  onDesktop();

  it('shows what blocks the approval first, and does not approve until nothing does', async () => {
    const backend = stubMonth(blocked);
    renderApp('/periods');

    await user().click(await screen.findByRole('button', { name: '审核通过本月' }));
    const checklist = within(await screen.findByTestId('closing-checklist'));
    expect(checklist.getByText('还有 2 条申报待审核')).toBeInTheDocument();
    expect(checklist.getByText('2026-10-20 支部党员大会')).toBeInTheDocument();
    expect(checklist.getByText('处理完以上事项后才能审核通过。')).toBeInTheDocument();
    expect(checklist.getByTestId('checklist-missing')).toHaveTextContent('李四');
    expect(screen.getByTestId('step-confirm-ok')).toBeDisabled();
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('asks before approving a month with nothing left to do, then approves it', async () => {
    const backend = stubMonth({ ...blocked, pendingDeclarations: 0, unfinishedActivities: [], membersWithoutRecorderEntries: [] });
    renderApp('/periods');

    await user().click(await screen.findByRole('button', { name: '审核通过本月' }));
    expect(await screen.findByText('申报、活动和存疑记录都已处理完毕。')).toBeInTheDocument();
    expect(screen.getByText('审核通过后，本月不能再新增积分，只能更正原记录并说明原因。')).toBeInTheDocument();
    await user().click(screen.getByTestId('step-confirm-ok'));

    await waitFor(() => expect(backend.requests.some((request) => request.method === 'POST')).toBe(true));
    const approval = backend.requests.find((request) => request.method === 'POST');
    const body = (await approval?.json()) as { branchId: string; month: string };
    expect(body.branchId).toBe(branchId);
    expect(body.month).toMatch(/^\d{4}-\d{2}$/);
  });
});
