import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrgSchemes, SchemeChange, SchemePreset, SchemeVersion } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { org, rootOrg } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { branchOrgId, branchScheme, committeeScheme, frameDocument, version } from '@/test/schemes';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const branch = org({ id: branchOrgId, name: '第一党支部', type: 'BRANCH', parentId: rootOrg.id });
const presets: SchemePreset[] = [
  { code: 'monthly-top-three', name: frameDocument.name, description: '每月评审。', aggregation: 'MONTHLY_AVERAGE' },
];
const published: SchemeVersion = { number: 1, status: 'PUBLISHED', publishedAt: '2026-01-05T02:00:00Z', document: frameDocument };

function stubLibrary(schemesOf: Record<string, OrgSchemes>, routes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, [rootOrg]),
    [`GET /api/v1/orgs/${rootOrg.id}`]: () => jsonResponse(200, rootOrg),
    [`GET /api/v1/orgs/${branch.id}`]: () => jsonResponse(200, branch),
    'GET /api/v1/scheme-presets': () => jsonResponse(200, presets),
    ...Object.fromEntries(
      Object.entries(schemesOf).map(([orgId, answer]) => [`GET /api/v1/orgs/${orgId}/schemes`, () => jsonResponse(200, answer)]),
    ),
    ...routes,
  });
}

const user = () => userEvent.setup();

function posted(backend: ReturnType<typeof stubBackend>, path: string) {
  return waitFor(() => {
    const found = backend.requests.find((request) => request.method === 'POST' && request.url.includes(path));
    if (found === undefined) throw new Error(`nothing posted to ${path}`);
    return found;
  });
}

