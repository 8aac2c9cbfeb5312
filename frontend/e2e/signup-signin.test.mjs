// End-to-end: the built SPA (vite preview) in front of a running backend, driven through Debian's
// Chromium. Run with E2E_BASE_URL pointing at the preview server, e.g.
//   npm run build && npx vite preview --port 4173 &  E2E_BASE_URL=http://localhost:4173 npm run e2e
import assert from 'node:assert/strict';
import { test } from 'node:test';
import writeExcelFile from 'write-excel-file/node';
import { artifactsDir, newInstitution, phone, screenshot, sharedBrowser, signUpAndIn } from './support.mjs';

// Unique per run, so the test can run again against the same database.
const stamp = Date.now();
const institution = newInstitution('先锋测试机构', stamp);

/** Cookies of the session signed in by the first test, reused by the second. */
let signedInState;

const { withPage } = sharedBrowser();

test('an institution signs up, signs in on the backend and sees its dashboard', { timeout: 120_000 }, async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, 'signup-signin', async (page, context) => {
    await signUpAndIn(page, institution, {
      onFilled: () => screenshot(page, '01-signup-filled'),
      onCreated: () => screenshot(page, '02-signup-success'),
    });
    await page.getByTestId('tenant-card').getByText(institution.name).waitFor();
    await page.getByTestId('root-org-card').getByText(institution.rootOrgName).waitFor();
    await page.getByTestId('roles-card').getByText('党委管理员').waitFor();
    await screenshot(page, '04-dashboard-desktop');

    signedInState = await context.storageState();
  });
});

const orgs = {
  generalBranch: '机关党总支',
  firstBranch: '第一党支部',
  secondBranch: '第二党支部',
  group: '第一党小组',
};

function orgTree(page) {
  return page.getByTestId('org-tree');
}

function treeNode(page, name) {
  return orgTree(page).locator('.ant-tree-treenode', { has: page.getByText(name, { exact: true }) });
}

/** Selects a node in the tree and waits for its detail panel. */
async function selectOrg(page, name) {
  await orgTree(page).getByText(name, { exact: true }).click();
  await page.getByTestId('org-detail').getByText(name, { exact: true }).waitFor();
}

/** Creates a child of the selected node through the modal; the new node then shows in the tree. */
async function createChild(page, { type, name }) {
  await page.getByRole('button', { name: '新建下级组织' }).click();
  const dialog = page.getByRole('dialog');
  if (type) {
    await dialog.getByRole('combobox', { name: '组织类型' }).click();
    await page.getByTitle(type, { exact: true }).click();
  }
  await dialog.locator('#createOrg_name').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await orgTree(page).getByText(name, { exact: true }).waitFor();
}

/** How deep a node sits in the rendered tree (0 for a top node). */
function depthOf(page, name) {
  return treeNode(page, name).locator('.ant-tree-indent-unit').count();
}

