// End-to-end: oversight of the ledger. A secretary-level admin records an entry for a member and corrects it (the
// old row stays, marked; the score follows), draws a spot check with a seed, marks its entries and draws the same
// sample again, files a finalised quarter that the parent returns with a comment and then accepts, and follows an
// alert up with a note. Set-up through the API (a branch, the preset monthly-top-three, members, a finalised
// quarter moved on with psql); see support.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { callApi, desktop, newInstitution, phone, screenshot, sharedBrowser, signUpAndIn } from './support.mjs';

const stamp = Date.now();
// Offset 606 keeps the mobile number apart from the other files' institutions of the same moment.
const institution = newInstitution('监督抽查测试', stamp, 606);
const branchName = '监督第一党支部';
const people = { first: '党员甲', second: '党员乙' };
const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
const year = Number(thisMonth.slice(0, 4));
// The last quarter that has ended: its three months are finalised in the set-up, so it may be filed.
const current = Math.ceil(Number(thisMonth.slice(5, 7)) / 3);
const filed = current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'];
const filedLabel = `${filed.year} 年${quarterNames[filed.quarter - 1]}`;
const seed = String(20_000_000_000_000_000n + BigInt(stamp)); // beyond 2^53: a JavaScript number would round it

let session;
let branchId;
const memberIds = {};

const chromium = sharedBrowser();
const withPage = (contextOptions, name, body) =>
  chromium.withPage({ ...contextOptions, ...(session ? { storageState: session } : {}) }, name, body);
const openList = (page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
const rowWith = (scope, text) => scope.locator('tr', { hasText: text });

/** Chooses the branch in a cycle page's org picker: the admin holds no role at a branch, so none is preset. */
async function chooseBranch(page) {
  await page.getByRole('combobox', { name: '党支部' }).first().click();
  await openList(page).locator('.ant-select-tree-switcher').first().click();
  await openList(page).getByTitle(`${branchName}（党支部）`).click();
}

test('set-up: a branch scored by monthly-top-three, two members with entries, and a finalised quarter', { timeout: 240_000 }, async () => {
  await withPage({ viewport: desktop }, 'oversight-setup', async (page, context) => {
    await signUpAndIn(page, institution);
    session = await context.storageState();
    const me = await callApi(page, 'GET', '/api/v1/me');
    const rootId = me.memberships[0].rootOrg.id;
    branchId = (await callApi(page, 'POST', '/api/v1/orgs', { parentId: rootId, type: 'BRANCH', name: branchName, domain: 'AGENCY' })).id;
    for (const schemeYear of new Set([year, filed.year])) {
      const scheme = await callApi(page, 'POST', `/api/v1/orgs/${rootId}/schemes`, { year: schemeYear, preset: 'monthly-top-three' });
      await callApi(page, 'POST', `/api/v1/schemes/${scheme.id}/versions/1/publish`, { lock: scheme.lock });
    }
    for (const [key, name] of Object.entries(people)) {
      const member = await callApi(page, 'POST', '/api/v1/members', {
        branchId,
        details: { name, status: 'FULL', postType: 'IN_OFFICE', leaderCadre: false, joinedOn: '2010-07-01' },
      });
      memberIds[key] = member.id;
    }
    // Entries for the spot check to draw from, this month (still open).
    for (const [item, values] of [
      ['P6-LIFE-DUES', {}],
      ['P6-SERVE-VOLUNTEER', { quantity: 3 }],
      ['P6-SERVE-HELP', { quantity: 2 }],
      ['P6-RULES-LAPSE', { quantity: 1, reason: '会议迟到' }],
      ['P6-WORK-DUTIES', { points: 18 }],
    ]) {
      await callApi(page, 'POST', '/api/v1/ledger-entries', { memberId: memberIds.second, item, month: thisMonth, ...values });
    }

    // The quarter to file: each month approved and publicised, its publicity moved into the past, then finalised.
    const months = [1, 2, 3].map((n) => `${filed.year}-${String((filed.quarter - 1) * 3 + n).padStart(2, '0')}`);
    const periods = [];
    for (const month of months) {
      const period = await callApi(page, 'POST', '/api/v1/periods', { branchId, month });
      periods.push(await callApi(page, 'POST', `/api/v1/periods/${period.id}/publicity`, { version: period.version }));
    }
    const database = process.env.E2E_DATABASE;
    assert.ok(database, 'E2E_DATABASE names the e2e database (infra/scripts/e2e.sh exports it)');
    execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-c',
      `update periods set publicity_until = now() - interval '1 minute' where branch_id = '${branchId}'`]);
    for (const period of periods) {
      const finalised = await callApi(page, 'POST', `/api/v1/periods/${period.id}/finalise`, { version: period.version });
      assert.equal(finalised.status, 'FINALISED');
    }
  });
});

