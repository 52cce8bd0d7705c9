// The BUILT sidebar in Debian Chromium with google.script.run stubbed by a real result: click, see issues by office, click one.
import { readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { strFromU8, unzipSync } from 'fflate';
import { buildReportPlan, reportFileName } from '../../shared/report-doc/build-report';
import { renderReportDocx } from '../../shared/render/report-docx';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDir, type Served } from '../browser';
import { checkWorkbook } from '../../shared/workbook/check-workbook';
import type { CheckResult } from '../../shared/schemas/result';
import { sheetToGrid } from '../../examples/sheet-grid';
import { FIXTURE_AS_OF, fixtureAnswers } from '../fixture-reports';
import { DIST, ROOT, ensureBuilt } from './bundle';
import { fixtureWorkbook, type Workbook } from './workbooks';

/** `UPDATE_SCREENSHOT=1 npx jest test/apps-script/sidebar.browser` refreshes the README's picture. */
const SHOT = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs', 'sidebar.png') : path.join(os.tmpdir(), 'nq57-sidebar.png');
const XSS = '<img src=x onerror="window.__xss=true">';

/** What validateAndConsolidate returns for this workbook, computed by the core in Node. */
function resultFor(wb: Workbook): CheckResult {
  const out = checkWorkbook([...wb.planGrids, ...wb.forms.map((f) => sheetToGrid(f))], { asOf: FIXTURE_AS_OF });
  if (!out.ok) throw new Error('no plan');
  return JSON.parse(JSON.stringify(out.result)) as CheckResult;
}

/**
 * google.script.run as HtmlService gives it: a fresh runner per call, handlers attached with
 * withSuccessHandler / withFailureHandler, answers arriving later. Calls are recorded.
 */
