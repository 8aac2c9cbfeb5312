import { fireEvent, screen, waitFor, within, type BoundFunctions, type queries } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LedgerRow, MemberScores, SchemeDocument } from '@/lib/api/types';
import { currentMonthInChina } from '@/lib/cycle/format';
import { member as memberOf } from '@/test/members';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { committeeScheme, frameDocument, version } from '@/test/schemes';
import { onDesktop } from '@/test/viewport';

const branchId = 'a0000000-0000-4000-8000-000000000002';
const year = currentMonthInChina().slice(0, 4);

const member = memberOf({ id: 'd0000000-0000-4000-8000-000000000001', name: '李四', gender: 'MALE', branchId, branchName: '第一党支部' });

/** The frame's sections (one item only for leader cadres) and one with a range, hours, levels and a deduction. */
const schemeDocument: SchemeDocument = {
  ...frameDocument,
  sections: [
    ...frameDocument.sections,
    {
      code: 'WORK',
      name: '完成业务工作',
      kind: 'DUTY',
      items: [
        { code: 'P6-WORK-DUTIES', name: '完成本职业务工作', rule: { type: 'RANGE', min: 0, max: 20 }, recordedBy: 'RECORDER' },
        { code: 'P6-SERVE-VOLUNTEER', name: '参加志愿服务', rule: { type: 'PER_HOUR', points: 1 }, recordedBy: 'MEMBER' },
        {
          code: 'X-AWARD',
          name: '获得表彰',
          rule: { type: 'LEVELS', levels: [{ level: '市级', points: 3 }, { level: '省级', points: 5 }] },
          recordedBy: 'RECORDER',
        },
        { code: 'P6-RULES-LAPSE', name: '违反工作纪律、规矩', rule: { type: 'PER_OCCURRENCE', points: -5 }, recordedBy: 'RECORDER' },
      ],
    },
  ],
};

function row(fields: Partial<LedgerRow> & Pick<LedgerRow, 'id' | 'itemCode' | 'itemName'>): LedgerRow {
  return {
    memberId: member.id,
    month: '2026-10',
    quantity: 1,
    level: null,
    points: null,
    awarded: null,
    value: null,
    achievement: null,
    source: 'RECORDER',
    sourceId: null,
    replacesId: null,
    voided: false,
    reason: null,
    recordedAt: '2026-10-20T02:00:00Z',
    counting: true,
    flagged: false,
    ...fields,
  };
}

// 15 points corrected to 12; dues recorded, then voided; a deduction that counts.
const original = row({ id: 'r1', itemCode: 'P6-WORK-DUTIES', itemName: '完成本职业务工作', points: 15, value: 15, counting: false, reason: '业务突出' });
const corrected = row({
  id: 'r2',
  itemCode: 'P6-WORK-DUTIES',
  itemName: '完成本职业务工作',
  points: 12,
  value: 12,
  source: 'CORRECTION',
  replacesId: 'r1',
  reason: '复核后调整',
  recordedAt: '2026-10-21T02:00:00Z',
});
const dues = row({ id: 'r3', itemCode: 'P6-LIFE-DUES', itemName: '按时足额交纳党费', value: 2, counting: false });
const voiding = row({
  id: 'r4',
  itemCode: 'P6-LIFE-DUES',
  itemName: '按时足额交纳党费',
  source: 'CORRECTION',
  replacesId: 'r3',
  voided: true,
  counting: false,
  reason: '当月未交',
  recordedAt: '2026-10-22T02:00:00Z',
});
const lapse = row({ id: 'r5', itemCode: 'P6-RULES-LAPSE', itemName: '违反工作纪律、规矩', value: -5, recordedAt: '2026-10-23T02:00:00Z' });

const scores: MemberScores = {
  memberId: member.id,
  memberName: member.name,
  branchName: member.branchName,
  year: 2026,
  schemeId: committeeScheme.id,
  schemeVersionId: version(1, 'PUBLISHED').id,
  schemeName: committeeScheme.name,
  periods: [{ period: '2026-10', total: 7 }],
  quarters: [],
  interim: null,
  yearScore: 7,
  annual: 7,
  grade: '不合格',
  vetoes: [],
  exemptMonths: [],
  outsideScheme: [],
  explanation: { kind: 'ANNUAL', label: 'annual', points: 7, detail: '', children: [] },
};

const openFlag = {
  id: 'f1',
  ledgerEntryId: 'r5',
  memberId: member.id,
  memberName: '李四',
  branchId,
  itemCode: 'P6-RULES-LAPSE',
  month: '2026-10',
  note: '签到表显示按时到会',
  raisedBy: 'e0000000-0000-4000-8000-000000000009',
  raisedAt: '2026-10-24T02:00:00Z',
  status: 'OPEN',
  resolution: null,
  resolvedAt: null,
  version: 0,
};

