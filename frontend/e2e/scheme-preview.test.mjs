// End-to-end: the preset schemes' worked examples (presets.md P1-a, P2-a) entered through the calculator (试算)
// on the 积分方案 page, the numbers read from the page. See support.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  desktop,
  newInstitution,
  phone,
  screenshot,
  sharedBrowser,
  signUpAndIn,
} from './support.mjs';

const stamp = Date.now();
// Offset 303 keeps the mobile number apart from the other files' institutions of the same moment.
const institution = newInstitution('积分试算测试', stamp, 303);

let signedIn;

const { withPage } = sharedBrowser();

/** The select's open list (Ant Design keeps closed ones in the page, hidden). */
const openList = (page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

function listsClosed(page) {
  return page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
}

/** Chooses `months` (1–12) on a month picker's grid: 清空 first, then each month; the grid is closed again after. */
async function chooseMonths(page, combobox, months) {
  await combobox.click();
  const list = openList(page);
  await list.getByRole('button', { name: '清空' }).click();
  if (months.length === 12) {
    await list.getByRole('button', { name: '全年' }).click();
  } else {
    for (const month of months) await list.getByRole('button', { name: `${month}月`, exact: true }).click();
  }
  await list.getByRole('button', { name: '完成' }).click();
  await listsClosed(page);
}

/** Fills calculator row `n`: its item (searched by `search`, picked by its full name), months, and the rule's value. */
async function fillRow(page, n, { search, item, months, count, points, level, achievement }) {
  const row = page.getByTestId(`entry-row-${n}`);
  await row.getByRole('combobox', { name: `第 ${n} 行：项目` }).click();
  await page.keyboard.type(search);
  await openList(page).getByTitle(item, { exact: true }).click();
  if (months) await chooseMonths(page, row.getByRole('combobox', { name: `第 ${n} 行：月份` }), months);
  if (count !== undefined) await row.getByRole('spinbutton', { name: `第 ${n} 行：次数` }).fill(String(count));
  if (points !== undefined) await row.getByRole('spinbutton', { name: `第 ${n} 行：分值` }).fill(String(points));
  if (level !== undefined) {
    await row.getByRole('combobox', { name: `第 ${n} 行：级别` }).click();
    await openList(page).getByText(level, { exact: false }).first().click();
  }
  if (achievement !== undefined) await row.getByRole('textbox', { name: `第 ${n} 行：成果名称` }).fill(achievement);
}

/** From the side menu (in its drawer on a phone) to a preset's calculator, for the year 2025. */
async function openCalculator(page, presetCode, { onPhone = false } = {}) {
  if (onPhone) await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('menuitem', { name: '积分方案' }).click();
  await page.waitForURL((url) => url.pathname === '/schemes');
  await page.getByTestId(`preset-${presetCode}`).getByRole('button', { name: '试算' }).click();
  await page.getByTestId('preview-calculator').waitFor();
  await page.getByRole('spinbutton', { name: '年度' }).fill('2025');
}

const text = async (locator) => (await locator.innerText()).trim();

test(
  'P1-a: monthly-100 scored through the calculator gives quarters 92/76/92/92, year 88, annual 90.00 优秀',
  { timeout: 240_000 },
  async () => {
    await withPage({ viewport: desktop }, 'scheme-p1a', async (page, context) => {
      await signUpAndIn(page, institution);
      signedIn = await context.storageState();

      // The preset, read-only: rules in words, the composition, the grades.
      await page.getByRole('menuitem', { name: '积分方案' }).click();
      await page.getByTestId('preset-monthly-100').getByRole('button', { name: '查看方案' }).click();
      const view = page.getByTestId('scheme-view');
      await view.waitFor();
      assert.equal(await text(view.getByTestId('scheme-composition')), '0.8 × 年度考核积分 + 0.2 × 民主评议');
      assert.equal(await text(view.getByTestId('item-P1-ROLE').getByTestId('item-rule')), '酌情 0 至 20 分');
      assert.match(await text(view.getByTestId('section-STUDY').getByTestId('section-limits')), /每月最高 20 分/);
      await screenshot(page, '31-scheme-p1-desktop');

      await page.getByRole('tab', { name: '试算' }).click();
      await page.getByTestId('preview-calculator').waitFor();
      await page.getByRole('spinbutton', { name: '年度' }).fill('2025');

      // Every month, the 16 fixed items of 理论学习, 服务群众, 工作创新, 工作清单完成情况: one batch, whole sections.
      await page.getByRole('button', { name: '批量添加' }).click();
      const batch = page.getByRole('dialog', { name: '批量添加' });
      for (const section of ['STUDY', 'SERVE', 'INNOVATE', 'TASKS']) {
        await batch.getByTestId(`batch-section-${section}`).getByRole('checkbox').first().check();
      }
      await batch.getByRole('combobox', { name: '月份' }).click();
      await openList(page).getByRole('button', { name: '全年' }).click();
      await batch.getByText('勾选项目').click(); // closes the month list, not the dialog
      await batch.getByRole('button', { name: '添加 16 行' }).click();
      await batch.waitFor({ state: 'detached' });
      await page.getByTestId('entry-row-16').waitFor();

      // 党员作用发挥 20 and 县级表彰 in every month but Apr, May, Jun; May 6, Jun 12.
      const allButQ2 = [1, 2, 3, 7, 8, 9, 10, 11, 12];
      await page.getByRole('button', { name: '添加一行' }).click();
      await fillRow(page, 17, {
        search: '党员作用发挥',
        item: '党员作用发挥（支委会评定）',
        months: allButQ2,
        points: 20,
      });
      await page.getByRole('button', { name: '复制第 17 行' }).click();
      await fillRow(page, 18, { search: '县级表彰', item: '获得县级表彰、表扬' });
      assert.equal(await text(page.getByTestId('entry-row-18').getByTestId('fixed-points')), '2 分');
      await page.getByRole('button', { name: '添加一行' }).click();
      await fillRow(page, 19, { search: '作用发挥', item: '党员作用发挥（支委会评定）', months: [5], points: 6 });
      await page.getByRole('button', { name: '添加一行' }).click();
      await fillRow(page, 20, { search: '作用发挥', item: '党员作用发挥（支委会评定）', months: [6], points: 12 });
      assert.equal(await text(page.getByTestId('entry-count')), '20 行，共 212 条记录');

      await page.getByRole('spinbutton', { name: '好' }).fill('18');
      await page.getByRole('spinbutton', { name: '一般' }).fill('2');
      await page.getByRole('spinbutton', { name: '差' }).fill('0');
      await page.getByRole('button', { name: '计算' }).click();

      const result = page.getByTestId('preview-result');
      await result.waitFor();
      assert.equal(await text(result.getByTestId('preview-annual')), '90.00');
      assert.equal(await text(result.getByTestId('preview-grade')), '优秀');
      assert.equal(await text(result.getByTestId('preview-year-score')), '88.00');
      assert.equal(await text(result.getByTestId('preview-evaluation')), '98.00');
      const quarters = await result.getByTestId('preview-quarter').allInnerTexts();
      assert.deepEqual(
        quarters.map((quarter) => quarter.replace(/\s+/g, ' ').trim()),
        ['第一季度 92.00', '第二季度 76.00', '第三季度 92.00', '第四季度 92.00'],
      );
      const months = await result.getByTestId('preview-months').locator('title').allTextContents();
      assert.deepEqual(months, [
        '1月 92',
        '2月 92',
        '3月 92',
        '4月 70',
        '5月 76',
        '6月 82',
        '7月 92',
        '8月 92',
        '9月 92',
        '10月 92',
        '11月 92',
        '12月 92',
      ]);
      await screenshot(page, '32-preview-p1a-desktop');
    });
  },
);

test(
  'P2-a: annual-from-zero on a phone gives 103.00 优秀, with the caps’ cuts and the lower award dropped',
  { timeout: 240_000 },
  async () => {
    assert.ok(signedIn, 'needs the institution signed up by the previous test');
    await withPage(
      { viewport: phone, isMobile: true, hasTouch: true, storageState: signedIn },
      'scheme-p2a',
      async (page) => {
        await page.goto('/');
        await openCalculator(page, 'annual-from-zero', { onPhone: true });

        const rows = [
          { search: '三会一课', item: '参加“三会一课”', months: [3], count: 45 },
          { search: '心得体会', item: '撰写心得体会', months: [3], count: 6 },
          { search: '组织生活会', item: '参加民主生活会、组织生活会', months: [3], count: 2 },
          { search: '考核优秀', item: '年度考核优秀', months: [12] },
          { search: '志愿服务', item: '参加志愿服务', months: [7], count: 12 },
          {
            search: '表彰',
            item: '受到表彰（同一表彰不同级别以最高级别计）',
            months: [5],
            level: '市级（省直部门）',
            achievement: '先进个人',
          },
          {
            search: '表彰',
            item: '受到表彰（同一表彰不同级别以最高级别计）',
            months: [6],
            level: '省级以上',
            achievement: '先进个人',
          },
          { search: '缺席', item: '未经同意缺席组织活动', months: [3], count: 2 },
        ];
        for (const [index, row] of rows.entries()) {
          if (index > 0) await page.getByRole('button', { name: '添加一行' }).click();
          await fillRow(page, index + 1, row);
        }
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= phone.width, `the calculator is ${width}px wide on a ${phone.width}px screen`);
        await screenshot(page, '33-preview-p2a-entries-phone');

        await page.getByRole('button', { name: '计算' }).click();
        const result = page.getByTestId('preview-result');
        await result.waitFor();
        assert.equal(await text(result.getByTestId('preview-annual')), '103.00');
        assert.equal(await text(result.getByTestId('preview-grade')), '优秀');

        const tree = result.getByTestId('explanation');
        const node = (kind, hasText) => tree.locator(`[data-kind=${kind}]`, { hasText });
        assert.equal(await text(node('SECTION_CAP', '参加党的活动').getByTestId('explanation-points')), '−3');
        assert.equal(await text(node('SECTION_CAP', '参加社会实践').getByTestId('explanation-points')), '−2');
        const dropped = node('HIGHEST_ONLY_DROP', '市级（省直部门）');
        assert.match(await text(dropped), /先进个人/);
        assert.equal(await text(dropped.getByTestId('explanation-points')), '+3');
        assert.equal(await node('ENTRY', '省级以上').count(), 1);
        const after = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(after <= phone.width, `the result is ${after}px wide on a ${phone.width}px screen`);
        await screenshot(page, '34-preview-p2a-result-phone');
      },
    );
  },
);
