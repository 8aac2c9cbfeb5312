// End-to-end: the scheme library. A committee admin starts the committee's scheme from a preset, makes an item
// mandatory with a range for lower levels in the editor, and publishes it; a branch derives its own scheme
// through the UI, edits the item within the range (saved) and outside it (refused at the field, nothing saved),
// cannot remove the mandatory item, compares with the parent, and downloads the reference table. See support.mjs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  callApi,
  desktop,
  newInstitution,
  phone,
  screenshot,
  sharedBrowser,
  signUpAndIn,
} from './support.mjs';

const stamp = Date.now();
// Offset 404 keeps the mobile number apart from the other files' institutions of the same moment.
const institution = newInstitution('方案库测试', stamp, 404);
const meetingName = '参加“三会一课”';

/** What the first test leaves for the second: the signed-in session and the branch's scheme. */
let signedIn;
let branchSchemeId;
let branchId;

const { withPage } = sharedBrowser();
const text = async (locator) => (await locator.innerText()).trim();

/** The select's open list (Ant Design keeps closed ones in the page, hidden). */
const openList = (page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** In the editor: opens the first section (参加党的活动) unless open, and gives the item P2-MEETING. */
async function meetingItem(page) {
  await page.getByTestId('scheme-editor').waitFor();
  const toggle = page.getByTestId('edit-section-0').getByTestId('section-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const item = page.getByTestId('edit-item-P2-MEETING');
  await item.waitFor();
  return item;
}

/** Waits for a drawer to finish sliding in. */
function drawerOpened(page) {
  return page.waitForFunction(() => {
    const drawer = document.querySelector('.ant-drawer-content-wrapper');
    return drawer !== null && drawer.getBoundingClientRect().right <= window.innerWidth + 0.5 && !drawer.getAnimations().length;
  });
}

/** Saves the draft from the editor's toolbar. */
async function saveDraft(page) {
  await page.getByTestId('editor-toolbar').getByRole('button', { name: '保存草稿' }).click();
}

/** The document of the branch scheme's first version, as stored. */
async function storedMeetingPoints(page, schemeId) {
  const version = await callApi(page, 'GET', `/api/v1/schemes/${schemeId}/versions/1`);
  return version.document.sections[0].items.find((item) => item.code === 'P2-MEETING').rule.points;
}

test(
  'a committee frames a scheme, a branch derives and refines it within the frame, and compares it',
  { timeout: 300_000 },
  async () => {
    await withPage({ viewport: desktop, acceptDownloads: true }, 'scheme-library', async (page, context) => {
      await signUpAndIn(page, institution);
      signedIn = await context.storageState();
      const me = await callApi(page, 'GET', '/api/v1/me');
      const rootId = me.memberships[0].rootOrg.id;

      // The committee's scheme for this year, from preset P2.
      await page.getByRole('menuitem', { name: '积分方案' }).click();
      const library = page.getByTestId('org-schemes');
      await library.getByTestId('applying').waitFor();
      assert.match(await text(library.getByTestId('applying')), /本单位及上级均没有已发布的方案/);
      await library.getByRole('button', { name: '新建方案' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: '方案模板' }).click();
      await openList(page).getByTitle('年度累计积分（从0开始）', { exact: true }).click();
      await dialog.getByRole('button', { name: '建立' }).click();
      await page.getByTestId('scheme-title').waitFor();
      const committeeUrl = page.url();

      // In the editor: 参加“三会一课” becomes mandatory below, with 0.5 to 2 points.
      await page.getByRole('button', { name: '编辑草稿' }).click();
      const meeting = await meetingItem(page);
      await meeting.getByRole('button', { name: '上限、适用对象与下级细化规则' }).click();
      await meeting.getByRole('checkbox', { name: '下级必选' }).check();
      await meeting.getByLabel('下级可调最低分').fill('0.5');
      await meeting.getByLabel('下级可调最高分').fill('2');
      await saveDraft(page);
      await page.waitForURL((url) => url.href.startsWith(committeeUrl) && url.search === '?v=1');
      const frameItem = page.getByTestId('scheme-view').getByTestId('item-P2-MEETING');
      assert.match(await text(frameItem), /必选/);
      assert.match(await text(frameItem), /下级可调 0\.5 至 2 分/);

      await page.getByRole('button', { name: '发布' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
      await page.getByText('第 1 版已发布。').waitFor();
      assert.equal(await text(page.getByTestId('version-1')), '第 1 版 已发布');

      // A branch under the committee (made through the API), chosen in the library's org tree.
      const branch = await callApi(page, 'POST', '/api/v1/orgs', {
        parentId: rootId,
        type: 'BRANCH',
        name: '机关第一党支部',
        domain: 'AGENCY',
      });
      branchId = branch.id;
      await page.getByRole('link', { name: '返回积分方案' }).click();
      await library.getByRole('combobox', { name: '组织' }).click();
      await openList(page).locator('.ant-select-tree-switcher').first().click();
      await openList(page).getByTitle('机关第一党支部（党支部）').click();
      await page.waitForURL((url) => url.searchParams.get('org') === branch.id);
      const inherited = library.getByTestId('applying').filter({ hasText: '适用上级' });
      await inherited.waitFor();
      assert.match(await text(inherited), /适用上级“中共方案库测试\d+委员会”的方案“年度累计积分（从0开始）”（第 1 版）/);

      // Derive the branch's scheme from the committee's.
      await library.getByRole('button', { name: '从上级方案派生' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '派生' }).click();
      await page.getByTestId('scheme-title').waitFor();
      branchSchemeId = new URL(page.url()).pathname.split('/').at(-1);

      // Within the range: saved.
      await page.getByRole('button', { name: '编辑草稿' }).click();
      let item = await meetingItem(page);
      assert.match(await text(item), /上级范围 0\.5 至 2 分/);
      assert.equal(await item.getByRole('button', { name: `删除项目“${meetingName}”` }).isDisabled(), true);
      assert.equal(await item.getByLabel('项目编码').isDisabled(), true);
      await item.getByLabel('分值', { exact: true }).fill('1.5');
      await saveDraft(page);
      await page.getByText('第 1 版草稿已保存。').waitFor();
      await page.getByTestId('scheme-view').waitFor();
      assert.equal(await storedMeetingPoints(page, branchSchemeId), 1.5);

      // Outside the range: the message at the field and in the list, nothing saved.
      await page.getByRole('button', { name: '编辑草稿' }).click();
      item = await meetingItem(page);
      await item.getByLabel('分值', { exact: true }).fill('3');
      // 校验 knows the parent's frame as the save does, and saves nothing.
      const outcome = page.getByTestId('editor-outcome');
      const checked = page.waitForResponse((response) => response.url().endsWith(`/api/v1/schemes/${branchSchemeId}/validate`));
      await page.getByTestId('editor-toolbar').getByRole('button', { name: /校\s*验/ }).click();
      assert.equal((await checked).status(), 400);
      await outcome.getByText(/分值 3 超出上级规定的范围 0\.5 至 2/).waitFor();
      const saved = page.waitForResponse((response) => response.url().endsWith(`/api/v1/schemes/${branchSchemeId}/draft`));
      await saveDraft(page);
      assert.equal((await saved).status(), 400);
      await outcome.waitFor();
      assert.match(await text(outcome), /类别“参加党的活动” › 项目“参加“三会一课”” › 分值：分值 3 超出上级规定的范围 0\.5 至 2/);
      await item.locator('.ant-form-item-explain-error').getByText(/超出上级规定的范围/).waitFor();
      assert.equal(await item.getByLabel('分值', { exact: true }).inputValue(), '3');
      assert.equal(await storedMeetingPoints(page, branchSchemeId), 1.5);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, '42-scheme-editor-error-desktop', false);
      // From the list of problems to the field.
      await outcome.getByRole('link').first().click();
      await page.waitForFunction(() => document.activeElement?.id === 'scheme_sections_0_items_0_rule_points');
      await screenshot(page, '42-scheme-editor-error-field-desktop', false);

      // The mandatory item cannot go (its button is disabled, with the reason on hover).
      await item.getByRole('button', { name: `删除项目“${meetingName}”` }).hover({ force: true });
      await page.getByText('上级规定的必选项目，不能删除').waitFor();

      // The diff against the parent: the points changed, in words.
      await page.getByTestId('editor-toolbar').getByRole('button', { name: '返回' }).click();
      await page.getByRole('button', { name: '与上级方案对比' }).click();
      const diff = page.getByTestId('scheme-diff');
      await diff.waitFor();
      const rows = await diff.getByTestId('diff-row').allInnerTexts();
      assert.ok(
        rows.some((row) => /修改\s*项目“参加“三会一课”” · 分值\s*1 → 1\.5/.test(row)),
        `the diff shows the changed points: ${rows.join(' | ')}`,
      );
      await drawerOpened(page);
      await screenshot(page, '43-scheme-diff-desktop', false);
      await page.keyboard.press('Escape');

      // The reference table 党员量化积分制考核参考标准, an xlsx (a zip).
      await page.getByRole('button', { name: '下载' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: '参考标准（Excel）' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^党员量化积分制考核参考标准-.*\.xlsx$/);
      const bytes = await readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);

      // The library: the branch's own derived draft, the committee's scheme applying.
      await page.getByRole('link', { name: '返回积分方案' }).click();
      await page.goto(`/schemes?org=${branch.id}`);
      await library.getByTestId('own-scheme-annual-from-zero').waitFor();
      assert.match(await text(library.getByTestId('own-scheme-annual-from-zero')), /派生自上级方案[\s\S]*第 1 版 草稿/);
      await screenshot(page, '41-scheme-library-desktop');
    });
  },
);

test('the library, the editor with a problem, and the diff fit a phone', { timeout: 180_000 }, async () => {
  assert.ok(signedIn && branchSchemeId, 'needs the schemes made by the previous test');
  await withPage(
    { viewport: phone, isMobile: true, hasTouch: true, storageState: signedIn },
    'scheme-library-phone',
    async (page) => {
      const fits = async (what) => {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= phone.width, `${what} is ${width}px wide on a ${phone.width}px screen`);
      };

      await page.goto(`/schemes?org=${branchId}`);
      await page.getByTestId('own-scheme-annual-from-zero').waitFor();
      await fits('the library');
      await screenshot(page, '44-scheme-library-phone');

      await page.goto(`/schemes/${branchSchemeId}/edit`);
      const item = await meetingItem(page);
      await item.getByLabel('分值', { exact: true }).fill('0.25');
      await saveDraft(page);
      await page.getByTestId('editor-outcome').waitFor();
      await item.locator('.ant-form-item-explain-error').getByText(/超出上级规定的范围/).waitFor();
      await fits('the editor');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, '45-scheme-editor-error-phone', false);
      await page.getByTestId('problem-list').getByRole('link').first().click();
      // The link scrolls to the field and focuses it: wait until it has focus and the scrolling has brought it into view.
      const points = await item.getByLabel('分值', { exact: true }).elementHandle();
      await page.waitForFunction((field) => {
        const box = field.getBoundingClientRect();
        return document.activeElement === field && box.top >= 0 && box.bottom <= window.innerHeight;
      }, points);
      await screenshot(page, '45-scheme-editor-error-field-phone', false);

      await page.goto(`/schemes/${branchSchemeId}`);
      await page.getByRole('button', { name: '与上级方案对比' }).click();
      await page.getByTestId('scheme-diff').waitFor();
      await drawerOpened(page);
      await fits('the diff');
      await screenshot(page, '46-scheme-diff-phone', false);
    },
  );
});
