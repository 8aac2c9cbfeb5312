import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { org, rootOrg } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const linkSnapshot = {
  upperTenantName: '某某市税务局',
  upperOrgName: rootOrg.name,
  lowerTenantName: '某某县税务局',
  lowerRootName: '中共某某县税务局委员会',
  status: 'REQUESTED',
};

const accepted: AuditEntry = {
  id: 'e0000000-0000-4000-8000-000000000011',
  occurredAt: '2025-03-01T01:30:00Z',
  actorId: committeeAdmin.id,
  actorName: '张三',
  action: 'LINK_ACCEPTED',
  entityType: 'TENANT_LINK',
  entityId: 'l0000000-0000-4000-8000-000000000001',
  before: linkSnapshot,
  after: { ...linkSnapshot, status: 'ACTIVE' },
};

const issued: AuditEntry = {
  ...accepted,
  id: 'e0000000-0000-4000-8000-000000000012',
  action: 'LINK_INVITATION_ISSUED',
  entityType: 'LINK_INVITATION',
  entityId: 'i0000000-0000-4000-8000-000000000001',
  before: null,
  after: { orgId: rootOrg.id, codeHint: 'JKMN', expiresAt: '2025-03-31T01:30:00Z', revokedAt: null },
};

/** The table row that shows `text`. */
async function rowOf(table: HTMLElement, text: string) {
  const row = (await within(table).findByText(text)).closest('tr');
  if (row === null) throw new Error(`no row for ${text}`);
  return within(row);
}

describe('audit log: links between tenants', () => {
  onDesktop();

  it('names link and invitation entries and shows what changed in words', async () => {
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      [`GET /api/v1/orgs/${rootOrg.id}`]: () => jsonResponse(200, org({ ...rootOrg })),
      'GET /api/v1/audit-log': () => jsonResponse(200, { items: [accepted, issued], page: 0, size: 20, total: 2 }),
    });
    renderApp('/audit');

    const table = await screen.findByTestId('audit-table');
    const link = await rowOf(table, `${linkSnapshot.lowerRootName} → ${rootOrg.name}`);
    expect(link.getByText('同意单位关联')).toBeInTheDocument();
    expect(link.getByText('· 单位关联')).toBeInTheDocument();
    await userEvent.click(link.getByRole('button', { name: /展开/ }));
    const changes = within(await screen.findByTestId('audit-changes'));
    expect(changes.getByText('状态:')).toBeInTheDocument();
    expect(changes.getByText('待审核')).toBeInTheDocument();
    expect(changes.getByText('已关联')).toBeInTheDocument();
    expect(changes.queryByText('党员类别:')).not.toBeInTheDocument();

    const invitation = await rowOf(table, '发放关联邀请码');
    expect(await invitation.findByText(rootOrg.name)).toBeInTheDocument();
    expect(invitation.getByText(/关联邀请码 ····JKMN/)).toBeInTheDocument();
  });
});
