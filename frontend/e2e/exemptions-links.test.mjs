// End-to-end: an exemption from points management taken through every step, with its approval form; and two
// institutions linking, the upper one seeing the lower tree's counts but no names. See support.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  callApi,
  chinaDate,
  desktop,
  newInstitution,
  phone,
  screenshot,
  sharedBrowser,
  signUpAndIn,
} from './support.mjs';

const stamp = Date.now();
// Offsets keep the mobile numbers apart from the other test file's institution of the same moment.
const upper = newInstitution('县委组织部测试', stamp, 101);
const lower = newInstitution('镇党委测试', stamp, 202);
const secretMember = `保密姓名${String(stamp).slice(-4)}`;

let upperState;

const { withPage } = sharedBrowser();

/** A branch under the signed-in tenant's root, with members of the given names and statuses. */
async function branchWithMembers(page, branchName, members) {
  const [root] = await callApi(page, 'GET', '/api/v1/orgs');
  const branch = await callApi(page, 'POST', '/api/v1/orgs', { parentId: root.id, type: 'BRANCH', name: branchName });
  for (const [name, status] of members) {
    await callApi(page, 'POST', '/api/v1/members', {
      branchId: branch.id,
      details: { name, status, postType: 'IN_OFFICE', leaderCadre: false, ...(status === 'ACTIVIST' ? {} : { joinedOn: '2012-07-01' }) },
    });
  }
  return branch;
}

test('an exemption goes through review, meeting, publicity and upper approval, and its form downloads', { timeout: 180_000 }, async () => {
  await withPage({ viewport: desktop, acceptDownloads: true }, 'exemption', async (page, context) => {
    await signUpAndIn(page, upper);
    await branchWithMembers(page, '离退休党支部', [['王老党员', 'FULL'], ['李党员', 'FULL']]);
    upperState = await context.storageState();

    await page.getByRole('menuitem', { name: '不参加积分管理' }).click();
    await page.waitForURL((url) => url.pathname === '/exemptions');
    await page.getByRole('button', { name: '新建申请' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('#applyExemption_memberId').fill('王老党员');
    await page.locator('.ant-select-item-option', { hasText: '王老党员' }).click();
    await dialog.locator('#applyExemption_reason').click();
    await page.getByTitle('年老体弱、长期患病，无法参加活动', { exact: true }).click();
    await dialog.locator('#applyExemption_details').fill('年逾八旬，长期卧床。');
    await dialog.locator('#applyExemption_effectiveFrom').fill(chinaDate(-20));
    await dialog.locator('#applyExemption_effectiveTo').fill(chinaDate(345));
    await dialog.locator('#applyExemption_upperApprovalRequired').click();
    await dialog.locator('#applyExemption_appliedOn').fill(chinaDate(-20));
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await dialog.waitFor({ state: 'detached' });

    const drawer = page.getByTestId('exemption-drawer');
    await drawer.getByText('待支委会审核').first().waitFor();
    const actions = drawer.getByTestId('exemption-actions');
    const step = async (action, fill) => {
      await actions.getByRole('button', { name: action, exact: true }).click();
      const modal = page.locator('.ant-modal').filter({ hasText: action });
      await modal.waitFor();
      await fill?.(modal);
      await modal.locator('.ant-modal-footer button.ant-btn-primary').click();
      await modal.waitFor({ state: 'detached' });
    };
    await step('支委会审核', async (modal) => {
      await modal.locator('#exemptionStep_decidedOn').fill(chinaDate(-18));
      await modal.locator('#exemptionStep_note').fill('情况属实，同意提交党员大会。');
    });
    await step('党员大会审议', (modal) => modal.locator('#exemptionStep_decidedOn').fill(chinaDate(-15)));
    await step('开始公示', async (modal) => {
      await modal.locator('#exemptionStep_startsOn').fill(chinaDate(-10));
      await modal.locator('#exemptionStep_days').fill('5');
    });
    await step('结束公示');
    assert.deepEqual(await actions.locator('button').allInnerTexts(), ['上级党组织审批', '撤回申请']);
    await step('上级党组织审批', (modal) => modal.locator('#exemptionStep_decidedOn').fill(chinaDate(0)));
    await drawer.getByText('已批准').first().waitFor();
    for (const done of ['支委会审核', '党员大会审议', '上级党组织审批']) {
      await drawer.getByText(done, { exact: true }).first().waitFor();
    }
    await screenshot(page, '21-exemption-approved-desktop');

    for (const [label, magic] of [['PDF', '%PDF-'], ['Excel', 'PK']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: label }).click()]);
      assert.match(download.suggestedFilename(), /^不参加积分管理党员审批表-王老党员\.(pdf|xlsx)$/);
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      assert.equal(Buffer.concat(chunks).subarray(0, magic.length).toString('latin1'), magic);
    }

    await page.goto('/audit');
    await page.getByTestId('audit-table').getByText('申请不参加积分管理').first().waitFor();
  });
});

