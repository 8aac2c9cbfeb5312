// End-to-end: one month of the cycle. Members declare on a phone with photos, the recorder reviews and marks a
// branch meeting's attendance, the secretary approves and publicises the month, a member objects and the
// secretary upholds it, the publicity ends (moved on with psql), the month is finalised and its register read
// back out of the xlsx and the PDF. Set-up through the API; see support.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import {
  artifactsDir,
  callApi,
  desktop,
  newInstitution,
  phone,
  screenshot,
  sharedBrowser,
  signUpAndIn,
} from './support.mjs';

const stamp = Date.now();
// Offset 505 keeps the mobile number apart from the other files' institutions of the same moment.
const institution = newInstitution('月度流程测试', stamp, 505);
const password = `Member-${stamp}`;
const people = {
  first: { name: '党员甲', email: `e2e-m1-${stamp}@example.com` },
  second: { name: '党员乙', email: `e2e-m2-${stamp}@example.com` },
  recorder: { name: '记分员丙', email: `e2e-m3-${stamp}@example.com`, role: 'RECORDER' },
  secretary: { name: '书记丁', email: `e2e-m4-${stamp}@example.com`, role: 'SECRETARY' },
};
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

const sessions = {};
let branchId;
let photo;
let activityId;

const chromium = sharedBrowser();
const { withPage } = chromium;
const onPhone = { viewport: phone, isMobile: true, hasTouch: true };
const openList = (page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Sets a password on the backend's activation page, then signs in through the app. */
async function activateAndSignIn(page, link, email) {
  await page.goto(link);
  await page.locator('input[name=password]').fill(password);
  await page.locator('input[name=confirmation]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.goto('/signin');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** A page signed in as one of the people (their session kept from the set-up). */
function as(person, contextOptions, name, body) {
  assert.ok(sessions[person], `needs ${person} signed in by the set-up`);
  return withPage({ ...contextOptions, storageState: sessions[person], acceptDownloads: true }, name, body);
}

/** The entries of a zip file, read through its central directory (enough for an xlsx: stored or deflated, no zip64). */
function unzip(buffer) {
  const files = new Map();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** XML text with its character references and entities resolved. */
function xmlText(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every cell's text of the first sheet, shared strings resolved, row by row. */
function sheetRows(xlsx) {
  const files = unzip(xlsx);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    [...match[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((text) => text[1]).join(''),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml').toString('utf8');
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1].matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes, body = '']) => {
      const value = /<v>([^<]*)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1] ?? '';
      return xmlText(/t="s"/.test(attributes) ? shared[Number(value)] : value);
    }),
  );
}

test('set-up: a branch, the annual-from-zero scheme, two members, a recorder and a secretary with accounts', { timeout: 240_000 }, async () => {
  await withPage({ viewport: desktop }, 'cycle-setup', async (page, context) => {
    await signUpAndIn(page, institution);
    sessions.admin = await context.storageState();
    const me = await callApi(page, 'GET', '/api/v1/me');
    const rootId = me.memberships[0].rootOrg.id;
    const branch = await callApi(page, 'POST', '/api/v1/orgs', { parentId: rootId, type: 'BRANCH', name: '月度第一党支部', domain: 'AGENCY' });
    branchId = branch.id;
    const scheme = await callApi(page, 'POST', `/api/v1/orgs/${rootId}/schemes`, { year, preset: 'annual-from-zero' });
    await callApi(page, 'POST', `/api/v1/schemes/${scheme.id}/versions/1/publish`, { lock: scheme.lock });

    const links = {};
    for (const [key, person] of Object.entries(people)) {
      const member = await callApi(page, 'POST', '/api/v1/members', {
        branchId,
        details: { name: person.name, status: 'FULL', postType: 'IN_OFFICE', leaderCadre: false, joinedOn: '2010-07-01', email: person.email },
      });
      person.id = member.id;
      if (person.role) {
        const holder = await callApi(page, 'POST', `/api/v1/orgs/${branchId}/roles`, { memberId: member.id, role: person.role });
        links[key] = holder.invitationLink;
      } else {
        links[key] = (await callApi(page, 'POST', `/api/v1/members/${member.id}/account`)).invitationLink;
      }
      assert.match(links[key] ?? '', /\/activate\?token=/, `${person.name} gets an invitation link`);
    }

    // A small real JPEG, drawn by the browser.
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 48;
      const context2d = canvas.getContext('2d');
      context2d.fillStyle = '#c8102e';
      context2d.fillRect(0, 0, 64, 48);
      context2d.fillStyle = '#ffd700';
      context2d.fillRect(8, 8, 16, 16);
      return canvas.toDataURL('image/jpeg', 0.8);
    });
    photo = `${artifactsDir}cycle-photo.jpg`;
    await writeFile(photo, Buffer.from(dataUrl.split(',')[1], 'base64'));

    for (const [key, person] of Object.entries(people)) {
      const other = await chromium.browser().newContext({ baseURL: new URL(page.url()).origin, locale: 'zh-CN', ...(person.role ? {} : onPhone) });
      const otherPage = await other.newPage();
      await activateAndSignIn(otherPage, links[key], person.email);
      sessions[key] = await other.storageState();
      await other.close();
    }
  });
});

