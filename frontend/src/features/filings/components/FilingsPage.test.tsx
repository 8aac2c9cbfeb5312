import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Filing } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';
import { lastEndedQuarter } from './filingRules';

const rootId = committeeAdmin.memberships[0]?.rootOrg.id ?? '';
const branchId = 'a0000000-0000-4000-8000-000000000002';

const returned: Filing = {
  id: 'f0000000-0000-4000-8000-000000000001',
  branchId,
  parentId: rootId,
  period: '2026-Q2',
  status: 'RETURNED',
  summary: {
    branch: '第一党支部',
    period: '2026-Q2',
    months: ['2026-04', '2026-05', '2026-06'],
    lines: [{ memberId: 'd1', name: '李四', months: ['80', '85', '90'], total: '85', grade: null }],
  },
  filedAt: '2026-07-02T02:00:00Z',
  decidedAt: '2026-07-03T02:00:00Z',
  comment: '六月缺少党费记录',
  version: 1,
};
const pending: Filing = {
  ...returned,
  id: 'f0000000-0000-4000-8000-000000000002',
  period: '2026-Q3',
  status: 'FILED',
  summary: { ...returned.summary, period: '2026-Q3', months: ['2026-07', '2026-08', '2026-09'] },
  decidedAt: null,
  comment: null,
  version: 0,
};

function stubFilings(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    'GET /api/v1/filings': (request) =>
      jsonResponse(200, new URL(request.url).searchParams.get('status') === 'FILED' ? [pending] : [pending, returned]),
    [`GET /api/v1/filings/${pending.id}`]: () => jsonResponse(200, pending),
    [`GET /api/v1/filings/${returned.id}`]: () => jsonResponse(200, returned),
    ...extraRoutes,
  });
}

// Checking each click target's pointer-events style costs seconds per click on pages this large in jsdom.
const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

function rowOf(period: string, status: string) {
  const row = document.querySelector(`tr[data-testid="filing-${period}-${status}"]`);
  if (!(row instanceof HTMLElement)) throw new Error(`no filing row ${period} ${status}`);
  return within(row);
}

describe('上报备案', () => {
  onDesktop();

  it('files the last quarter for the branch, shows why the server refuses, and files a returned quarter again', async () => {
    sessionStorage.setItem('xianfeng.cycleBranch', branchId);
    const backend = stubFilings({
      'POST /api/v1/filings': async (request) => {
        const body = (await request.json()) as { period: string };
        return body.period === returned.period
          ? jsonResponse(201, { ...returned, id: 'f3', status: 'FILED', decidedAt: null, comment: null, version: 0 })
          : problemResponse(400, {
              title: 'Bad Request',
              detail: '提交的内容有误，请按提示修改。',
              errors: [{ field: 'period', message: '以下月份尚未定稿：2026-07、2026-08、2026-09。' }],
            });
      },
    });
    renderApp('/filings?tab=branch');

    const form = within(await screen.findByTestId('file-form'));
    await user().click(form.getByRole('button', { name: '上报', hidden: true }));
    expect(await form.findByText('以下月份尚未定稿：2026-07、2026-08、2026-09。')).toBeInTheDocument();
    const ended = lastEndedQuarter(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()));
    const first = backend.requests.find((request) => request.method === 'POST');
    expect(await first?.json()).toEqual({ branchId, period: `${ended.year}-Q${ended.quarter}` });
    expect(first?.headers.get('X-Tenant-Id')).toBe(tenantId);

    await waitFor(() => rowOf('2026-Q2', 'RETURNED'));
    const returnedRow = rowOf('2026-Q2', 'RETURNED');
    expect(returnedRow.getByText('已退回')).toBeInTheDocument();
    expect(returnedRow.getByText('六月缺少党费记录')).toBeInTheDocument();
    expect(rowOf('2026-Q3', 'FILED').queryByRole('button', { name: '重新上报', hidden: true })).not.toBeInTheDocument();
    await user().click(returnedRow.getByRole('button', { name: '重新上报', hidden: true }));
    await waitFor(() => expect(backend.requests.filter((request) => request.method === 'POST')).toHaveLength(2));
    expect(await backend.requests.filter((request) => request.method === 'POST')[1]?.json()).toEqual({ branchId, period: '2026-Q2' });
  });

  it('lets the parent read the summary as filed, return only with a comment, and accept', async () => {
    const backend = stubFilings({
      [`POST /api/v1/filings/${pending.id}/decision`]: async (request) => {
        const body = (await request.json()) as { accept: boolean; comment?: string };
        return jsonResponse(200, { ...pending, status: body.accept ? 'ACCEPTED' : 'RETURNED', comment: body.comment ?? null, version: 1 });
      },
    });
    renderApp('/filings');

    await waitFor(() => rowOf('2026-Q3', 'FILED'));
    const inbox = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/filings');
    expect(Object.fromEntries(new URL(inbox?.url ?? '').searchParams)).toEqual({ orgId: rootId, status: 'FILED' });
    const row = rowOf('2026-Q3', 'FILED');
    expect(row.getByText('第一党支部')).toBeInTheDocument();
    expect(row.getByText('2026 年第三季度')).toBeInTheDocument();
    await user().click(row.getByRole('button', { name: '审核', hidden: true }));

    const drawer = within(await screen.findByTestId('filing-drawer'));
    const summary = within(await drawer.findByTestId('filing-summary'));
    expect(summary.getAllByText('2026-07').length).toBeGreaterThan(0);
    const line = summary.getByText('李四').closest('tr');
    expect([...(line?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual(['李四', '80', '85', '90', '85', '—']);

    await user().click(drawer.getByRole('button', { name: '退回', hidden: true }));
    expect(await drawer.findByText('退回时请填写意见')).toBeInTheDocument();
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);
    fireEvent.change(drawer.getByLabelText('意见'), { target: { value: '九月数据有误，请核对' } });
    await user().click(drawer.getByRole('button', { name: '退回', hidden: true }));
    await waitFor(() => expect(backend.requests.some((request) => request.method === 'POST')).toBe(true));
    expect(await backend.requests.find((request) => request.method === 'POST')?.json()).toEqual({
      version: 0,
      accept: false,
      comment: '九月数据有误，请核对',
    });

    await user().click(rowOf('2026-Q3', 'FILED').getByRole('button', { name: '审核', hidden: true }));
    const again = within(await screen.findByTestId('filing-drawer'));
    await user().click(await again.findByRole('button', { name: '接收', hidden: true }));
    await waitFor(() => expect(backend.requests.filter((request) => request.method === 'POST')).toHaveLength(2));
    expect(await backend.requests.filter((request) => request.method === 'POST')[1]?.json()).toEqual({ version: 0, accept: true });
  });
});