test('the admin builds the org tree, moves a branch and sees it in the audit log', { timeout: 180_000 }, async () => {
  assert.ok(signedInState, 'needs the session signed in by the first test');
  await withPage({ viewport: { width: 1280, height: 800 }, storageState: signedInState }, 'org-tree', async (page) => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await page.waitForURL((url) => url.pathname === '/orgs');

    await selectOrg(page, institution.rootOrgName);
    await createChild(page, { type: '党总支', name: orgs.generalBranch });
    await selectOrg(page, orgs.generalBranch);
    await createChild(page, { name: orgs.firstBranch }); // 党支部 is the only choice under a 党总支
    await selectOrg(page, orgs.generalBranch);
    await createChild(page, { name: orgs.secondBranch });
    await selectOrg(page, orgs.firstBranch);
    await createChild(page, { name: orgs.group });
    assert.equal(await depthOf(page, orgs.secondBranch), 2);
    assert.equal(await depthOf(page, orgs.group), 3);

    await selectOrg(page, orgs.secondBranch);
    await page.getByRole('button', { name: '移动' }).click();
    const moveDialog = page.getByRole('dialog');
    await moveDialog.getByRole('combobox').click();
    await page.getByTitle(`${institution.rootOrgName}（党委）`, { exact: true }).click();
    await moveDialog.getByRole('button', { name: '下一步' }).click();
    await page
      .getByText(`将「${orgs.secondBranch}」及其全部下级组织移动到「${institution.rootOrgName}」之下？`)
      .filter({ visible: true })
      .waitFor();
    await page.getByRole('button', { name: '确认移动' }).click();
    await page.getByText('组织已移动').waitFor();

    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('[data-testid=org-tree] .ant-tree-treenode')].some(
          (node) => node.textContent.includes(name) && node.querySelectorAll('.ant-tree-indent-unit').length === 1,
        ),
      orgs.secondBranch,
    );
    assert.equal(await depthOf(page, orgs.generalBranch), 1);
    assert.equal(await depthOf(page, orgs.firstBranch), 2);
    assert.equal(await depthOf(page, orgs.group), 3);
    const rootChildren = await page.evaluate(async () => {
      const [root] = await (await fetch('/api/v1/orgs')).json();
      const children = await (await fetch(`/api/v1/orgs?parentId=${root.id}`)).json();
      return children.map((child) => child.name).sort();
    });
    assert.deepEqual(rootChildren, [orgs.secondBranch, orgs.generalBranch].sort());
    await screenshot(page, '07-org-tree-desktop');

    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    const table = page.getByTestId('audit-table');
    const moveRow = table.locator('tr', { hasText: '移动组织' });
    await moveRow.getByText(orgs.secondBranch, { exact: true }).waitFor();
    for (const name of Object.values(orgs)) {
      assert.equal(await table.locator('tr', { hasText: '新建组织' }).getByText(name, { exact: true }).count(), 1);
    }
    await moveRow.getByRole('button').first().click();
    await table.getByTestId('audit-changes').getByText('上级组织:').waitFor();
    await table.getByTestId('audit-changes').getByText(institution.rootOrgName).waitFor();
    await screenshot(page, '09-audit-desktop');
  });
});

test('on a phone the org tree and the audit log fit the screen', { timeout: 120_000 }, async () => {
  assert.ok(signedInState, 'needs the session signed in by the first test');
  await withPage(
    { viewport: phone, isMobile: true, hasTouch: true, storageState: signedInState },
    'org-tree-phone',
    async (page) => {
      await page.goto('/orgs');
      await treeNode(page, institution.rootOrgName).locator('.ant-tree-switcher').click();
      await treeNode(page, orgs.generalBranch).locator('.ant-tree-switcher').click();
      await treeNode(page, orgs.firstBranch).locator('.ant-tree-switcher').click();
      await orgTree(page).getByText(orgs.group, { exact: true }).waitFor();
      await selectOrg(page, orgs.firstBranch);
      let scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= phone.width, `org tree page is ${scrollWidth}px wide on a ${phone.width}px screen`);
      await screenshot(page, '08-org-tree-phone');

      await page.goto('/audit');
      await page.getByTestId('audit-list').getByText('移动组织').waitFor();
      scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= phone.width, `audit log is ${scrollWidth}px wide on a ${phone.width}px screen`);
      await screenshot(page, '10-audit-phone');
    },
  );
});

// Members: 100 in each branch of the tree above (the first branch's in its group), all with e-mails.
const memberCount = 200;
const memberName = (index) => `党员${String(index).padStart(3, '0')}`;
const memberEmail = (index) => `m${index}-${stamp}@example.com`;
const memberPassword = `Member-${stamp}`;
const secondGroup = '第二党小组';
/** The secretary's session, for the phone check after the desktop one. */
let secretaryState;

/** The import template's columns, filled in for `memberCount` members. */
async function writeMembersFile(path) {
  const header = ['姓名', '性别', '党员类别', '在岗情况', '党员领导干部', '入党日期', '所在党支部', '党小组', '手机号码', '电子邮箱'];
  const rows = Array.from({ length: memberCount }, (_, offset) => {
    const index = offset + 1;
    const inFirstBranch = index <= memberCount / 2;
    return [
      memberName(index),
      index % 2 === 0 ? '女' : '男',
      index % 10 === 0 ? '预备党员' : '正式党员',
      '在职',
      index % 25 === 0 ? '是' : '否',
      '2015-07-01',
      inFirstBranch ? orgs.firstBranch : orgs.secondBranch,
      inFirstBranch ? orgs.group : secondGroup,
      `18${String(stamp).slice(-6)}${String(index).padStart(3, '0')}`,
      memberEmail(index),
    ];
  });
  await writeExcelFile([header, ...rows]).toFile(path);
}

function pageWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Appoints a member at the selected org; returns the activation link when the member had no account. */
async function appoint(page, { member, role }) {
  await page.getByTestId('org-roles').getByRole('button', { name: '任命' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('党员').fill(member);
  await page.locator('.ant-select-item-option', { hasText: member }).click();
  await dialog.getByLabel('职务').click();
  await page.getByTitle(role, { exact: true }).click();
  await dialog.getByRole('button', { name: '任命' }).click();
  await page.getByTestId('org-roles').locator('.ant-list-item', { hasText: member }).getByText(role).waitFor();
  const link = page.getByTestId('invitation-link');
  await link.waitFor();
  const url = await link.inputValue();
  await screenshot(page, `13-invitation-link-${role}`);
  await page.getByRole('button', { name: '我已保存' }).click();
  await link.waitFor({ state: 'detached' });
  return url;
}

test('the admin imports 200 members and appoints a secretary, who then sees only their branch', { timeout: 300_000 }, async () => {
  assert.ok(signedInState, 'needs the session signed in by the first test');
  let secretaryLink;
  await withPage({ viewport: { width: 1280, height: 800 }, storageState: signedInState }, 'members-import', async (page) => {
    await page.goto('/orgs');
    await treeNode(page, institution.rootOrgName).locator('.ant-tree-switcher').click();
    await selectOrg(page, orgs.secondBranch);
    await createChild(page, { name: secondGroup });

    const file = `${artifactsDir}members-${memberCount}.xlsx`;
    await writeMembersFile(file);
    await page.getByRole('menuitem', { name: '党员管理' }).click();
    await page.waitForURL((url) => url.pathname === '/members');
    await page.getByRole('button', { name: '导入党员' }).click();
    const wizard = page.getByRole('dialog');
    await wizard.getByRole('button', { name: '下一步' }).click();
    await wizard.locator('input[type=file]').setInputFiles(file);
    await wizard.getByText(`members-${memberCount}.xlsx`).waitFor();
    await wizard.getByRole('button', { name: '开始导入' }).click();
    await wizard.getByText(`已导入 ${memberCount} 名党员`).waitFor({ timeout: 60_000 });
    await screenshot(page, '11-import-done-desktop');
    await wizard.getByRole('button', { name: '完成' }).click();
    await page.getByTestId('member-table').getByText(`共 ${memberCount} 名党员`).waitFor();
    await screenshot(page, '12-members-desktop');

    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await treeNode(page, institution.rootOrgName).locator('.ant-tree-switcher').click();
    await treeNode(page, orgs.generalBranch).locator('.ant-tree-switcher').click();
    await selectOrg(page, orgs.firstBranch);
    secretaryLink = await appoint(page, { member: memberName(1), role: '书记' });
    await appoint(page, { member: memberName(2), role: '记分员（组织委员）' });
    await screenshot(page, '14-branch-roles-desktop');
  });
  assert.match(secretaryLink, /^http:\/\/[^/]+\/activate\?token=/);

  await withPage({ viewport: { width: 1280, height: 800 } }, 'secretary-activation', async (page, context) => {
    await page.goto(secretaryLink);
    await page.locator('input[name=password]').fill(memberPassword);
    await page.locator('input[name=confirmation]').fill(memberPassword);
    await screenshot(page, '15-activation');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/login');

    await page.goto('/signin');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.locator('input[name=username]').fill(memberEmail(1));
    await page.locator('input[name=password]').fill(memberPassword);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('roles-card').getByText('书记').waitFor();

    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await orgTree(page).getByText(orgs.firstBranch, { exact: true }).waitFor();
    for (const outside of [institution.rootOrgName, orgs.generalBranch, orgs.secondBranch]) {
      assert.equal(await orgTree(page).getByText(outside, { exact: true }).count(), 0, `${outside} is out of reach`);
    }
    await screenshot(page, '16-secretary-orgs-desktop');

    await page.getByRole('menuitem', { name: '党员管理' }).click();
    const table = page.getByTestId('member-table');
    await table.getByText(`共 ${memberCount / 2} 名党员`).waitFor();
    await table.getByText(memberName(1), { exact: true }).waitFor();
    assert.equal(await table.getByText(orgs.secondBranch).count(), 0);
    const outside = await page.evaluate(async (name) => {
      const answer = await (await fetch(`/api/v1/members?q=${encodeURIComponent(name)}`)).json();
      return answer.total;
    }, memberName(memberCount));
    assert.equal(outside, 0, 'a member of the other branch is out of the secretary’s reach');
    await screenshot(page, '17-secretary-members-desktop');
    secretaryState = await context.storageState();
  });
});

test('on a phone the member list and the import wizard fit the screen', { timeout: 120_000 }, async () => {
  assert.ok(secretaryState, 'needs the secretary signed in by the previous test');
  await withPage(
    { viewport: phone, isMobile: true, hasTouch: true, storageState: secretaryState },
    'members-phone',
    async (page) => {
      await page.goto('/members');
      await page.getByTestId('member-list').getByText(memberName(1), { exact: true }).waitFor();
      let width = await pageWidth(page);
      assert.ok(width <= phone.width, `member list is ${width}px wide on a ${phone.width}px screen`);
      await screenshot(page, '18-secretary-members-phone');

      await page.getByTestId('member-list').getByText(memberName(1), { exact: true }).click();
      await page.getByTestId('member-drawer').getByText('组织关系转接记录').waitFor();
      await screenshot(page, '19-member-drawer-phone');
      await page.getByTestId('member-drawer').getByRole('button', { name: /close|关闭/i }).click();

      await page.getByRole('button', { name: '导入党员' }).click();
      await page.getByRole('dialog').getByText('下载模板').first().waitFor();
      width = await pageWidth(page);
      assert.ok(width <= phone.width, `import wizard is ${width}px wide on a ${phone.width}px screen`);
      await screenshot(page, '20-import-wizard-phone');
    },
  );
});

test('on a phone the dashboard fits the screen, and signing out ends the session', { timeout: 120_000 }, async () => {
  assert.ok(signedInState, 'needs the session signed in by the previous test');
  await withPage(
    { viewport: phone, isMobile: true, hasTouch: true, storageState: signedInState },
    'phone-sign-out',
    async (page) => {
      await page.goto('/');
      await page.getByTestId('roles-card').getByText('党委管理员').waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= phone.width, `page is ${scrollWidth}px wide on a ${phone.width}px screen`);
      await screenshot(page, '05-dashboard-phone');

      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.waitForURL((url) => url.pathname === '/signin');
      await page.getByRole('button', { name: '登录', exact: true }).waitFor();
      await screenshot(page, '06-signed-out');

      const meStatus = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
      assert.equal(meStatus, 401);
    },
  );
});

test('someone already registered is pointed to 新建机构, adds a second institution there and switches between the two', { timeout: 120_000 }, async () => {
  const first = newInstitution('两个机构测试', stamp, 707);
  await withPage({ viewport: phone, isMobile: true, hasTouch: true }, 'second-institution', async (page) => {
    await signUpAndIn(page, first);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '新建机构' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#newInstitution_institutionName').fill(`${first.name}乙`);
    await dialog.getByText('党总支', { exact: true }).click();
    await dialog.locator('#newInstitution_rootOrgName').fill(`${first.name}机关党总支`);
    await screenshot(page, '07-new-institution-phone');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByText(`“${first.name}乙”已创建，已切换到该机构。`).waitFor();
    await page.getByTestId('tenant-card').getByText(`${first.name}乙`).waitFor();
    await page.getByTestId('root-org-card').getByText('党总支', { exact: true }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= phone.width, `page is ${width}px wide on a ${phone.width}px screen`);

    // On a phone the switcher is in the menu drawer: both institutions are there, and the first is one tap away.
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.getByRole('combobox', { name: '当前机构' }).click();
    await page.locator('.ant-select-item-option', { hasText: first.name }).first().waitFor();
    assert.equal(await page.locator('.ant-select-item-option').count(), 2);
    await page.locator('.ant-select-item-option', { hasText: new RegExp(`^${first.name}$`) }).click();
    await page.getByTestId('tenant-card').getByText(first.name, { exact: true }).waitFor();
  });

  await withPage({ viewport: phone, isMobile: true, hasTouch: true }, 'signup-taken', async (page) => {
    await page.goto('/signup');
    await page.locator('#onboarding_institutionName').fill(`${first.name}丙`);
    await page.locator('#onboarding_rootOrgName').fill(`${first.name}丙党委`);
    await page.locator('#onboarding_adminName').fill(first.adminName);
    await page.locator('#onboarding_mobile').fill(first.mobile);
    await page.locator('#onboarding_password').fill(first.password);
    await page.locator('#onboarding_confirmPassword').fill(first.password);
    await page.locator('#onboarding button[type=submit]').click();
    await page.getByText('登录后在账号菜单中选“新建机构”').first().waitFor();
    await screenshot(page, '08-signup-taken-phone');
  });
});
