import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SchemeRecord, SchemeVersion } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { branchScheme, committeeScheme, frameDocument, version } from '@/test/schemes';
import { committeeAdmin } from '@/test/session';
import { onDesktop } from '@/test/viewport';

/** The committee's scheme with its first version still a draft. */
const draftScheme: SchemeRecord = { ...committeeScheme, versions: [version(1, 'DRAFT')] };
const draft: SchemeVersion = { number: 1, status: 'DRAFT', publishedAt: null, document: frameDocument };

function stubEditor(scheme: SchemeRecord, routes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    [`GET /api/v1/schemes/${scheme.id}`]: () => jsonResponse(200, scheme),
    [`GET /api/v1/schemes/${scheme.id}/versions/1`]: () => jsonResponse(200, draft),
    ...routes,
  });
}

const user = () => userEvent.setup();

/** The section's header button, which folds and unfolds it. */
async function sectionToggle(index: number) {
  return within(await screen.findByTestId(`edit-section-${index}`)).getByTestId('section-toggle');
}

function toolbar() {
  return within(screen.getByTestId('editor-toolbar'));
}

function item(code: string) {
  return within(screen.getByTestId(`edit-item-${code}`));
}

async function saveBody(backend: ReturnType<typeof stubBackend>) {
  const put = await waitFor(() => {
    const found = backend.requests.find((request) => request.method === 'PUT');
    if (found === undefined) throw new Error('nothing saved yet');
    return found;
  });
  return (await put.json()) as { lock: number; document: typeof frameDocument };
}

// A whole scheme's form on a page, and jsdom's role queries are slow: more time than the default.
const slow = { timeout: 60_000 };

