/**
 * The standalone page end to end, offline: open the fixture, check it as of 20/12/2025, write the
 * year's summary, colour, download, and read the download back with exceljs. Also: the add-in page
 * outside Office (office.js unreachable, or loaded but silent) falls back to standalone within
 * seconds, and a file that is not .xlsx gets a plain Vietnamese message.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OUTPUT_DIR, ROOT, cutNetwork, launchBrowser, startServer, type Server } from './harness';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'sct-khanh-hoa-2025-theo-doi.xlsx');

let server: Server;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function offlinePage(): Promise<{ context: BrowserContext; page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, acceptDownloads: true, locale: 'vi-VN' });
  const blocked = await cutNetwork(context, server.url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, blocked, errors };
}

/** Values of every cell of a sheet, by address, as text (formulas by their result). */
function sheetValues(ws: ExcelJS.Worksheet): Map<string, string> {
  const values = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      values.set(cell.address, v instanceof Date ? v.toISOString() : JSON.stringify(v));
    }),
  );
  return values;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Form controls without an accessible name (label, aria-label, aria-labelledby or text). */
function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main input, main select, main textarea, main button, [role=dialog] button')]
      .filter((el) => (el as HTMLInputElement).type !== 'file')
      .filter((el) => {
        const labels = (el as HTMLInputElement).labels;
        return !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (labels && labels.length > 0) || el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

async function stateCount(page: Page, state: string): Promise<number> {
  const text = await page.locator(`[data-testid=state-counts] [data-state=${state}]`).innerText();
  return Number(/(\d+)\s*$/.exec(text)?.[1]);
}

test('standalone page: check, summary, colours and download, with no network', async () => {
  const { context, page, blocked, errors } = await offlinePage();
  await page.goto(`${server.url}standalone.html`);
  await page.waitForSelector('body[data-host=standalone]', { timeout: 5000 });
  expect(await page.locator('main h1').innerText()).toBe('Phụ lục CCHC');
  expect(await page.locator('#legacy').isVisible()).toBe(false);

  await page.setInputFiles('[data-testid=file-input]', FIXTURE);
  await page.waitForSelector('[data-testid=task-count]', { timeout: 30000 });
  expect(await page.locator('[data-testid=task-count]').innerText()).toBe('44 nhiệm vụ trong 7 mục');
  expect(await page.locator('[data-testid=file-name]').innerText()).toContain('sct-khanh-hoa-2025-theo-doi.xlsx');

  // Every control of every tab has a name a screen reader can say.
  for (const tab of ['Tô màu', 'Tổng hợp', 'Cài đặt', 'Kiểm tra']) {
    await page.getByRole('tab', { name: tab }).click();
    expect([tab, await unlabelledControls(page)]).toEqual([tab, []]);
  }

  // As-of date typed the Vietnamese way; the pane checks again by itself.
  const asOf = page.getByLabel('Ngày tính trạng thái');
  await asOf.fill('20/12/2025');
  await asOf.press('Enter');
  // The calendar popup (in Vietnamese) must not spread its portal over the page.
  const calendar = page.locator('[role=dialog]', { hasText: 'Hôm nay' });
  await calendar.waitFor({ state: 'visible', timeout: 5000 });
  expect(await calendar.innerText()).toContain('Tháng 12/2025');
  const portalHeights = await page.locator('[data-portal-node=true]').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
  for (const height of portalHeights) expect(height).toBeLessThan(500);
  await page.keyboard.press('Escape');
  await expect(asOf.inputValue()).resolves.toBe('20/12/2025');
  await page.waitForFunction(
    () => document.querySelector('[data-testid=state-counts] [data-state=overdue]')?.textContent?.includes(': 3') ?? false,
    undefined,
    { timeout: 20000 },
  );
  // Expected states on 2025-12-20 (test/fixtures/expected/sct-khanh-hoa-2025-theo-doi.json).
  expect(await stateCount(page, 'overdue')).toBe(3);
  expect(await stateCount(page, 'due_soon')).toBe(11);
  expect(await stateCount(page, 'ongoing')).toBe(7);
  expect(await stateCount(page, 'cancelled')).toBe(1);

  const overdueStt = await page.locator('[data-testid=task-table] tr[data-state=overdue]').evaluateAll((rows) =>
    rows.map((row) => (row as HTMLElement).dataset.stt),
  );
  expect(overdueStt).toEqual(['28', '37', '39']);
  const row37 = page.locator('#task-row-49');
  expect(await row37.innerText()).toContain('Quá hạn');

  // Choosing a finding marks its task row in the page's own table.
  const firstFinding = page.locator('[data-testid=findings] button[data-row]').first();
  const findingRow = await firstFinding.getAttribute('data-row');
  await firstFinding.click();
  await page.waitForSelector('tr[aria-current=true]', { timeout: 5000 });
  const current = page.locator('tr[aria-current=true]');
  const taskRow = Number(await current.getAttribute('data-row'));
  expect(taskRow).toBeLessThanOrEqual(Number(findingRow));

  // Colour the rows.
  await page.getByRole('tab', { name: 'Tô màu' }).click();
  await expect(page.locator('[data-testid=legend] [data-key=overdue]').innerText()).resolves.toContain('Quá hạn — 3 nhiệm vụ');
  await page.getByRole('button', { name: 'Tô màu', exact: true }).click();
  await page.waitForSelector('[data-testid=message-success]', { timeout: 10000 });
  expect(await page.locator('[data-testid=message-success]').innerText()).toMatch(/Đã tô màu \d+ dòng/);

  // The year's summary (CCHC "Năm"), written twice: the second time asks before replacing.
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.selectOption('#period', 'cchc-year');
  await expect(page.locator('[data-testid=period-info]').innerText()).resolves.toContain('15/12/2024');
  await page.click('[data-testid=write-summary]');
  await page.waitForSelector('[data-testid=key-figures]', { timeout: 20000 });
  const total = await page.locator('[data-testid=key-figures] [data-figure=total] td').nth(1).innerText();
  expect(Number(total)).toBe(44);
  const overdueFigure = await page.locator('[data-testid=key-figures] [data-figure=overdue] td').nth(1).innerText();
  expect(Number(overdueFigure)).toBe(3);
  const sheetName = /“(.+)”/.exec(await page.locator('[data-testid=message-success]').innerText())?.[1];
  expect(sheetName).toMatch(/^Tổng hợp/);

  await page.click('[data-testid=write-summary]');
  await page.waitForSelector('[data-testid=confirm-replace]', { timeout: 10000 });
  expect(await page.getByRole('dialog').innerText()).toContain(sheetName!);
  await page.click('[data-testid=confirm-replace]');
  await page.waitForSelector('[data-testid=confirm-replace]', { state: 'detached', timeout: 10000 });

  await page.screenshot({ path: path.join(OUTPUT_DIR, 'standalone-summary.png'), fullPage: true });
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500); // let the tab indicator finish moving
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'standalone.png') });
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'standalone-full.png'), fullPage: true });

  // Download the annotated copy and read it back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download]')]);
  expect(download.suggestedFilename()).toBe('sct-khanh-hoa-2025-theo-doi-phuluc.xlsx');
  const saved = path.join(OUTPUT_DIR, download.suggestedFilename());
  await download.saveAs(saved);

  const original = await readWorkbook(FIXTURE);
  const annotated = await readWorkbook(saved);
  const summarySheet = annotated.getWorksheet(sheetName!);
  expect(summarySheet).toBeDefined();
  expect(summarySheet!.getTables().length).toBeGreaterThanOrEqual(2);
  expect(annotated.worksheets.filter((ws) => ws.name === sheetName)).toHaveLength(1); // replaced, not added twice
  const planBefore = original.getWorksheet('Phụ lục')!;
  const planAfter = annotated.getWorksheet('Phụ lục')!;
  expect(sheetValues(planAfter)).toEqual(sheetValues(planBefore));
  const rules = (planAfter as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
  expect(rules.length).toBeGreaterThan(0);

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]); // the standalone page asks for nothing outside the local server
  await context.close();
});

