import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';

const closing: Notification = {
  id: 'n0000000-0000-4000-8000-000000000001',
  kind: 'DECLARATION_WINDOW_CLOSING',
  title: '积分申报即将截止',
  body: '2026-11 的积分申报将于 12月5日 截止，请及时申报。',
  link: '/declare',
  createdAt: '2026-12-03T01:00:00Z',
  readAt: null,
};

describe('通知', () => {
  it('lists a declaration-window reminder and opens the declaration page from it, marking it read', async () => {
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/me/notifications': () => jsonResponse(200, [closing]),
      [`POST /api/v1/me/notifications/${closing.id}/read`]: () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/notifications');

    const list = within(await screen.findByTestId('notifications'));
    expect(await list.findByText('积分申报即将截止')).toBeInTheDocument();
    expect(list.getByText('2026-11 的积分申报将于 12月5日 截止，请及时申报。')).toBeInTheDocument();
    await userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }).click(list.getByRole('button', { name: '查看', hidden: true }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/declare'));
    expect(backend.requests.some((request) => request.method === 'POST' && request.url.endsWith(`/${closing.id}/read`))).toBe(true);
  });
});