function stubLedger(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    'GET /api/v1/members': () => jsonResponse(200, { items: [member], page: 0, size: 50, total: 1 }),
    [`GET /api/v1/members/${member.id}`]: () => jsonResponse(200, member),
    'GET /api/v1/ledger-entries': () => jsonResponse(200, [original, corrected, dues, voiding, lapse]),
    'GET /api/v1/scores': () => jsonResponse(200, scores),
    'GET /api/v1/entry-flags': () => jsonResponse(200, [openFlag]),
    [`GET /api/v1/orgs/${branchId}/schemes`]: () => jsonResponse(200, { own: [], applying: committeeScheme }),
    [`GET /api/v1/schemes/${committeeScheme.id}/versions/1`]: () =>
      jsonResponse(200, { number: 1, status: 'PUBLISHED', publishedAt: '2026-01-05T02:00:00Z', document: schemeDocument }),
    ...extraRoutes,
  });
}

// Checking each click target's pointer-events style costs seconds per click on pages this large in jsdom.
const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

async function ledgerRow(id: string) {
  const table = await screen.findByTestId('ledger-table');
  const found = table.querySelector(`tr[data-row-key="${id}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no ledger row ${id}`);
  return within(found);
}

/** Opens a modal and returns it (found by its class: role queries over the whole page are slow in jsdom). */
async function openDialog(button: HTMLElement) {
  await user().click(button);
  const modal = await waitFor(() => {
    const found = document.querySelector('.ant-modal');
    if (!(found instanceof HTMLElement)) throw new Error('no modal');
    return found;
  });
  return within(modal);
}

async function choose(dialog: BoundFunctions<typeof queries>, label: string, option: string) {
  await user().click(dialog.getByRole('combobox', { name: label }));
  await user().click(await screen.findByTitle(option));
}

