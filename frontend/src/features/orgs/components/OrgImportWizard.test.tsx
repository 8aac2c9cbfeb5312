import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/api/types';
import { importRejected, jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { org, rootOrg as root } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const generalBranch = org({
  id: 'a0000000-0000-4000-8000-000000000002',
  parentId: root.id,
  name: '机关党总支',
  type: 'GENERAL_BRANCH',
});
const imported = org({ id: 'a0000000-0000-4000-8000-000000000009', parentId: root.id, name: '第三党支部', type: 'BRANCH' });

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const user = () => userEvent.setup();

/** The tree (root → 机关党总支), which gains 第三党支部 once an import succeeds. */
function stubTree(me: CurrentUser, importAnswer: () => Response) {
  let nodes = [root, generalBranch];
  const backend = stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, me),
    'GET /api/v1/orgs': (request) => {
      const parentId = new URL(request.url).searchParams.get('parentId');
      return jsonResponse(200, parentId === null ? [root] : nodes.filter((node) => node.parentId === parentId));
    },
    [`GET /api/v1/orgs/${generalBranch.id}`]: () => jsonResponse(200, generalBranch),
    'GET /api/v1/orgs/import-template': () => new Response('xlsx', { headers: { 'Content-Type': xlsx } }),
    'POST /api/v1/orgs/import': () => {
      const answer = importAnswer();
      if (answer.ok) nodes = [...nodes, imported];
      return answer;
    },
  });
  return backend;
}

async function openWizard() {
  await user().click(await screen.findByRole('button', { name: /导入组织/ }));
  return within(await screen.findByRole('dialog'));
}

async function chooseFile(name: string) {
  const dialog = within(screen.getByRole('dialog'));
  await user().click(dialog.getByRole('button', { name: '下一步' }));
  const input = document.querySelector('.ant-modal input[type=file]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  await user().upload(input, new File(['rows'], name, { type: xlsx }));
  await dialog.findByText(`${name}（1 KB）`);
}

function importRequest(backend: { requests: Request[] }) {
  return backend.requests.find((request) => request.method === 'POST' && request.url.includes('/orgs/import'));
}

describe('org import', () => {
  onDesktop();
  afterEach(() => vi.restoreAllMocks());

  it('downloads the template, imports under the top node and opens it to show what came in', async () => {
    document.cookie = 'XSRF-TOKEN=token-1';
    const backend = stubTree(committeeAdmin, () => jsonResponse(200, { imported: 1 }));
    const saved: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:template', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp('/orgs');

    const dialog = await openWizard();
    await user().click(dialog.getByRole('button', { name: /下载模板/ }));
    await waitFor(() => expect(saved).toEqual(['组织导入模板.xlsx']));
    const template = backend.requests.find((request) => request.url.endsWith('/orgs/import-template'));
    expect(template?.headers.get('X-Tenant-Id')).toBe(tenantId);

    await chooseFile('orgs.xlsx');
    expect(dialog.getByText('中共某某市税务局委员会（党委）')).toBeInTheDocument();
    await user().click(dialog.getByRole('button', { name: '开始导入' }));

    expect(await dialog.findByText('已导入 1 个组织')).toBeInTheDocument();
    const upload = importRequest(backend);
    expect(new URL(upload?.url ?? '').searchParams.get('parentId')).toBe(root.id);
    expect(upload?.headers.get('X-Tenant-Id')).toBe(tenantId);
    expect(upload?.headers.get('X-XSRF-TOKEN')).toBe('token-1');
    expect((await upload?.formData())?.get('file')).toMatchObject({ name: 'orgs.xlsx' });

    await user().click(dialog.getByRole('button', { name: '完成' }));
    const tree = within(screen.getByTestId('org-tree'));
    expect(await tree.findByText(imported.name)).toBeInTheDocument();
    expect(tree.getByText(generalBranch.name)).toBeInTheDocument();
  });

  it('imports under the node selected in the tree and lists every bad row of a rejected file', async () => {
    const backend = stubTree(committeeAdmin, () =>
      importRejected([
        { row: 2, column: '组织类型', message: '党总支之下只能建党支部' },
        { row: 5, column: '上级组织', message: '找不到上级组织「机关一支部」' },
      ]),
    );
    renderApp('/orgs');
    const switcher = (await screen.findByText(root.name)).closest('.ant-tree-treenode')?.querySelector('.ant-tree-switcher');
    if (!(switcher instanceof HTMLElement)) throw new Error('no switcher for the root');
    await user().click(switcher);
    await user().click(await within(screen.getByTestId('org-tree')).findByText(generalBranch.name));

    const dialog = await openWizard();
    await chooseFile('bad.xlsx');
    // Preselected, and shown by name although the picker has not loaded that level yet.
    expect(dialog.getByText('机关党总支（党总支）')).toBeInTheDocument();
    await user().click(dialog.getByRole('button', { name: '开始导入' }));

    expect(await dialog.findByText('共 2 行有误，未导入任何数据。')).toBeInTheDocument();
    const rows = within(await dialog.findByTestId('import-rows'));
    const badRow = rows.getByText('找不到上级组织「机关一支部」').closest('tr');
    if (badRow === null) throw new Error('no row for the error');
    expect(within(badRow).getByText('5')).toBeInTheDocument();
    expect(within(badRow).getByText('上级组织')).toBeInTheDocument();
    expect(rows.getByText('党总支之下只能建党支部')).toBeInTheDocument();
    expect(new URL(importRequest(backend)?.url ?? '').searchParams.get('parentId')).toBe(generalBranch.id);

    await user().click(dialog.getByRole('button', { name: '重新选择文件' }));
    expect(await dialog.findByText('选择 .xlsx 文件')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: '开始导入' })).toBeDisabled();
  });

  it('is not offered to a user who administers nothing', async () => {
    const branch = org({ id: 'a0000000-0000-4000-8000-000000000003', name: '第一党支部', type: 'BRANCH' });
    const membership = committeeAdmin.memberships[0];
    if (membership === undefined) throw new Error('the fixture has a membership');
    const secretary: CurrentUser = {
      ...committeeAdmin,
      memberships: [{ ...membership, roles: [{ role: 'SECRETARY', org: { id: branch.id, name: branch.name, type: 'BRANCH' } }] }],
    };
    stubTree(secretary, () => problemResponse(403, { title: 'Forbidden' }));
    renderApp('/orgs');

    expect(await screen.findByText(root.name)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导入组织/ })).not.toBeInTheDocument();
  });
});