describe('the org’s schemes', () => {
  onDesktop();

  it('start from a preset for the current year in China, and open the new draft', async () => {
    const created = { ...committeeScheme, versions: [version(1, 'DRAFT')] };
    const backend = stubLibrary(
      { [rootOrg.id]: { own: [], applying: null } },
      {
        [`POST /api/v1/orgs/${rootOrg.id}/schemes`]: () => jsonResponse(201, created),
        [`GET /api/v1/schemes/${created.id}`]: () => jsonResponse(200, created),
        [`GET /api/v1/schemes/${created.id}/versions/1`]: () => jsonResponse(200, { ...published, status: 'DRAFT' }),
      },
    );
    const { router } = renderApp('/schemes');

    const card = within(await screen.findByTestId('org-schemes'));
    const year = Number(todayInChina().slice(0, 4));
    expect(await card.findByTestId('applying')).toHaveTextContent(`${year} 年本单位及上级均没有已发布的方案。`);
    await user().click(card.getByRole('button', { name: /新建方案/ }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(`为“${rootOrg.name}”建立 ${year} 年方案。建立后为草稿，发布后生效。`)).toBeInTheDocument();
    await user().click(dialog.getByRole('combobox', { name: '方案模板' }));
    await user().click(await screen.findByTitle(frameDocument.name));
    await user().click(dialog.getByRole('button', { name: /建\s*立/ }));

    expect(await (await posted(backend, '/schemes')).json()).toEqual({ year, preset: 'monthly-top-three' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/schemes/${created.id}`));
    expect(await screen.findByTestId('scheme-title')).toHaveTextContent(frameDocument.name);
  });

  it('show the scheme inherited from above, and derive the branch’s own from its published version', async () => {
    const backend = stubLibrary(
      { [branch.id]: { own: [], applying: committeeScheme } },
      {
        [`POST /api/v1/orgs/${branch.id}/schemes`]: () => jsonResponse(201, branchScheme),
        [`GET /api/v1/schemes/${branchScheme.id}`]: () => jsonResponse(200, branchScheme),
        [`GET /api/v1/schemes/${branchScheme.id}/versions/1`]: () => jsonResponse(200, { ...published, status: 'DRAFT' }),
      },
    );
    renderApp(`/schemes?org=${branch.id}&year=2026`);

    const card = within(await screen.findByTestId('org-schemes'));
    expect(await card.findByTestId('applying')).toHaveTextContent(
      `2026 年适用上级“${rootOrg.name}”的方案“${frameDocument.name}”（第 1 版）。`,
    );
    expect(card.getByText('本单位 2026 年还没有自己的方案。')).toBeInTheDocument();
    // The org chosen by the address shows by name.
    expect(card.getByTitle('第一党支部（党支部）')).toBeInTheDocument();
    await user().click(card.getByRole('button', { name: /从上级方案派生/ }));
    const confirm = within(await screen.findByRole('dialog'));
    expect(confirm.getByText(/上级规定的必选项目不能删除/)).toBeInTheDocument();
    await user().click(confirm.getByRole('button', { name: /派\s*生/ }));

    expect(await (await posted(backend, '/schemes')).json()).toEqual({
      year: 2026,
      deriveFromVersionId: committeeScheme.versions[0]?.id,
    });
    expect(await screen.findByTestId('scheme-title')).toHaveTextContent('第一党支部细则');
  });

  it('list the org’s own schemes with their versions, and say its own one applies', async () => {
    const scheme = { ...committeeScheme, versions: [version(1, 'RETIRED'), version(2, 'PUBLISHED'), version(3, 'DRAFT')] };
    stubLibrary({ [rootOrg.id]: { own: [scheme], applying: scheme } });
    renderApp('/schemes?year=2026');

    const card = within(await screen.findByTestId('org-schemes'));
    expect(await card.findByTestId('applying')).toHaveTextContent(`2026 年适用本单位方案“${frameDocument.name}”（第 2 版）。`);
    const row = within(card.getByTestId(`own-scheme-${scheme.code}`));
    expect(row.getByTestId('version-tags')).toHaveTextContent('第 1 版 已停用第 2 版 已发布第 3 版 草稿');
    // One scheme per org and year: a second cannot be started.
    expect(card.getByRole('button', { name: /新建方案/ })).toBeDisabled();
    expect(card.getByRole('button', { name: /导入 JSON/ })).toBeDisabled();
  });

  it('import a scheme from a JSON file, with its problems listed in words when it is rejected', async () => {
    const backend = stubLibrary(
      { [rootOrg.id]: { own: [], applying: null } },
      {
        [`POST /api/v1/orgs/${rootOrg.id}/schemes/import`]: () =>
          problemResponse(400, {
            title: '请求无效',
            detail: '提交的内容有误，请按提示修改。',
            errors: [{ field: 'sections[0].items[1].rule.max', message: '最低分 0 不能高于最高分 -3。' }],
          }),
      },
    );
    renderApp('/schemes?year=2026');

    const card = within(await screen.findByTestId('org-schemes'));
    await user().click(await card.findByRole('button', { name: /导入 JSON/ }));
    const dialog = within(await screen.findByRole('dialog'));
    const file = new File([JSON.stringify(frameDocument)], 'scheme.json', { type: 'application/json' });
    await user().upload(document.querySelector<HTMLInputElement>('.ant-modal input[type=file]') as HTMLInputElement, file);
    await user().click(dialog.getByRole('button', { name: /导\s*入/ }));

    const problems = within(await dialog.findByTestId('create-error'));
    expect(problems.getByText('提交的内容有误，请按提示修改。')).toBeInTheDocument();
    expect(problems.getByTestId('problem-list')).toHaveTextContent(
      '类别“第 1 条” › 项目“第 2 条” › 最高分：最低分 0 不能高于最高分 -3。',
    );
    const upload = await posted(backend, '/schemes/import');
    expect(new URL(upload.url).searchParams.get('year')).toBe('2026');
    expect(await upload.text()).toContain('filename="scheme.json"');
  });
});

describe('a scheme', () => {
  onDesktop();
  afterEach(() => vi.restoreAllMocks());

  const changes: SchemeChange[] = [
    { path: 'sections[STUDY].items[P6-STUDY-GROUP].rule.points', kind: 'CHANGED', before: 5, after: 4 },
    {
      path: 'sections[STUDY].items[B-NEW]',
      kind: 'ADDED',
      before: null,
      after: { code: 'B-NEW', name: '参加读书班', rule: { type: 'FIXED', points: 2 } },
    },
  ];

  function stubScheme(routes: Parameters<typeof stubBackend>[0] = {}) {
    return stubBackend({
      'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
      'GET /api/v1/orgs': () => jsonResponse(200, [rootOrg]),
      [`GET /api/v1/schemes/${branchScheme.id}`]: () => jsonResponse(200, branchScheme),
      [`GET /api/v1/schemes/${branchScheme.id}/versions/1`]: () => jsonResponse(200, { ...published, status: 'DRAFT' }),
      'GET /api/v1/schemes/diff': () => jsonResponse(200, changes),
      ...routes,
    });
  }

  it('shows its rules (whom items apply to, the frame), compares it with the parent, and downloads the table', async () => {
    const backend = stubScheme({
      [`GET /api/v1/schemes/${branchScheme.id}/versions/1/reference.xlsx`]: () =>
        new Response('PK', { headers: { 'Content-Type': 'application/octet-stream' } }),
    });
    const saved: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:table', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp(`/schemes/${branchScheme.id}`);

    const view = within(await screen.findByTestId('scheme-view'));
    const group = within(view.getByTestId('item-P6-STUDY-GROUP'));
    expect(group.getByText('必选')).toBeInTheDocument();
    expect(group.getByText('下级可调 3 至 5 分')).toBeInTheDocument();
    expect(within(view.getByTestId('item-P6-RULES-SANCTIONED')).getByText('仅党员领导干部')).toBeInTheDocument();
    expect(view.getByTestId('scheme-vetoes')).toHaveTextContent('受到组织处理 → 当月积分为 0');

    await user().click(screen.getByRole('button', { name: /下\s*载/ }));
    await user().click(await screen.findByText('参考标准（Excel）'));
    await waitFor(() => expect(saved).toEqual(['党员量化积分制考核参考标准-第一党支部细则-第1版.xlsx']));
    expect(backend.requests.some((candidate) => candidate.url.endsWith('/versions/1/reference.xlsx'))).toBe(true);

    await user().click(screen.getByRole('button', { name: /与上级方案对比/ }));
    const diff = within(await screen.findByTestId('scheme-diff'));
    const rows = diff.getAllByTestId('diff-row').map((row) => row.textContent);
    expect(rows).toEqual(['修改项目“参加集中学习” · 分值5 → 4', '新增项目“参加读书班”2 分']);
    expect(diff.getByText('类别“参加学习教育”')).toBeInTheDocument();
    const request = backend.requests.find((candidate) => candidate.url.includes('/schemes/diff'));
    expect(Object.fromEntries(new URL(request?.url ?? '').searchParams)).toEqual({
      fromVersionId: branchScheme.derivedFromVersionId,
      toVersionId: branchScheme.versions[0]?.id,
    });
  });

  it('publishes the draft, and says so clearly when someone else changed the scheme first', async () => {
    const backend = stubScheme({
      [`POST /api/v1/schemes/${branchScheme.id}/versions/1/publish`]: () =>
        problemResponse(409, { title: '冲突', detail: '方案已被他人修改，请刷新后重试。' }),
    });
    renderApp(`/schemes/${branchScheme.id}`);

    await user().click(await screen.findByRole('button', { name: /发\s*布/ }));
    const confirm = within(await screen.findByRole('dialog'));
    expect(confirm.getAllByText('发布第 1 版？')[0]).toBeInTheDocument();
    await user().click(confirm.getByRole('button', { name: /发\s*布/ }));

    expect(await screen.findByTestId('scheme-conflict')).toHaveTextContent('方案已被他人修改');
    expect(await (await posted(backend, '/publish')).json()).toEqual({ lock: branchScheme.lock });
  });
});