function stub(answers: Record<string, unknown>): string {
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    window.__calls = [];
    const runner = (ok, fail) => new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, fail);
        if (name === 'withFailureHandler') return (f) => runner(ok, f);
        return (...args) => {
          window.__calls.push([name, args]);
          setTimeout(() => {
            if (!(name in answers)) return fail && fail(new Error('no server function ' + name));
            const a = answers[name];
            ok && ok(name === 'activateCell' ? args[0] + '!' + args[1] : JSON.parse(JSON.stringify(a)));
          }, 60);
        };
      },
    });
    window.google = { script: { get run() { return runner(null, null); } } };
  })();`;
}

const UI_INFO = { lang: 'vi', settings: { enabled: true, hour: 7, replyTo: '' }, triggers: 1 };

let served: Served;
let base = '';
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  served = await serveDir(DIST);
  base = served.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openSidebar(answers: Record<string, unknown>): Promise<Page> {
  // A Sheets sidebar is 300 px wide.
  const page = await browser.newPage({ viewport: { width: 300, height: 820 }, deviceScaleFactor: 2 });
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  await page.addInitScript(stub(answers));
  await page.goto(`${base}/sidebar.html`);
  return page;
}

test('click "Kiểm tra và tổng hợp": issues grouped by office; clicking one selects its cell', async () => {
  const result = resultFor(fixtureWorkbook());
  const page = await openSidebar({ getUiInfo: UI_INFO, validateAndConsolidate: result, activateCell: null });
  await page.getByRole('button', { name: 'Kiểm tra và tổng hợp' }).click();
  await page.locator('.group').first().waitFor();

  // Groups: issues of the plan first (how its all-offices lead cell was read), then offices in directory order, each with its count.
  const general = result.issues.filter((i) => i.office === null).length;
  const expected = [
    ...(general > 0 ? [['Kế hoạch và chung', general] as const] : []),
    ...result.offices.map((o) => [o.name, result.issues.filter((i) => i.office === o.name).length] as const).filter(([, n]) => n > 0),
  ];
  const groups = await page.locator('.group > summary').evaluateAll((els) => els.map((e) => [e.querySelector('.office')!.textContent, Number(e.querySelector('.n')!.textContent)]));
  expect(groups).toEqual(expected);
  expect(await page.locator('.issue').count()).toBe(result.issues.length);
  await expect(page.locator('#issue-count').textContent()).resolves.toBe(String(result.issues.length));
  // The summary line and the office without an e-mail address.
  await expect(page.locator('#summary-meta').textContent()).resolves.toBe('Kỳ: 6 tháng đầu năm 2026 · ngày 15/07/2026');
  await expect(page.locator('#no-address').textContent()).resolves.toContain('Trung tâm Phục vụ hành chính công');

  const issue = result.issues.find((i) => i.office === 'Công an xã' && i.cell)!;
  const button = page.locator('.group', { hasText: 'Công an xã' }).locator(`.issue[data-cell="${issue.cell}"]`).first();
  await expect(button.locator('.where').textContent()).resolves.toBe(`${issue.sheet}!${issue.cell}`);
  await button.click();
  await page.waitForFunction(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'activateCell'));
  const calls = await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls);
  expect(calls.filter((c) => c[0] === 'activateCell')).toEqual([['activateCell', [issue.sheet, issue.cell]]]);
  expect(await button.getAttribute('class')).toContain('selected');
  await page.locator('#status.ok').waitFor();
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: SHOT, fullPage: false });
  await page.close();
}, 60_000);

test('office text in an issue is shown as text, never as markup; English for an English-locale user', async () => {
  const answers = fixtureAnswers();
  const base = answers['Công an xã'];
  answers['Công an xã'] = { indicator: (i) => (i.key === 'I/4' ? { 'Kết quả đạt được': XSS } : (base.indicator?.(i) ?? null)), task: base.task };
  const result = resultFor(fixtureWorkbook({ answers }));
  const page = await openSidebar({ getUiInfo: { ...UI_INFO, lang: 'en' }, validateAndConsolidate: result });
  await page.getByRole('button', { name: 'Validate and consolidate' }).click();
  await page.locator('.group').first().waitFor();
  const shown = page.locator('.issue .msg', { hasText: 'src=x' });
  await expect(shown.first().textContent()).resolves.toContain(XSS);
  expect(await page.evaluate(() => (globalThis as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
  expect(await page.locator('.issue img').count()).toBe(0);
  await expect(page.locator('#summary-meta').textContent()).resolves.toMatch(/^Period: /);
  await page.close();
}, 60_000);

test('the menu item starts the check by itself; a server error is shown, not swallowed', async () => {
  const page = await openSidebar({ getUiInfo: UI_INFO });
  await page.addInitScript(() => {
    (globalThis as unknown as { NQ57_AUTORUN: string }).NQ57_AUTORUN = 'validate';
  });
  await page.reload();
  await page.locator('#status.error').waitFor();
  await expect(page.locator('#status').textContent()).resolves.toContain('no server function validateAndConsolidate');
  await page.close();
}, 60_000);

test('after a check, "Tạo báo cáo (.docx)" builds the report draft in the sidebar from the result and downloads it, with no server call', async () => {
  const result = resultFor(fixtureWorkbook());
  const page = await openSidebar({ getUiInfo: UI_INFO, validateAndConsolidate: result });
  expect(await page.isHidden('#report')).toBe(true);
  await page.getByRole('button', { name: 'Kiểm tra và tổng hợp' }).click();
  await page.locator('#status.ok').waitFor();
  const callsBefore = await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo báo cáo (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe(reportFileName(result));
  const file = path.join(os.tmpdir(), `nq57-sidebar-${process.pid}.docx`);
  await download.saveAs(file);
  const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
  const made = body(new Uint8Array(readFileSync(file)));
  rmSync(file);
  // The same core and renderer as the command line, fed the result google.script.run handed over.
  expect(made).toBe(body(await renderReportDocx(buildReportPlan(result, 'vi'))));
  expect(made).toContain('ỦY BAN NHÂN DÂN');
  for (const t of result.tasks.filter((x) => x.overdue)) expect(made).toContain(t.name);
  expect(await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.length)).toBe(callsBefore);
  await page.locator('#status.ok').waitFor();
  await page.close();
}, 60_000);

test('the period chosen in the sidebar goes to the server; by date sends none', async () => {
  const result = resultFor(fixtureWorkbook());
  const page = await openSidebar({ getUiInfo: UI_INFO, validateAndConsolidate: result });
  const options = await page.locator('#period option').evaluateAll((els) => els.map((e) => [(e as unknown as { value: string }).value, e.textContent]));
  expect(options[0][0]).toBe('');
  // The choices follow today's year in Vietnam.
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  expect(options).toContainEqual([`${year}-Q3`, `Quý III năm ${year}`]);
  await page.getByRole('button', { name: 'Kiểm tra và tổng hợp' }).click();
  await page.locator('#status.ok').waitFor();
  await page.selectOption('#period', `${year}-Q3`);
  await page.getByRole('button', { name: 'Kiểm tra và tổng hợp' }).click();
  await page.waitForFunction(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'validateAndConsolidate').length === 2);
  const calls = await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'validateAndConsolidate'));
  expect(calls.map((c) => c[1])).toEqual([[{}], [{ period: `${year}-Q3` }]]);
  await page.close();
}, 60_000);
