// End-to-end: the built SPA (vite preview) in front of a running backend, driven through Debian's
// Chromium. Run with E2E_BASE_URL pointing at the preview server, e.g.
//   npm run build && npx vite preview --port 4173 &  E2E_BASE_URL=http://localhost:4173 npm run e2e
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:4173';
const artifactsDir = fileURLToPath(new URL('./artifacts/', import.meta.url));
const phone = { width: 375, height: 812 };

// Unique per run, so the test can run again against the same database.
const stamp = Date.now();
const institution = {
  name: `先锋测试机构${stamp}`,
  rootOrgName: `中共先锋测试${stamp}委员会`,
  adminName: '测试管理员',
  mobile: `13${String(stamp).slice(-9)}`,
  email: `e2e-${stamp}@example.com`,
  password: `Xianfeng-${stamp}`,
};

let browser;
/** Cookies of the session signed in by the first test, reused by the second. */
let signedInState;

before(async () => {
  await mkdir(artifactsDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
});

function screenshot(page, name) {
  return page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/** Opens a page and closes its context afterwards, saving a screenshot when the body fails. */
async function withPage(contextOptions, name, body) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', ...contextOptions });
  const page = await context.newPage();
  try {
    await body(page, context);
  } catch (error) {
    await screenshot(page, `${name}-failure`).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

test('an institution signs up, signs in on the backend and sees its dashboard', { timeout: 120_000 }, async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, 'signup-signin', async (page, context) => {
    await page.goto('/signup');
    await page.locator('#onboarding_institutionName').fill(institution.name);
    await page.getByText('党委', { exact: true }).click();
    await page.locator('#onboarding_rootOrgName').fill(institution.rootOrgName);
    await page.locator('#onboarding_adminName').fill(institution.adminName);
    await page.locator('#onboarding_mobile').fill(institution.mobile);
    await page.locator('#onboarding_email').fill(institution.email);
    await page.locator('#onboarding_password').fill(institution.password);
    await page.locator('#onboarding_confirmPassword').fill(institution.password);
    await screenshot(page, '01-signup-filled');
    await page.locator('#onboarding button[type=submit]').click();

    await page.getByText('机构已创建').waitFor();
    await screenshot(page, '02-signup-success');
    await page.getByRole('button', { name: '登录', exact: true }).click();

    await page.waitForURL((url) => url.pathname === '/login');
    await page.locator('input[name=username]').fill(institution.mobile);
    await page.locator('input[name=password]').fill(institution.password);
    await screenshot(page, '03-backend-sign-in');
    await page.locator('button[type=submit]').click();

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('tenant-card').getByText(institution.name).waitFor();
    await page.getByTestId('root-org-card').getByText(institution.rootOrgName).waitFor();
    await page.getByTestId('roles-card').getByText('党委管理员').waitFor();
    await screenshot(page, '04-dashboard-desktop');

    signedInState = await context.storageState();
  });
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