test('a member declares on a phone with photos; the menu is the member’s', { timeout: 180_000 }, async () => {
  await as('first', onPhone, 'cycle-declare', async (page) => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/points');
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    for (const entry of ['我的积分', '积分申报', '公示', '通知']) await page.getByRole('menuitem', { name: entry }).waitFor();
    assert.equal(await page.getByRole('menuitem', { name: '组织架构' }).count(), 0, 'no admin pages for a member');
    await page.getByRole('menuitem', { name: '积分申报' }).click();
    await page.waitForURL((url) => url.pathname === '/declare');

    const scheme = await callApi(page, 'GET', `/api/v1/me/scheme?year=${year}`);
    const names = Object.fromEntries(scheme.items.map(({ item }) => [item.code, item.name]));
    for (const [code, count] of [['P2-VOLUNTEER', 3], ['P2-SPEECH', 2]]) {
      const form = page.getByTestId('declare-card');
      await page.locator('#declaration_item').click();
      await page.keyboard.type(names[code]);
      // A dispatched click: on a touch screen the list may still be moving when it is clicked.
      await openList(page).getByTitle(names[code], { exact: true }).dispatchEvent('click');
      await form.getByTestId('rule-hint').getByText('填写次数').waitFor();
      await form.locator('#declaration_count').fill(String(count));
      await form.locator('#declaration_description').fill(`${names[code]}，附照片`);
      // Submitting without the photo the item needs: the form says so.
      await form.getByRole('button', { name: '提交审核' }).click();
      await form.getByText('此项目须上传佐证材料').waitFor();
      await page.locator('#declaration_evidenceIds').setInputFiles(photo);
      await form.getByTestId('evidence-uploaded').waitFor();
      if (code === 'P2-VOLUNTEER') await screenshot(page, '51-declare-phone');
      await form.getByRole('button', { name: '提交审核' }).click();
      await page.getByTestId('my-declarations').getByTestId(`declaration-${code}`).getByText('待审核').waitFor();
    }
    await screenshot(page, '52-declarations-phone');
  });
});

