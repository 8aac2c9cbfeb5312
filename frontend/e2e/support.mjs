// Shared by the end-to-end tests: the browser, pages that save a screenshot when they fail, signing an
// institution up through the UI, and API calls made from a signed-in page as the SPA makes them.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:4173';
export const artifactsDir = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 375, height: 812 };

export async function launchBrowser() {
  await mkdir(artifactsDir, { recursive: true });
  return chromium.launch({
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
}

export async function screenshot(page, name, fullPage = true) {
  // A dialog still fading in would be caught half-drawn: wait for the finite animations (not a spinner's) to end.
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'
      || animation.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5_000 })
    .catch(() => {});
  return page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Gives `withPage` bound to it, and
 * the browser itself for a test that opens a context of its own.
 */
export function sharedBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    withPage: (contextOptions, name, body) => withPage(browser, contextOptions, name, body),
    browser: () => browser,
  };
}

/** Opens a page and closes its context afterwards, saving a screenshot when the body fails. */
export async function withPage(browser, contextOptions, name, body) {
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

/** An institution unique to this run (the mobile number from the stamp and a per-test offset). */
export function newInstitution(label, stamp, offset = 0) {
  return {
    name: `${label}${stamp}`,
    rootOrgName: `中共${label}${stamp}委员会`,
    adminName: `${label}管理员`,
    mobile: `13${String(stamp + offset).slice(-9)}`,
    email: `e2e-${stamp + offset}@example.com`,
    password: `Xianfeng-${stamp}`,
  };
}

/** Signs the institution up with the form, then signs its admin in on the backend's page. */
export async function signUpAndIn(page, institution, { onFilled, onCreated } = {}) {
  await page.goto('/signup');
  await page.locator('#onboarding_institutionName').fill(institution.name);
  await page.getByText('党委', { exact: true }).click();
  await page.locator('#onboarding_rootOrgName').fill(institution.rootOrgName);
  await page.locator('#onboarding_adminName').fill(institution.adminName);
  await page.locator('#onboarding_mobile').fill(institution.mobile);
  await page.locator('#onboarding_email').fill(institution.email);
  await page.locator('#onboarding_password').fill(institution.password);
  await page.locator('#onboarding_confirmPassword').fill(institution.password);
  await onFilled?.();
  await page.locator('#onboarding button[type=submit]').click();

  await page.getByText('机构已创建').waitFor();
  await onCreated?.();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.locator('input[name=username]').fill(institution.mobile);
  await page.locator('input[name=password]').fill(institution.password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Calls the API from a signed-in page, with the CSRF token, as the SPA does; throws on an error status. */
export function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = document.cookie.split('; ').find((cookie) => cookie.startsWith('XSRF-TOKEN='));
      const response = await fetch(path, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.slice('XSRF-TOKEN='.length)) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  );
}

/** A date in China, `offsetDays` from today, as yyyy-MM-dd. */
export function chinaDate(offsetDays = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}