test('the recorder records an entry for a member and corrects it: the old row stays, marked, and the score follows', { timeout: 180_000 }, async () => {
  await withPage({ viewport: desktop }, 'oversight-ledger', async (page) => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: '积分台账' }).click();
    await page.waitForURL((url) => url.pathname === '/ledger');
    await chooseBranch(page);
    await page.getByRole('combobox', { name: '党员' }).click();
    await page.keyboard.type(people.first);
    // Searched on the server: once the list shows only the match, Enter takes it (a click may land mid-animation).
    await openList(page).getByTitle(people.first, { exact: true }).waitFor();
    await openList(page).getByTitle(people.second, { exact: true }).waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.getByTestId('points-month').waitFor();
    const monthScore = async () => Number((await page.getByTestId('points-month').locator('.ant-statistic-content').innerText()).trim());
    const before = await monthScore();

    await page.getByRole('button', { name: '记分' }).click();
    const dialog = page.getByRole('dialog');
    await page.locator('#record_item').click();
    await page.keyboard.type('完成本职业务工作');
    await openList(page).getByTitle('完成本职业务工作', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByTestId('rule-hint').getByText('酌情 0 至 20 分').waitFor();
    await dialog.locator('#record_points').fill('15');
    await dialog.locator('#record_reason').fill('牵头完成年度报表');
    await dialog.getByRole('button', { name: '记分' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByTestId('ledger-table');
    const recorded = rowWith(table, '牵头完成年度报表');
    await recorded.getByText('计入').waitFor();
    await page.waitForFunction(
      ([testId, expected]) => document.querySelector(`[data-testid="${testId}"] .ant-statistic-content`)?.textContent?.trim() === expected,
      ['points-month', String(before + 15)],
    );

    await recorded.getByRole('button', { name: '更正' }).click();
    await dialog.getByText('更正会新增一条记录取代原记录').waitFor();
    await dialog.locator('#correction_points').fill('10');
    await dialog.getByRole('button', { name: '更正' }).click();
    await dialog.getByText('更正须说明原因').waitFor();
    await screenshot(page, '71-correction-desktop', false);
    await dialog.locator('#correction_reason').fill('按考核结果调整为 10 分');
    await dialog.getByRole('button', { name: '更正' }).click();
    await dialog.waitFor({ state: 'detached' });

    const replaced = rowWith(table, '牵头完成年度报表');
    await replaced.getByText('已更正').waitFor();
    assert.equal(await replaced.locator('del').count(), 1, 'the replaced row is struck through');
    assert.equal(await replaced.getByRole('button', { name: '更正' }).count(), 0, 'a replaced row is not corrected again');
    const correction = rowWith(table, '按考核结果调整为 10 分');
    await correction.getByText('更正记录').waitFor();
    await correction.getByText('计入').waitFor();
    await page.waitForFunction(
      ([testId, expected]) => document.querySelector(`[data-testid="${testId}"] .ant-statistic-content`)?.textContent?.trim() === expected,
      ['points-month', String(before + 10)],
    );
    const scores = await page.evaluate(
      ([memberId, scoreYear]) => fetch(`/api/v1/scores?memberId=${memberId}&year=${scoreYear}`).then((response) => response.json()),
      [memberIds.first, year],
    );
    assert.equal(scores.periods.find((period) => period.period === thisMonth).total, before + 10, 'the page shows the engine’s score');
    await screenshot(page, '70-ledger-desktop');
  });

  await withPage({ viewport: phone, isMobile: true, hasTouch: true }, 'oversight-ledger-phone', async (page) => {
    await page.goto(`/ledger?member=${memberIds.first}`);
    await page.getByTestId('ledger-table').getByText('已更正').waitFor();
    await screenshot(page, '72-ledger-phone');
  });
});