test('a file that is not .xlsx gets a plain Vietnamese message', async () => {
  const { context, page, errors } = await offlinePage();
  await page.goto(`${server.url}standalone.html`);
  await page.waitForSelector('body[data-host=standalone]', { timeout: 5000 });
  await page.setInputFiles('[data-testid=file-input]', {
    name: 'ghi-chu.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Đây không phải bảng tính'),
  });
  await page.waitForSelector('[data-testid=message-error]', { timeout: 10000 });
  const message = await page.locator('[data-testid=message-error]').innerText();
  expect(message).toContain('Tệp “ghi-chu.txt” không phải tệp Excel .xlsx');
  expect(message).not.toMatch(/at \w+ \(|Error:|zip/i); // no stack trace, no library jargon
  expect(await page.locator('[data-testid=task-count]').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('an old .xls dropped on the drop zone: told to save it as .xlsx', async () => {
  const { context, page, errors } = await offlinePage();
  await page.goto(`${server.url}standalone.html`);
  await page.waitForSelector('body[data-host=standalone]', { timeout: 5000 });
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    // The OLE2 signature of an .xls file.
    data.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'ke-hoach-cu.xls'));
    return data;
  });
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
  await page.waitForSelector('[data-testid=message-error]', { timeout: 10000 });
  expect(await page.locator('[data-testid=message-error]').innerText()).toContain('lưu lại dưới dạng .xlsx');
  expect(errors).toEqual([]);
  await context.close();
});

test('Internet Explorer (Office 2016/2019 webview): a plain message instead of the pane', async () => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
  await cutNetwork(context, server.url);
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('#legacy', { state: 'visible', timeout: 5000 });
  const text = await page.locator('#legacy').innerText();
  expect(text).toContain('Phiên bản Office này chưa chạy được phuluc');
  expect(text).toContain(`${server.url}standalone.html`);
  expect(text).toContain('phuluc check');
  await page.waitForTimeout(4000); // longer than the Office time-out: the pane must still not start
  expect(await page.locator('#root').isVisible()).toBe(false);
  expect(await page.locator('body').getAttribute('data-host')).toBeNull();
  await context.close();
});

test('the add-in page outside Office: office.js unreachable → standalone at once', async () => {
  const { context, page, blocked, errors } = await offlinePage();
  const started = Date.now();
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('body[data-host=standalone]', { timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(blocked.some((url) => url.includes('office.js'))).toBe(true);
  await expect(page.locator('[data-testid=drop-zone]').isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the add-in page outside Office: office.js loads but never gets ready → standalone after the time-out', async () => {
  const context = await browser.newContext();
  await context.route('**/office.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return new Promise(function () {}); } };' }),
  );
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('body[data-host=standalone]', { timeout: 8000 });
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(2500); // it did wait for Office…
  expect(waited).toBeLessThan(8000); // …but not forever
  await context.close();
});