test('the recorder approves one declaration and adjusts the other', { timeout: 120_000 }, async () => {
  await as('recorder', { viewport: desktop }, 'cycle-review', async (page) => {
    await page.goto('/review');
    const volunteer = page.getByTestId(`review-${people.first.name}-P2-VOLUNTEER`);
    const speech = page.getByTestId(`review-${people.first.name}-P2-SPEECH`);
    await speech.getByTestId('evidence-thumbs').locator('img').waitFor();
    await screenshot(page, '53-review-desktop');
    await volunteer.getByRole('button', { name: '通过', exact: true }).click();
    await volunteer.waitFor({ state: 'detached' });
    await speech.getByRole('button', { name: '调整' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#review_quantity').fill('1');
    await dialog.locator('#review_reason').fill('只有一次发言有记录');
    await dialog.getByRole('button', { name: '调整' }).click();
    await speech.waitFor({ state: 'detached' });
  });
});

test('the recorder schedules a 支部党员大会 and marks attendance; finalising writes points', { timeout: 120_000 }, async () => {
  await as('recorder', { viewport: desktop }, 'cycle-attendance', async (page) => {
    await page.goto('/activities');
    await page.getByRole('button', { name: '安排活动' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '安排' }).click();
    const sheet = page.getByTestId('attendance-sheet');
    await sheet.waitFor();
    activityId = new URL(page.url()).searchParams.get('activity');
    await sheet.locator('tr', { hasText: people.second.name }).getByText('缺席', { exact: true }).click();
    await sheet.getByRole('button', { name: '全部出席' }).click();
    await sheet.getByText('0 人未标记').waitFor();
    await screenshot(page, '54-attendance-desktop');
    await sheet.getByRole('button', { name: '保存考勤' }).click();
    await page.getByText('考勤已保存').waitFor();
    await sheet.getByRole('button', { name: '确认考勤并记分' }).click();
    // Finalising writes points: it asks first.
    const confirmFinalise = page.locator('.ant-modal-confirm');
    await confirmFinalise.locator('.ant-modal-confirm-title').getByText(/定稿“.*”的考勤？/).waitFor();
    await confirmFinalise.getByRole('button', { name: '确认考勤并记分' }).click();
    await page.getByText('考勤已确认，积分已记入').waitFor();

    const ledger = await callApi(page, 'GET', `/api/v1/ledger-entries?memberId=${people.second.id}&year=${year}`);
    assert.ok(ledger.some((row) => row.itemCode === 'P2-ABSENT' && row.counting), 'the absent member’s deduction is written');
  });
  await as('recorder', onPhone, 'cycle-attendance-phone', async (page) => {
    await page.goto(`/activities?activity=${activityId}`);
    await page.getByTestId('attendance-sheet').waitFor();
    await screenshot(page, '55-attendance-phone');
  });
});

test('the secretary approves the month and opens publicity; a member objects on a phone; the secretary upholds it', { timeout: 180_000 }, async () => {
  await as('secretary', onPhone, 'cycle-publicity', async (page) => {
    await page.goto('/periods');
    // Approving asks first, with the month's checklist: nothing blocks; a scheme scored by the year expects no
    // monthly record of anyone, so nobody is listed as missing one.
    await page.getByRole('button', { name: '审核通过本月' }).click();
    const checklist = page.getByTestId('closing-checklist');
    await checklist.getByText('申报、活动和存疑记录都已处理完毕。').waitFor();
    assert.equal(await checklist.getByTestId('checklist-missing').count(), 0);
    await screenshot(page, '55b-approval-checklist-phone');
    await page.getByTestId('step-confirm-ok').click();
    await page.getByTestId('period-status').getByText('审核通过').waitFor();
    await page.getByRole('button', { name: '开始公示' }).click();
    await page.getByTestId('step-confirm').getByText('本支部党员将收到通知').waitFor();
    await screenshot(page, '55c-publicity-confirm-phone');
    await page.getByTestId('step-confirm-ok').click();
    await page.getByTestId('period-status').getByText('公示中').waitFor();
  });

  await as('first', onPhone, 'cycle-object', async (page) => {
    await page.goto('/publicity');
    await page.getByTestId('my-periods').getByText('查看').click();
    const list = page.getByTestId('publicity-list');
    await list.getByTestId(`publicity-row-${people.second.name}`).click();
    const absent = list.getByTestId('publicity-entry-P2-ABSENT');
    await absent.getByRole('button', { name: '异议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#objection_text').fill('党员乙当天请过假，有请假条');
    await page.locator('#objection_evidenceIds').setInputFiles(photo);
    await dialog.getByTestId('evidence-uploaded').waitFor();
    await screenshot(page, '56-objection-phone');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('异议已提交').waitFor();
    await screenshot(page, '57-publicity-phone');
  });

  await as('secretary', onPhone, 'cycle-answer', async (page) => {
    await page.goto('/periods');
    const objections = page.getByTestId('objections');
    await objections.getByText('党员乙当天请过假，有请假条').waitFor();
    await page.getByTestId('publicity-list').getByTestId(`publicity-row-${people.first.name}`).click();
    await screenshot(page, '58-publicity-objection-phone');
    await objections.getByRole('button', { name: '答复' }).click();
    const dialog = page.getByRole('dialog');
    // Who objected, to which entry of whom, and its current value; then what the total becomes.
    const facts = dialog.getByTestId('objection-facts');
    await facts.getByText(people.first.name, { exact: true }).waitFor();
    await facts.getByText(people.second.name, { exact: true }).waitFor();
    await facts.getByText(/缺席组织活动/).waitFor();
    // Upheld with new values but none given: refused before anything is sent.
    await dialog.getByText('成立：改为新的数值').click();
    await dialog.locator('#answer_answer').fill('核实属实');
    await dialog.getByRole('button', { name: '答复' }).click();
    await dialog.getByText('异议成立须作出更正').waitFor();
    await dialog.getByText('成立：作废该条').click();
    await dialog.getByTestId('objection-new-total').getByText(/更正后合计：.* → /).waitFor();
    await screenshot(page, '58b-objection-upheld-phone');
    await dialog.locator('#answer_answer').fill('核实属实，作废缺席扣分');
    await dialog.getByRole('button', { name: '答复' }).click();
    await objections.getByText('成立', { exact: true }).waitFor();
  });
});

test('the publicity ends, the secretary finalises, and the register reads back from xlsx and PDF', { timeout: 180_000 }, async () => {
  const database = process.env.E2E_DATABASE;
  assert.ok(database, 'E2E_DATABASE names the e2e database (infra/scripts/e2e.sh exports it)');
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-c',
    `update periods set publicity_until = now() - interval '1 minute' where branch_id = '${branchId}' and month = '${month}-01'`]);

  await as('secretary', { viewport: desktop }, 'cycle-finalise', async (page) => {
    await page.goto('/periods');
    const finalise = page.getByRole('button', { name: '定稿' });
    await finalise.waitFor({ timeout: 90_000 });
    await finalise.click();
    await page.getByTestId('step-confirm').getByText('定稿后本月锁定').waitFor();
    await page.getByTestId('step-confirm-ok').click();
    await page.getByTestId('period-status').getByText('已定稿').waitFor();
    // A finalised month can be re-opened only by the parent: the page offers the request.
    await page.getByTestId('reopen-request').waitFor();
    await screenshot(page, '59-finalised-desktop');

    const period = await callApi(page, 'GET', `/api/v1/periods?branchId=${branchId}&month=${month}`);
    const rows = await callApi(page, 'GET', `/api/v1/periods/${period.id}/publicity`);
    const totals = Object.fromEntries(rows.map((row) => [row.memberName, row.total]));
    // The objection voided 党员乙's deduction: nothing left for them this month.
    assert.equal(totals[people.second.name], 0);
    assert.ok(totals[people.first.name] > 0);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '登记表 Excel' }).click()]);
    await xlsxDownload.saveAs(`${artifactsDir}cycle-register.xlsx`);
    const xlsx = await readFile(`${artifactsDir}cycle-register.xlsx`);
    const cells = sheetRows(xlsx);
    assert.equal(cells[0][0], '月份党员量化积分登记表');
    const header = cells.find((row) => row.includes('姓名'));
    const name = header.indexOf('姓名');
    const score = header.indexOf('本月得分');
    for (const person of [people.first, people.second]) {
      const row = cells.find((candidate) => candidate[name] === person.name);
      assert.ok(row, `${person.name} is in the register`);
      assert.equal(Number(row[score]), totals[person.name], `${person.name}'s 本月得分 in ${row.join('|')}`);
    }

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '登记表 PDF' }).click()]);
    const pdf = await pdfDownload.path();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /月份党员量化积分登记表/);
    for (const person of [people.first, people.second]) {
      const line = text.split('\n').find((candidate) => candidate.includes(person.name));
      assert.ok(line, `${person.name} is in the PDF`);
      assert.ok(line.split(/\s+/).map(Number).includes(totals[person.name]), `${person.name}'s total in “${line}”`);
    }
  });

  await as('first', onPhone, 'cycle-points', async (page) => {
    await page.goto('/points');
    const explanation = page.getByTestId('points-explanation');
    await explanation.waitFor();
    await explanation.getByRole('button', { name: '全部展开' }).click();
    await screenshot(page, '60-points-phone');
    // What a member reads names things: no record ids, no item codes, on the explanation or the notifications.
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    const itemCode = /\bP\d+-[A-Z][A-Z-]*/;
    const points = await page.locator('body').innerText();
    assert.doesNotMatch(points, uuid);
    assert.doesNotMatch(points, itemCode);
    await page.goto('/notifications');
    await page.getByText('您的积分申报').first().waitFor();
    const notices = await page.locator('body').innerText();
    assert.doesNotMatch(notices, uuid);
    assert.doesNotMatch(notices, itemCode);
    await screenshot(page, '60b-notifications-phone');
  });
  await as('first', { viewport: desktop }, 'cycle-points-desktop', async (page) => {
    await page.goto('/points');
    await page.getByTestId('points-explanation').waitFor();
    await screenshot(page, '61-points-desktop');
  });
});
