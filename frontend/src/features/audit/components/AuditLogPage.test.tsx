import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/lib/api/types';
import { jsonResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const snapshot = {
  id: 'a0000000-0000-4000-8000-000000000003',
  parentId: 'a0000000-0000-4000-8000-000000000001',
  type: 'BRANCH',
  name: '第二党支部',
  code: 'B2',
  domain: 'AGENCY',
  sortOrder: 2,
  closed: false,
  path: 'a0000000.a0000003',
};

const rename: AuditEntry = {
  id: 'e0000000-0000-4000-8000-000000000001',
  occurredAt: '2025-03-01T01:30:00Z',
  actorId: committeeAdmin.id,
  actorName: '张三',
  action: 'ORG_UPDATED',
  entityType: 'ORG',
  entityId: snapshot.id,
  before: snapshot,
  after: { ...snapshot, name: '机关第二党支部' },
};

describe('audit log', () => {
  onDesktop();

  it('lists entries and shows what a rename changed', async () => {
    const backend = stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      'GET /api/v1/audit-log': () => jsonResponse(200, { items: [rename], page: 0, size: 20, total: 1 }),
    });
    renderApp('/audit');

    const table = within(await screen.findByTestId('audit-table'));
    const row = (await table.findByText('机关第二党支部')).closest('tr');
    if (row === null) throw new Error('no row for the entry');
    expect(within(row).getByText('2025-03-01 09:30')).toBeInTheDocument(); // Asia/Shanghai
    expect(within(row).getByText('张三')).toBeInTheDocument();
    expect(within(row).getByText('修改组织')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: /展开/ }));

    const changes = within(await screen.findByTestId('audit-changes'));
    expect(changes.getByText('名称:')).toBeInTheDocument();
    expect(changes.getByText('第二党支部')).toBeInTheDocument();
    expect(changes.getByText('机关第二党支部')).toBeInTheDocument();
    expect(changes.queryByText('编码:')).not.toBeInTheDocument(); // unchanged fields stay out
    const request = backend.requests.find((candidate) => candidate.url.includes('/api/v1/audit-log'));
    expect(request?.headers.get('X-Tenant-Id')).toBe(tenantId);
    expect(new URL(request?.url ?? '').searchParams.get('page')).toBe('0');
  });

  it('names a member transfer and shows the branches by name and the status in words', async () => {
    const member = {
      id: 'b0000000-0000-4000-8000-000000000001', name: '李四', gender: 'FEMALE', status: 'PROBATIONARY',
      postType: 'IN_OFFICE', leaderCadre: false, joinedOn: '2024-07-01', branchId: snapshot.parentId,
      groupId: null, mobile: null, email: null,
    };
    const transfer: AuditEntry = {
      ...rename, id: 'e0000000-0000-4000-8000-000000000002', action: 'MEMBER_TRANSFERRED', entityType: 'MEMBER',
      entityId: member.id, before: member, after: { ...member, branchId: snapshot.id, status: 'FULL' },
    };
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      'GET /api/v1/orgs/a0000000-0000-4000-8000-000000000001': () => jsonResponse(200, { ...snapshot, id: snapshot.parentId, name: '第一党支部', childCount: 0, version: 0 }),
      'GET /api/v1/orgs/a0000000-0000-4000-8000-000000000003': () => jsonResponse(200, { ...snapshot, childCount: 0, version: 0 }),
      'GET /api/v1/audit-log': () => jsonResponse(200, { items: [transfer], page: 0, size: 20, total: 1 }),
    });
    renderApp('/audit');

    const row = (await within(await screen.findByTestId('audit-table')).findByText('李四')).closest('tr');
    if (row === null) throw new Error('no row for the entry');
    expect(within(row).getByText('党员转接')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: /展开/ }));

    const changes = within(await screen.findByTestId('audit-changes'));
    expect(changes.getByText('党员类别:')).toBeInTheDocument();
    expect(changes.getByText('预备党员')).toBeInTheDocument();
    expect(changes.getByText('正式党员')).toBeInTheDocument();
    expect(await changes.findByText('第一党支部')).toBeInTheDocument();
    expect(await changes.findByText('第二党支部')).toBeInTheDocument();
  });

  it('labels an exemption step, names the member it is for and shows the status in words', async () => {
    const application = {
      id: 'f0000000-0000-4000-8000-000000000001', memberId: 'b0000000-0000-4000-8000-000000000001',
      branchId: snapshot.id, reason: 'ELDERLY_OR_ILL', status: 'IN_PUBLICITY', details: null,
      effectiveFrom: '2025-03-01', effectiveTo: null, publicityFrom: '2025-02-20', publicityTo: '2025-02-24',
      upperApprovalRequired: false,
    };
    const closed: AuditEntry = {
      ...rename, id: 'e0000000-0000-4000-8000-000000000003', action: 'EXEMPTION_PUBLICITY_CLOSED',
      entityType: 'EXEMPTION', entityId: application.id, before: application, after: { ...application, status: 'APPROVED' },
    };
    stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, []),
      'GET /api/v1/members/b0000000-0000-4000-8000-000000000001': () => jsonResponse(200, { id: application.memberId, name: '李四' }),
      'GET /api/v1/audit-log': () => jsonResponse(200, { items: [closed], page: 0, size: 20, total: 1 }),
    });
    renderApp('/audit');

    const row = (await within(await screen.findByTestId('audit-table')).findByText('李四')).closest('tr');
    if (row === null) throw new Error('no row for the entry');
    expect(within(row).getByText('结束公示')).toBeInTheDocument();
    expect(within(row).getByText(/不参加积分管理/)).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: /展开/ }));

    const changes = within(await screen.findByTestId('audit-changes'));
    expect(changes.getByText('办理状态:')).toBeInTheDocument();
    expect(changes.getByText('公示中')).toBeInTheDocument();
    expect(changes.getByText('已批准')).toBeInTheDocument();
    expect(changes.queryByText('原因:')).not.toBeInTheDocument();
  });
});
