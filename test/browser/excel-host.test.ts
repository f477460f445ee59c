/**
 * The add-in page with a stand-in office.js that reports Excel: the pane starts in Excel mode
 * (no file bar), takes its language from Office's display language, and when Excel fails it says
 * so in plain words — never a stack trace. (Real Excel cannot run here; the Office adapter has its
 * own tests with office-addin-mock.)
 */
import type { Browser } from 'playwright-core';
import { cutNetwork, launchBrowser, startServer, type Server } from './harness';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function fakeOfficeJs(displayLanguage: string): string {
  return `
    window.Office = {
      HostType: { Excel: 'Excel' },
      context: {
        displayLanguage: ${JSON.stringify(displayLanguage)},
        officeTheme: { bodyBackgroundColor: '#FFFFFF', isDarkTheme: false },
        requirements: { isSetSupported: function () { return true; } }
      },
      onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); }
    };
    window.Excel = { run: function () { return Promise.reject(new Error('RichApi.Error: simulated failure\\n    at run (office.js:1:1)')); } };
  `;
}

test.each([
  ['en-US', 'Check', 'Could not read the workbook'],
  ['vi-VN', 'Kiểm tra', 'Không đọc được sổ làm việc'],
])('inside Excel (%s): Excel mode, Office language, plain error when Excel fails', async (locale, checkLabel, errorText) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await cutNetwork(context, server.url);
  await context.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(locale) }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('body[data-host=excel]', { timeout: 5000 });
  expect(await page.locator('[data-testid=drop-zone]').count()).toBe(0);

  await page.getByRole('button', { name: checkLabel, exact: true }).click();
  await page.waitForSelector('[data-testid=message-error]', { timeout: 10000 });
  const message = await page.locator('[data-testid=message-error]').innerText();
  expect(message).toContain(errorText);
  expect(message).not.toMatch(/\bat \w+ \(/); // no stack frames
  expect(errors).toEqual([]);
  await context.close();
});
