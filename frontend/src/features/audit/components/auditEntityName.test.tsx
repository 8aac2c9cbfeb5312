import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { org } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branch = org({ id: 'a0000000-0000-4000-8000-000000000002', name: '第一党支部', type: 'BRANCH' });
const approved: AuditEntry = {
  id: 'e0000000-0000-4000-8000-000000000009',
  occurredAt: '2026-10-08T02:00:00Z',
  actorId: null,
  actorName: '书记',
  action: 'PERIOD_APPROVED',
  entityType: 'PERIOD',
  entityId: 'c0000000-0000-4000-8000-000000000001',
  orgId: branch.id,
  before: null,
  after: { status: 'APPROVED', month: '2026-09' },
};

describe('操作日志', () => {
  onDesktop();

  it('names an entry of the monthly cycle by its org and kind, never by its id', async () => {
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      'GET /api/v1/audit-log': () => jsonResponse(200, { items: [approved], page: 0, size: 50, total: 1 }),
      [`GET /api/v1/orgs/${branch.id}`]: () => jsonResponse(200, branch),
    });
    renderApp('/audit');

    expect(await screen.findByText('第一党支部')).toBeInTheDocument();
    expect(screen.getByText(/月度积分/)).toBeInTheDocument();
    expect(document.body.textContent ?? '').not.toContain(approved.entityId);
  });
});