test('a lower institution links under the upper one, which then sees its counts but no names', { timeout: 180_000 }, async () => {
  assert.ok(upperState, 'needs the upper institution signed up by the previous test');
  await withPage({ viewport: desktop, storageState: upperState }, 'links-upper', async (upperPage) => {
    await upperPage.goto('/links');
    const invitations = upperPage.getByTestId('link-invitations');
    await invitations.getByRole('button', { name: '发放邀请码' }).click();
    await upperPage.getByRole('dialog').getByRole('button', { name: '发放', exact: true }).click();
    const issued = upperPage.getByTestId('issued-code');
    const code = (await issued.innerText()).trim();
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await upperPage.getByRole('button', { name: '我已记下' }).click();
    await issued.waitFor({ state: 'detached' });
    assert.equal(await upperPage.getByText(code).count(), 0, 'the code is shown once');

    await withPage({ viewport: phone, isMobile: true, hasTouch: true }, 'links-lower', async (lowerPage) => {
      await signUpAndIn(lowerPage, lower);
      await branchWithMembers(lowerPage, '村党支部', [[secretMember, 'FULL'], ['村民党员', 'FULL'], ['预备党员甲', 'PROBATIONARY']]);
      await lowerPage.goto('/links');
      await lowerPage.locator('#requestLink_code').fill(code.toLowerCase());
      await lowerPage.getByRole('button', { name: '提交申请' }).click();
      await lowerPage.getByText('申请已提交，等待上级党组织审核。').waitFor();
      const width = await lowerPage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= phone.width, `links page is ${width}px wide on a ${phone.width}px screen`);
      await screenshot(lowerPage, '22-link-requested-phone');
    });

    await upperPage.reload();
    const lowerLinks = upperPage.getByTestId('lower-links');
    await lowerLinks.getByText(lower.name, { exact: true }).waitFor();
    await lowerLinks.getByRole('button', { name: '同意' }).click();
    await upperPage.getByRole('dialog').getByRole('button', { name: '同意' }).click();
    await upperPage.getByText('已同意关联').waitFor();
    await lowerLinks.getByRole('button', { name: '查看组织' }).click();
    const tree = upperPage.getByTestId('linked-tree');
    await tree.getByText('村党支部').waitFor();
    assert.match(await tree.locator('.ant-tree-treenode', { hasText: lower.rootOrgName }).innerText(), /正式 2 · 预备 1 · 积极分子 0 · 合计 3/);
    assert.equal(await upperPage.getByText(secretMember).count(), 0, 'no member’s name crosses the link');
    const treeAnswer = await upperPage.evaluate(async () => {
      const [link] = await (await fetch('/api/v1/links')).json();
      return (await fetch(`/api/v1/links/${link.id}/tree`)).text();
    });
    assert.ok(!treeAnswer.includes(secretMember), 'nor does the API answer carry it');
    await screenshot(upperPage, '23-linked-tree-desktop', false);
  });
});
