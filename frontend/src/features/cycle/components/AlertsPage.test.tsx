import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Alert } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branchId = 'a0000000-0000-4000-8000-000000000002';

const memberAlert: Alert = {
  id: 'al000000-0000-4000-8000-000000000001',
  branchId,
  branchName: '第一党支部',
  memberId: 'd0000000-0000-4000-8000-000000000001',
  memberName: '李四',
  month: '2026-09',
  kind: 'BELOW_PASSING_2',
  score: 52,
  status: 'OPEN',
  createdAt: '2026-10-08T02:00:00Z',
  closedAt: null,
  version: 3,
  notes: [{ text: '已与本人谈话', writtenAt: '2026-10-09T02:00:00Z' }],
};
const branchAlert: Alert = {
  ...memberAlert,
  id: 'al000000-0000-4000-8000-000000000002',
  memberId: null,
  memberName: null,
  kind: 'BRANCH_BELOW_PASSING',
  score: 40,
  notes: [],
  version: 0,
};

const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('预警', () => {
  onDesktop();

  it('shows the follow-up notes, adds one, and closes an alert already followed up', async () => {
    sessionStorage.setItem('xianfeng.cycleBranch', branchId);
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      'GET /api/v1/alerts': () => jsonResponse(200, [memberAlert, branchAlert]),
      [`POST /api/v1/alerts/${memberAlert.id}/notes`]: () => new Response(null, { status: 204 }),
      [`POST /api/v1/alerts/${memberAlert.id}/close`]: () => new Response(null, { status: 204 }),
    });
    renderApp('/alerts');

    const alert = within(await screen.findByTestId('alert-BELOW_PASSING_2-李四'));
    expect(alert.getByText('连续两个月低于合格线：支委会安排约谈')).toBeInTheDocument();
    expect(alert.getByText('52 分')).toBeInTheDocument();
    expect(within(alert.getByTestId('alert-notes')).getByText(/已与本人谈话/)).toBeInTheDocument();
    const branch = within(screen.getByTestId('alert-BRANCH_BELOW_PASSING-第一党支部'));
    expect(branch.getByText('低于合格线的党员占 40%')).toBeInTheDocument();
    // Nothing followed up yet and nothing typed: not to be closed.
    expect(branch.getByRole('button', { name: '办结', hidden: true })).toBeDisabled();

    fireEvent.change(alert.getByLabelText('跟进情况'), { target: { value: '支委会已安排约谈' } });
    await user().click(alert.getByRole('button', { name: '记录跟进', hidden: true }));
    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/notes'))).toBe(true));
    expect(await backend.requests.find((request) => request.url.endsWith('/notes'))?.json()).toEqual({ text: '支委会已安排约谈' });
    // The answer is 204 without a body: a success, so the note is cleared for the next one.
    await waitFor(() => expect(alert.getByLabelText('跟进情况')).toHaveValue(''));

    await user().click(alert.getByRole('button', { name: '办结', hidden: true }));
    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/close'))).toBe(true));
    expect(await backend.requests.find((request) => request.url.endsWith('/close'))?.json()).toEqual({ version: 3, note: '' });
    expect(screen.queryByText(/服务器返回了错误/)).not.toBeInTheDocument();
  });
});