describe('scheme editor', () => {
  onDesktop();

  it('adds an item, removes another, and saves the whole document with the lock it started from', slow, async () => {
    const backend = stubEditor(draftScheme, {
      [`PUT /api/v1/schemes/${draftScheme.id}/draft`]: () => jsonResponse(200, { ...draftScheme, lock: 2 }),
    });
    const { router } = renderApp(`/schemes/${draftScheme.id}/edit`);

    await user().click(await sectionToggle(0));
    await user().click(within(screen.getByTestId('edit-section-0')).getByRole('button', { name: /添加项目/ }));
    const added = item('STUDY-1');
    await user().type(added.getByRole('textbox', { name: '项目名称' }), '参加读书班');
    const points = added.getByRole('spinbutton', { name: '分值' });
    await user().clear(points);
    await user().type(points, '2.5');
    await user().click(item('P6-STUDY-SELF').getByRole('button', { name: '删除项目“个人自学并撰写学习笔记”' }));
    expect(screen.queryByTestId('edit-item-P6-STUDY-SELF')).not.toBeInTheDocument();
    await user().click(toolbar().getByRole('button', { name: /保存草稿/ }));

    const { lock, document } = await saveBody(backend);
    expect(lock).toBe(1);
    const [study, rules] = frameDocument.sections;
    expect(document).toEqual({
      ...frameDocument,
      sections: [
        {
          ...study,
          items: [
            study?.items[0],
            {
              code: 'STUDY-1',
              name: '参加读书班',
              rule: { type: 'FIXED', points: 2.5 },
              recordedBy: 'MEMBER',
              evidenceRequired: false,
            },
          ],
        },
        rules,
      ],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/schemes/${draftScheme.id}`));
    expect(router.state.location.search).toBe('?v=1');
  });

  it('shows every problem at its field, lists them in words, and keeps the edits', slow, async () => {
    stubEditor(draftScheme, {
      [`PUT /api/v1/schemes/${draftScheme.id}/draft`]: () =>
        problemResponse(400, {
          title: '请求无效',
          detail: '提交的内容有误，请按提示修改。',
          errors: [
            { field: 'document.sections[0].items[0].rule.points', message: '分值 9 超出上级规定的范围 3 至 5。' },
            { field: 'document.grades[1].min', message: '等次分数线须从高到低排列：95 不低于上一档的 90。' },
            { field: 'sections[1].items', message: '上级规定的必选项目“受到组织处理”不能删除。' },
          ],
        }),
    });
    renderApp(`/schemes/${draftScheme.id}/edit`);

    const toggle = await sectionToggle(0);
    await user().click(toggle);
    const points = item('P6-STUDY-GROUP').getByRole('spinbutton', { name: '分值' });
    await user().clear(points);
    await user().type(points, '9');
    // Close the section again: the problem inside opens it.
    await user().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user().click(toolbar().getByRole('button', { name: /保存草稿/ }));

    const summary = within(await screen.findByTestId('editor-outcome'));
    expect(summary.getByText('发现 3 处问题，未保存。请按标红处修改（点击可定位）：')).toBeInTheDocument();
    expect(summary.getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      '类别“参加学习教育” › 项目“参加集中学习” › 分值：分值 9 超出上级规定的范围 3 至 5。',
      '等次 › 等次“合格” › 最低分：等次分数线须从高到低排列：95 不低于上一档的 90。',
      '类别“遵守纪律规矩” › 项目：上级规定的必选项目“受到组织处理”不能删除。',
    ]);
    const group = item('P6-STUDY-GROUP');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await group.findByText('分值 9 超出上级规定的范围 3 至 5。')).toBeInTheDocument();
    expect(group.getByRole('spinbutton', { name: '分值' })).toHaveValue('9');
    expect(screen.getByText('等次分数线须从高到低排列：95 不低于上一档的 90。')).toBeInTheDocument();
    // The removed-mandatory problem names no field of its own: it shows under the section's items.
    expect(within(screen.getByTestId('edit-section-1')).getByText('上级规定的必选项目“受到组织处理”不能删除。')).toBeInTheDocument();

    // Closed by hand, the section opens again from the list of problems.
    await user().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user().click(summary.getByRole('link', { name: '类别“参加学习教育” › 项目“参加集中学习” › 分值' }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));

    // Editing the field clears its message.
    await user().type(group.getByRole('spinbutton', { name: '分值' }), '{Backspace}4');
    await waitFor(() => expect(group.queryByText('分值 9 超出上级规定的范围 3 至 5。')).not.toBeInTheDocument());
  });

  it('checks the document as this scheme’s draft without saving it', slow, async () => {
    const backend = stubEditor(draftScheme, {
      [`POST /api/v1/schemes/${draftScheme.id}/validate`]: () => new Response(null, { status: 204 }),
    });
    renderApp(`/schemes/${draftScheme.id}/edit`);

    await screen.findByTestId('edit-section-0');
    await user().click(toolbar().getByRole('button', { name: /校\s*验/ }));
    expect(await screen.findByText('校验通过，没有发现问题。')).toBeInTheDocument();
    const check = backend.requests.find((request) => request.method === 'POST');
    expect(await check?.json()).toEqual(frameDocument);
    expect(backend.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('says when someone else saved first, and keeps the edits until the user reloads', slow, async () => {
    stubEditor(draftScheme, {
      [`PUT /api/v1/schemes/${draftScheme.id}/draft`]: () =>
        problemResponse(409, { title: '冲突', detail: '方案已被他人修改，请刷新后重试。' }),
    });
    renderApp(`/schemes/${draftScheme.id}/edit`);

    const name = await screen.findByRole('textbox', { name: '方案名称' });
    await user().type(name, '（修订）');
    await user().click(toolbar().getByRole('button', { name: /保存草稿/ }));

    expect(await screen.findByTestId('editor-conflict')).toHaveTextContent('方案已被他人修改');
    expect(name).toHaveValue(`${frameDocument.name}（修订）`);
    await user().click(within(screen.getByTestId('editor-conflict')).getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: '方案名称' })).toHaveValue(frameDocument.name));
  });

  it('in a derived scheme keeps the parent’s mandatory items and shows the points the parent allows', slow, async () => {
    const backend = stubEditor(branchScheme, {
      [`GET /api/v1/schemes/${branchScheme.id}/versions/1`]: () => jsonResponse(200, draft),
      'GET /api/v1/schemes/diff': () => jsonResponse(200, []),
    });
    renderApp(`/schemes/${branchScheme.id}/edit`);

    await user().click(await sectionToggle(0));
    const group = item('P6-STUDY-GROUP');
    expect(group.getByRole('button', { name: '删除项目“参加集中学习”' })).toBeDisabled();
    expect(group.getByText('上级范围 3 至 5 分')).toBeInTheDocument();
    expect(group.getByRole('textbox', { name: '项目编码' })).toBeDisabled();
    expect(item('P6-STUDY-SELF').getByRole('button', { name: '删除项目“个人自学并撰写学习笔记”' })).toBeEnabled();
    // A section that holds a mandatory item stays too.
    expect(within(screen.getByTestId('edit-section-0')).getByRole('button', { name: '删除类别“参加学习教育”' })).toBeDisabled();
    const diff = backend.requests.find((request) => request.url.includes('/schemes/diff'));
    expect(new URL(diff?.url ?? '').searchParams.get('fromVersionId')).toBe(branchScheme.derivedFromVersionId);
  });
});