test('a spot check is drawn with a seed, its entries marked, and the same seed draws the same sample again', { timeout: 180_000 }, async () => {
  await withPage({ viewport: desktop }, 'oversight-spot-check', async (page) => {
    await page.goto('/spot-checks');
    await page.getByRole('button', { name: '抽查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#draw_from').fill(`${year}-01`);
    await dialog.locator('#draw_to').fill(thisMonth);
    await dialog.locator('#draw_count').fill('2');
    await dialog.locator('#draw_seed').fill(seed);
    await dialog.getByRole('button', { name: '抽查' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/spot-checks/'));
    const firstCheck = page.url();
    assert.equal((await page.getByTestId('check-seed').innerText()).trim(), seed, 'the seed is recorded to the last digit');
    const items = page.getByTestId('check-items');
    await page.getByText('已核 0 / 2').waitFor();
    const sample = await items.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key')));
    assert.equal(sample.length, 2);

    const first = items.locator(`tr[data-row-key="${sample[0]}"]`);
    await first.getByLabel('核实说明').fill('与会议记录一致');
    await first.getByRole('button', { name: '无误' }).click();
    await first.getByText('核实无误').waitFor();
    await page.getByText('已核 1 / 2').waitFor();
    const second = items.locator(`tr[data-row-key="${sample[1]}"]`);
    await second.getByLabel('核实说明').fill('缺少佐证材料');
    await second.getByRole('button', { name: '有问题' }).click();
    await second.locator('.ant-tag', { hasText: '有问题' }).waitFor();
    await page.getByText('已核 2 / 2').waitFor();
    await screenshot(page, '73-spot-check-desktop');

    await page.getByRole('button', { name: '按此种子重抽' }).click();
    assert.equal(await dialog.locator('#draw_seed').inputValue(), seed);
    await dialog.getByRole('button', { name: '抽查' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/spot-checks/') && url.href !== firstCheck);
    await page.getByText('已核 0 / 2').waitFor();
    const again = await items.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key')));
    assert.deepEqual(again.sort(), [...sample].sort(), 'the same seed draws the same entries');

    await page.getByRole('button', { name: '返回抽查列表' }).click();
    const list = page.getByTestId('spot-checks');
    await list.getByText('已核 2 / 2').waitFor();
    await list.getByText('1 条有问题').waitFor();
    assert.equal(await rowWith(list, seed).count(), 2, 'both checks list the seed whole');
    await screenshot(page, '74-spot-checks-desktop');
  });
});

test('the branch files a finalised quarter; the parent returns it with a comment, the branch files again, the parent accepts', { timeout: 180_000 }, async () => {
  await withPage({ viewport: desktop }, 'oversight-filing', async (page) => {
    await page.goto('/filings?tab=branch');
    await chooseBranch(page);
    const form = page.getByTestId('file-form');
    // The year is not over: the server says which months are not finalised.
    await form.getByText('年度').click();
    await form.getByRole('combobox', { name: '年份' }).click();
    await openList(page).getByTitle(`${filed.year} 年`).click();
    await form.getByRole('button', { name: '上报' }).click();
    await form.getByText(/以下月份尚未定稿/).waitFor();

    await form.getByText('季度', { exact: true }).click();
    await form.getByRole('combobox', { name: '季度' }).click();
    await openList(page).getByTitle(quarterNames[filed.quarter - 1]).click();
    await form.getByRole('button', { name: '上报' }).click();
    const branchList = page.getByTestId('branch-filings');
    await rowWith(branchList, filedLabel).getByText('待审核').waitFor();

    await page.getByRole('tab', { name: '下级上报' }).click();
    const inbox = page.getByTestId('filing-inbox');
    await rowWith(inbox, branchName).getByRole('button', { name: '审核' }).click();
    const drawer = page.getByTestId('filing-drawer');
    await drawer.getByTestId('filing-summary').getByText(people.first).waitFor();
    await drawer.getByRole('button', { name: '退回' }).click();
    await drawer.getByText('退回时请填写意见').waitFor();
    await drawer.getByLabel('意见').fill('请补充第三个月的说明');
    await screenshot(page, '75-filing-decision-desktop');
    await drawer.getByRole('button', { name: '退回' }).click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: '本支部上报' }).click();
    const returned = rowWith(branchList, '请补充第三个月的说明');
    await returned.getByText('已退回').waitFor();
    await returned.getByRole('button', { name: '重新上报' }).click();
    await branchList.locator('tr', { hasText: '待审核' }).waitFor();

    await page.getByRole('tab', { name: '下级上报' }).click();
    await rowWith(inbox, branchName).getByRole('button', { name: '审核' }).click();
    await drawer.getByRole('button', { name: '接收' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '本支部上报' }).click();
    await branchList.locator('tr', { hasText: '已接收' }).waitFor();
    assert.equal(await branchList.locator('tr', { hasText: '已退回' }).count(), 1, 'the returned filing stays listed');
    await screenshot(page, '76-filings-desktop');
  });
});

test('an alert raised by the finalised quarter is followed up with a note', { timeout: 120_000 }, async () => {
  await withPage({ viewport: desktop }, 'oversight-alerts', async (page) => {
    await page.goto('/alerts');
    await chooseBranch(page);
    const alert = page.locator(`[data-testid^="alert-"][data-testid$="-${people.first}"]`).first();
    await alert.getByLabel('跟进情况').fill('书记已与本人谈话，制定改进计划');
    await alert.getByRole('button', { name: '记录跟进' }).click();
    await alert.getByTestId('alert-notes').getByText('书记已与本人谈话，制定改进计划').waitFor();
    await screenshot(page, '77-alerts-desktop', false);
  });
});