describe('积分台账', () => {
  onDesktop();

  it('shows the member’s score and every row, the replaced ones struck through and marked, correctable only where they count', async () => {
    const backend = stubLedger();
    renderApp(`/ledger?member=${member.id}`);

    expect(await screen.findByText(`李四 ${year} 年积分`)).toBeInTheDocument();
    expect(within(screen.getByTestId('points-year')).getByText('7')).toBeInTheDocument();

    const old = await ledgerRow('r1');
    expect(old.getByText('已更正')).toBeInTheDocument();
    expect(old.getByText('完成本职业务工作').closest('del')).not.toBeNull();
    expect(old.queryByRole('button', { name: '更正' })).not.toBeInTheDocument();
    const latest = await ledgerRow('r2');
    expect(latest.getByText('计入')).toBeInTheDocument();
    expect(latest.getByText('更正记录')).toBeInTheDocument();
    expect(latest.getByText('+12')).toBeInTheDocument();
    expect(latest.getByText('复核后调整')).toBeInTheDocument();
    expect(latest.getByRole('button', { name: '更正' })).toBeInTheDocument();
    expect((await ledgerRow('r3')).getByText('已作废')).toBeInTheDocument();
    const voidingRow = await ledgerRow('r4');
    expect(voidingRow.getByText('作废记录')).toBeInTheDocument();
    expect(voidingRow.queryByRole('button', { name: '更正' })).not.toBeInTheDocument();
    expect(screen.getByText(/台账只增不改/)).toBeInTheDocument();

    const ledger = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/ledger-entries');
    expect(new URL(ledger?.url ?? '').searchParams.get('memberId')).toBe(member.id);
    expect(ledger?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('records an entry: the inputs follow the item’s rule, items not for the member are left out, server errors go to their field', async () => {
    const backend = stubLedger({
      'POST /api/v1/ledger-entries': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: '提交的内容有误，请按提示修改。',
          errors: [{ field: 'month', message: '2026-10 已审核或定稿，不能再新增积分；如需更正，请更正原记录并说明原因。' }],
        }),
    });
    renderApp(`/ledger?member=${member.id}`);

    const dialog = await openDialog(await screen.findByRole('button', { name: /记分/ }));
    await user().click(dialog.getByRole('combobox', { name: '积分项目' }));
    // 受到组织处理 is for leader cadres only; 李四 is not one.
    expect(await screen.findByTitle('违反工作纪律、规矩')).toBeInTheDocument();
    expect(screen.queryByTitle('受到组织处理')).not.toBeInTheDocument();
    await user().click(screen.getByTitle('参加志愿服务'));
    expect(dialog.getByLabelText('时长（小时）')).toBeInTheDocument();
    expect(dialog.getByTestId('rule-hint')).toHaveTextContent('此项目通常由党员本人申报');

    await choose(dialog, '积分项目', '获得表彰');
    expect(dialog.queryByLabelText('时长（小时）')).not.toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: '级别' })).toBeInTheDocument();

    await choose(dialog, '积分项目', '违反工作纪律、规矩');
    expect(dialog.getByTestId('rule-hint')).toHaveTextContent('扣分项');
    expect(dialog.getByLabelText('次数')).toBeInTheDocument();

    await choose(dialog, '积分项目', '完成本职业务工作');
    const points = dialog.getByLabelText('分值（0–20 分）');
    fireEvent.change(points, { target: { value: '25' } });
    await user().click(dialog.getByRole('button', { name: '记分' }));
    expect(await dialog.findByText('须在 0–20 分之间')).toBeInTheDocument();
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(points, { target: { value: '15' } });
    fireEvent.change(dialog.getByLabelText('说明（选填）'), { target: { value: '业务突出' } });
    await user().click(dialog.getByRole('button', { name: '记分' }));
    const fieldError = await dialog.findByText(/已审核或定稿/);
    expect(fieldError.closest('.ant-form-item')?.querySelector('#record_month')).not.toBeNull();
    const post = backend.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      memberId: member.id,
      item: 'P6-WORK-DUTIES',
      month: currentMonthInChina(),
      points: 15,
      reason: '业务突出',
    });
  });

  it('corrects a row only with a reason, sending the value the rule changes, or voids it', async () => {
    const backend = stubLedger({
      'POST /api/v1/ledger-entries/r2/corrections': () => jsonResponse(201, { ...corrected, id: 'r6', points: 10, replacesId: 'r2' }),
      'POST /api/v1/ledger-entries/r5/corrections': () => jsonResponse(201, { ...lapse, id: 'r7', voided: true, replacesId: 'r5' }),
    });
    renderApp(`/ledger?member=${member.id}`);

    let dialog = await openDialog((await ledgerRow('r2')).getByRole('button', { name: '更正', hidden: true }));
    expect(dialog.getByText(/更正会新增一条记录取代原记录/)).toBeInTheDocument();
    fireEvent.change(dialog.getByLabelText('新的分值（0–20 分）'), { target: { value: '10' } });
    await user().click(dialog.getByRole('button', { name: '更正' }));
    expect(await dialog.findByText('更正须说明原因')).toBeInTheDocument();
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByLabelText('更正原因'), { target: { value: '按考核结果调整' } });
    await user().click(dialog.getByRole('button', { name: '更正' }));
await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const correction = backend.requests.find((request) => request.url.endsWith('/r2/corrections'));
    expect(await correction?.json()).toEqual({ points: 10, reason: '按考核结果调整' });

    dialog = await openDialog((await ledgerRow('r5')).getByRole('button', { name: '更正', hidden: true }));
    await user().click(dialog.getByText('作废这条记录'));
    expect(dialog.queryByLabelText('新的次数')).not.toBeInTheDocument();
    fireEvent.change(dialog.getByLabelText('更正原因'), { target: { value: '记错了人' } });
    await user().click(dialog.getByRole('button', { name: '作废' }));
    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/r5/corrections'))).toBe(true));
    const voidRequest = backend.requests.find((request) => request.url.endsWith('/r5/corrections'));
    expect(await voidRequest?.json()).toEqual({ voided: true, reason: '记错了人' });
  });

  it('flags a counting row with a reason, and resolves an open flag saying what was done', async () => {
    const backend = stubLedger({
      'POST /api/v1/ledger-entries/r2/flags': () => jsonResponse(201, { ...openFlag, id: 'f2', ledgerEntryId: 'r2', note: '分值偏高' }),
      'POST /api/v1/entry-flags/f1/resolve': () => jsonResponse(200, { ...openFlag, status: 'RESOLVED', resolution: '已作废', version: 1 }),
    });
    renderApp(`/ledger?member=${member.id}`);

    expect((await ledgerRow('r1')).queryByRole('button', { name: '标记存疑', hidden: true })).not.toBeInTheDocument();
    let dialog = await openDialog((await ledgerRow('r2')).getByRole('button', { name: '标记存疑', hidden: true }));
    await user().click(dialog.getByRole('button', { name: /OK|确\s*定/ }));
    expect(await dialog.findByText('请写明存疑的理由')).toBeInTheDocument();
    fireEvent.change(dialog.getByLabelText('存疑理由'), { target: { value: '分值偏高' } });
    await user().click(dialog.getByRole('button', { name: /OK|确\s*定/ }));
    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/r2/flags'))).toBe(true));
    expect(await backend.requests.find((request) => request.url.endsWith('/r2/flags'))?.json()).toEqual({ note: '分值偏高' });

    const flags = within(await screen.findByTestId('entry-flags'));
    expect(flags.getByText('监督意见：签到表显示按时到会')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.ant-modal')).toBeNull());
    dialog = await openDialog(flags.getByRole('button', { name: '处理' }));
    fireEvent.change(dialog.getByLabelText('处理结果'), { target: { value: '已作废' } });
    await user().click(dialog.getByRole('button', { name: /OK|确\s*定/ }));
    await waitFor(() => expect(backend.requests.some((request) => request.url.endsWith('/f1/resolve'))).toBe(true));
    expect(await backend.requests.find((request) => request.url.endsWith('/f1/resolve'))?.json()).toEqual({ version: 0, resolution: '已作废' });
  });
});
