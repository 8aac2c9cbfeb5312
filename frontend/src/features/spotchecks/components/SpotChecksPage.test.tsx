import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubBackend } from '@/test/network';
import { rootOrg } from '@/test/orgs';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

// A seed beyond 2^53, which the backend sends as its digits: a JavaScript number would round it.
const bigSeed = '-5894926056938588898';
const checkId = 'c0000000-0000-4000-8000-00000000000a';

function rawJson(text: string, status = 200): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
}

const listText = `[{"id":"${checkId}","orgId":"${rootOrg.id}","orgName":"${rootOrg.name}","from":"2026-01","to":"2026-09",
  "population":40,"seed":"${bigSeed}","createdAt":"2026-10-08T02:00:00Z","sampled":2,"checked":1,"problems":1}]`;

function checkText(verdicts: [string | null, string | null], notes: [string | null, string | null] = [null, null]): string {
  const item = (n: number, verdict: string | null, note: string | null) =>
    `{"ledgerEntryId":"e${n}","memberId":"m${n}","memberName":"党员${n}","itemCode":"P6-WORK-DUTIES","itemName":"完成本职业务工作",` +
    `"month":"2026-0${n}",` +
    `"quantity":1.00,"source":"RECORDER","verdict":${verdict ? `"${verdict}"` : 'null'},"note":${note ? `"${note}"` : 'null'}}`;
  return `{"id":"${checkId}","orgId":"${rootOrg.id}","from":"2026-01","to":"2026-09","population":40,"seed":"${bigSeed}",
    "createdAt":"2026-10-08T02:00:00Z","items":[${item(1, verdicts[0], notes[0])},${item(2, verdicts[1], notes[1])}]}`;
}

function stubChecks(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, [rootOrg]),
    [`GET /api/v1/orgs/${rootOrg.id}`]: () => jsonResponse(200, rootOrg),
    'GET /api/v1/spot-checks': () => rawJson(listText),
    [`GET /api/v1/spot-checks/${checkId}`]: () => rawJson(checkText(['VERIFIED', null])),
    ...extraRoutes,
  });
}

// Checking each click target's pointer-events style costs seconds per click on pages this large in jsdom.
const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

async function openModal(button: HTMLElement) {
  await user().click(button);
  return within(
    await waitFor(() => {
      const modal = document.querySelector('.ant-modal');
      if (!(modal instanceof HTMLElement)) throw new Error('no modal');
      return modal;
    }),
  );
}

describe('随机抽查', () => {
  onDesktop();

  it('lists the checks with their progress and their seeds to the last digit', async () => {
    const backend = stubChecks();
    renderApp('/spot-checks');

    const table = within(await screen.findByTestId('spot-checks'));
    expect(await table.findByText(bigSeed)).toBeInTheDocument();
    expect(table.getByText('已核 1 / 2')).toBeInTheDocument();
    expect(table.getByText('1 条有问题')).toBeInTheDocument();
    expect(table.getByText('2 / 40 条')).toBeInTheDocument();
    const list = backend.requests.find((request) => new URL(request.url).pathname === '/api/v1/spot-checks');
    expect(new URL(list?.url ?? '').searchParams.get('orgId')).toBe(rootOrg.id);
    expect(list?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  it('draws by count or by percent, never both, and sends a given seed to the last digit', async () => {
    const backend = stubChecks({ 'POST /api/v1/spot-checks': () => rawJson(checkText([null, null]), 201) });
    renderApp('/spot-checks');

    const modal = await openModal(await screen.findByRole('button', { name: /抽查/, hidden: true }));
    fireEvent.change(modal.getByLabelText('开始月份'), { target: { value: '2026-01' } });
    fireEvent.change(modal.getByLabelText('结束月份'), { target: { value: '2026-09' } });
    fireEvent.change(modal.getByLabelText('抽取条数'), { target: { value: '' } });
    fireEvent.change(modal.getByLabelText('随机种子'), { target: { value: '12a' } });
    await user().click(modal.getByRole('button', { name: '抽查', hidden: true }));
    expect(await modal.findByText('请填写 1 以上的整数')).toBeInTheDocument();
    expect(modal.getByText('种子须为整数（不超过 64 位）')).toBeInTheDocument();
    expect(backend.requests.some((request) => request.method === 'POST')).toBe(false);

    await user().click(modal.getByText('按比例'));
    expect(modal.queryByLabelText('抽取条数')).not.toBeInTheDocument();
    fireEvent.change(modal.getByLabelText('抽取比例（%）'), { target: { value: '5' } });
    fireEvent.change(modal.getByLabelText('随机种子'), { target: { value: bigSeed } });
    await user().click(modal.getByRole('button', { name: '抽查', hidden: true }));

    await waitFor(() => expect(backend.requests.some((request) => request.method === 'POST')).toBe(true));
    const text = await backend.requests.find((request) => request.method === 'POST')?.text();
    expect(JSON.parse(text ?? '{}')).toEqual({
      orgId: rootOrg.id,
      from: '2026-01',
      to: '2026-09',
      percent: 5,
      seed: bigSeed,
    });
    // The drawn check opens, with its seed shown whole.
    expect(await screen.findByTestId('check-seed')).toHaveTextContent(bigSeed);
  });

  it('marks a sampled entry with its note, and the progress follows', async () => {
    const backend = stubChecks({
      [`POST /api/v1/spot-checks/${checkId}/items/e2`]: () => rawJson(checkText(['VERIFIED', 'PROBLEM'], [null, '无佐证材料'])),
    });
    renderApp(`/spot-checks/${checkId}`);

    const items = within(await screen.findByTestId('check-items'));
    expect(await items.findByText('核实无误')).toBeInTheDocument();
    expect(screen.getByText('已核 1 / 2')).toBeInTheDocument();
    const row = within(document.querySelector('tr[data-testid="check-item-e2"]') as HTMLElement);
    expect(row.getByText('未核实')).toBeInTheDocument();
    expect(row.getByText('完成本职业务工作')).toBeInTheDocument();
    expect(row.getByText('P6-WORK-DUTIES')).toBeInTheDocument();
    fireEvent.change(row.getByLabelText('核实说明'), { target: { value: '无佐证材料' } });
    await user().click(row.getByRole('button', { name: '有问题', hidden: true }));

    expect(await row.findByText('有问题', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('已核 2 / 2')).toBeInTheDocument();
    expect(screen.getByText('1 条有问题')).toBeInTheDocument();
    const mark = backend.requests.find((request) => request.method === 'POST');
    expect(await mark?.json()).toEqual({ verdict: 'PROBLEM', note: '无佐证材料' });
  });
});
