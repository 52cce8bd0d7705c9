// The BUILT pane in Debian Chromium: office.js served locally, the fake Excel injected with an example plan and three
// office sheets (one with mistakes). Click "Kiểm tra và tổng hợp", see the issues and the summary; click an issue.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import type { Browser, Page, Route } from 'playwright-core';
import { launchChromium, serveDir, type Served } from '../browser';
import { DIST, ROOT, ensureBuilt } from './built-addin';
import { parseAddress } from './fake-excel';
import { examplePlans } from '../../examples/plans';
import { planWorkbook } from '../../examples/plan-workbook';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm, type Answers } from '../../examples/fill-form';
import { answersFor } from '../../examples/sample-answers';
import { checkWorkbook, importPlan, todayInVietnam, type Grid, type SheetPlan } from '../../shared';
import { formsToCreate } from '../../shared/workbook/check-workbook';
import { excelCell } from '../../addin/render-sheet-plan';
import { inputRuleFor } from '../../shared';
import { strFromU8, unzipSync } from 'fflate';
import { buildReportPlan, reportFileName } from '../../shared/report-doc/build-report';
import { renderReportDocx } from '../../shared/render/report-docx';

const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/** `UPDATE_SCREENSHOT=1 npx jest test/addin/taskpane.browser` refreshes the README's picture. */
const SHOT = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs', 'taskpane.png') : path.join(os.tmpdir(), 'nq57-taskpane.png');
const XSS = '<img src=x onerror="window.__xss=true">';

type SeedSheet = { name: string; values: unknown[][]; formats: Array<Array<string | null>>; merges: ReturnType<typeof parseAddress>[] };

/** A sheet as Excel holds it after someone typed or pasted it: values and number formats, merges. */
function seedOf(plan: SheetPlan): SeedSheet {
  return {
    name: plan.name,
    values: plan.cells.map((row) => row.map((c) => (c && c.value !== null ? excelCell(c).value : null))),
    formats: plan.cells.map((row) => row.map((c) => (c && c.value !== null ? excelCell(c).format : (c?.numFmt ?? null)))),
    merges: (plan.merges ?? []).map(parseAddress),
  };
}

/** The example plan and three office sheets made from its forms; the second office makes mistakes. */
function workbook(opts: { markup: boolean }) {
  const planSheets = planWorkbook(examplePlans[0]);
  const planGrids = planSheets.map((s) => sheetToGrid(s));
  const plan = importPlan(planGrids).plan!;
  const asOf = todayInVietnam();
  const forms = formsToCreate(planGrids, { asOf }).forms;
  // The office with mistakes leads a rate and a task, so each mistake has a cell to land in.
  const leads = (o: string) => plan.indicators.filter((i) => i.leadOffices.includes(o));
  const sloppy = forms.find((f) => leads(f.office).some((i) => inputRuleFor(i).kind === 'percent') && plan.tasks.some((t) => t.leadOffices.includes(f.office)))!;
  const chosen = [forms.find((f) => f !== sloppy)!, sloppy, forms.filter((f) => f !== sloppy)[1]];
  const careful = answersFor('careful', plan, asOf)!;
  const rate = leads(sloppy.office).find((i) => inputRuleFor(i).kind === 'percent')!;
  const task = plan.tasks.find((t) => t.leadOffices.includes(sloppy.office))!;
  const mistakes: Answers = {
    // A rate above 100 (and, when asked, markup typed as its numerator: it must reach the pane as text).
    indicator: (i) => (i.key === rate.key ? { 'Kết quả đạt được': 120, ...(opts.markup ? { 'Tử số': XSS } : {}) } : careful.indicator!(i)),
    // A status check refuses ('Xong rồi' is now one it accepts, issue 10).
    task: (t) => (t.key === task.key ? { 'Tình trạng': 'Tạm dừng' } : careful.task!(t)),
  };
  const filled = chosen.map((f) => fillForm(f.sheet, plan, f === sloppy ? mistakes : careful));
  const sheets = [...planSheets, ...filled].map(seedOf);
  const grids: Grid[] = [...planGrids, ...filled.map((s) => sheetToGrid(s))];
  return { sheets, grids, asOf, sloppy: sloppy.sheet.name, offices: chosen.map((f) => f.office), sloppyOffice: sloppy.office };
}

/** The fake, compiled for the browser, then a workbook put into it: what the page gets instead of office.js. */
function fakeOfficeJs(sheets: SeedSheet[], lang = 'vi-VN'): string {
  const source = readFileSync(path.join(__dirname, 'fake-excel.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } }).outputText;
  return `(function () { var exports = {}; var module = { exports: exports };\n${js}\nwindow.FakeExcel = module.exports; })();
(function () {
  var wb = new FakeExcel.FakeWorkbook();
  ${JSON.stringify(sheets)}.forEach(function (s) { var sheet = wb.seed(s.name, s.values, s.formats); sheet.merges = s.merges; });
  wb.active = ${JSON.stringify(sheets[0].name)};
  window.__wb = wb;
  window.Excel = wb.excelGlobal();
  window.Office = wb.officeGlobal(${JSON.stringify(lang)});
})();`;
}

let served: Served;
let origin: string;
let browser: Browser;
const book = workbook({ markup: false });

beforeAll(async () => {
  ensureBuilt();
  served = await serveDir(DIST);
  origin = served.origin;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Nothing leaves the machine: office.js comes from `serveOffice`, everything else off 127.0.0.1 is refused. */
async function openPane(serveOffice: (route: Route) => Promise<void>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 2, locale: 'vi-VN' });
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.route('https://appsforoffice.microsoft.com/**', serveOffice);
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

const wbEval = <T>(page: Page, expr: string): Promise<T> => page.evaluate(`(function (wb) { return ${expr}; })(window.__wb)`) as Promise<T>;

test('"Kiểm tra và tổng hợp" writes the summary in 3 batches and lists the issues by office; an issue selects its cell', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(book.sheets) }));
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForFunction("/Kế hoạch/.test(document.getElementById('plan').textContent)");
  expect(await page.textContent('#check')).toBe('Kiểm tra và tổng hợp');
  expect(await page.textContent('#forms')).toBe('Tạo biểu mẫu');
  const before = await wbEval<unknown>(page, `wb.snapshot(${JSON.stringify(book.sloppy)})`);
  await wbEval(page, 'wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] }');

  await page.click('#check');
  await page.waitForSelector('#issues .issues-title');

  expect(await wbEval<number>(page, 'wb.stats.syncs')).toBe(3);
  expect(await wbEval<string[]>(page, 'wb.sheets.map(function (s) { return s.name; })')).toEqual(
    expect.arrayContaining(['Tổng hợp', 'Chỉ tiêu', 'Nhiệm vụ', 'Lỗi và cảnh báo', 'Tình hình báo cáo', 'Lịch sử tổng hợp']),
  );
  // The administrative header opens the sheet (issuing body, national heading); the title follows it.
  expect(await wbEval<string>(page, "wb.sheet('Tổng hợp').value('A1')")).toBe('ỦY BAN NHÂN DÂN');
  expect(await wbEval<string>(page, "wb.sheet('Tổng hợp').value('A5')")).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW');
  expect(await wbEval<unknown>(page, `wb.snapshot(${JSON.stringify(book.sloppy)})`)).toEqual(before);

  // Every issue the core finds is listed, grouped under its office.
  const expected = checkWorkbook(book.grids, { asOf: book.asOf });
  if (!expected.ok) throw new Error('no plan');
  expect(await page.locator('li.issue').count()).toBe(expected.result.issues.length);
  const groups = await page.locator('details.group > summary .office').allTextContents();
  expect(groups).toEqual(expect.arrayContaining(book.offices.filter((o) => expected.result.issues.some((i) => i.office === o))));
  const sloppyGroup = page.locator('details.group', { has: page.locator('summary .office', { hasText: book.sloppyOffice }) });
  const codes = await sloppyGroup.locator('li.issue').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
  expect(codes).toEqual(expect.arrayContaining(['PERCENT_OUT_OF_RANGE', 'INVALID_STATUS']));

  mkdirSync(path.dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT });

  const link = sloppyGroup.locator('li.issue[data-code="PERCENT_OUT_OF_RANGE"] button.cell-link');
  const cell = await link.getAttribute('data-cell');
  expect(await link.textContent()).toBe(`${book.sloppy}!${cell}`);
  await link.click();
  await page.waitForFunction(() => (globalThis as unknown as { __wb: { selected: unknown } }).__wb.selected !== null);
  expect(await wbEval(page, 'wb.selected')).toEqual({ sheet: book.sloppy, address: cell });
  expect(await wbEval(page, 'wb.active')).toBe(book.sloppy);
  await page.close();
}, 60_000);

test('markup an office typed reaches the pane as text, never as an element', async () => {
  const marked = workbook({ markup: true });
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(marked.sheets) }));
  await page.waitForSelector('body[data-state="ready"]');
  await page.click('#check');
  await page.waitForSelector('#issues .issues-title');
  expect(await page.locator('li.issue[data-code="NOT_A_NUMBER"]').count()).toBeGreaterThan(0);
  expect(await page.locator('#issues').textContent()).toContain(XSS);
  expect(await page.locator('#issues img').count()).toBe(0);
  expect(await page.evaluate(() => (globalThis as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
  await page.close();
}, 60_000);

test('the guided form walks the active office sheet and writes the typed value into the cell', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(book.sheets) }));
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForFunction("/Kế hoạch/.test(document.getElementById('plan').textContent)");
  await wbEval(page, `wb.active = ${JSON.stringify(book.sloppy)}`);
  await page.click('#guide-start');
  await page.waitForSelector('#guide .guide-item');
  const progress = (await page.textContent('#guide .guide-progress'))!;
  const cell = /!([A-Z]+\d+)/.exec(progress)![1];
  expect(await page.locator('#guide .guide-problems li').count()).toBeGreaterThan(0);
  expect(await wbEval(page, 'wb.selected')).toEqual({ sheet: book.sloppy, address: cell });
  const field = await page.locator('#guide .guide-facts').textContent();
  expect(field).toMatch(/Cột/);

  const input = page.locator('#guide .guide-input');
  const isList = (await input.evaluate((e) => e.tagName)) === 'SELECT';
  if (isList) await input.selectOption({ index: 1 });
  else await input.fill('85,5');
  await input.press('Enter');
  const want = isList ? 'Chưa triển khai' : 85.5; // typed with a decimal comma, stored as a number
  await page.waitForFunction(
    ([sheet, at, v]) => (globalThis as unknown as { __wb: { sheet(n: string): { value(a: string): unknown } } }).__wb.sheet(sheet).value(at) === v,
    [book.sloppy, cell, want] as const,
  );
  expect(await wbEval(page, `wb.sheet(${JSON.stringify(book.sloppy)}).peek(${parseAddress(cell).top}, ${parseAddress(cell).left}).formula`)).toBeNull();
  await page.close();
}, 60_000);

test('an empty workbook: insert the example plan, then "Tạo biểu mẫu" adds one protected form sheet per office', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs([{ name: 'Sheet1', values: [], formats: [], merges: [] }]) }));
  await page.waitForSelector('#example:not([hidden])');
  expect(await page.textContent('#plan')).toMatch(/Chưa thấy kế hoạch/);
  await page.click('#example');
  await page.waitForSelector('#example[hidden]', { state: 'attached' });
  expect(await page.textContent('#plan')).toMatch(/4888\/KH-UBND/);
  await page.click('#forms');
  await page.waitForFunction("/Đã tạo 9 biểu mẫu/.test(document.getElementById('status').textContent)");
  const forms = formsToCreate(
    planWorkbook(examplePlans[0]).map((s) => sheetToGrid(s)),
    { asOf: todayInVietnam() },
  ).forms.map((f) => f.sheet.name);
  expect(await wbEval<string[]>(page, 'wb.sheets.map(function (s) { return s.name; })')).toEqual(['Sheet1', 'Phụ lục I', 'Phụ lục II', 'Đơn vị', ...forms]);
  expect(await wbEval<boolean>(page, `wb.sheet(${JSON.stringify(forms[0])}).protection.protected`)).toBe(true);
  expect(await wbEval<number>(page, `wb.sheet(${JSON.stringify(forms[0])}).conditionalFormats.length`)).toBeGreaterThan(0);
  await page.close();
}, 60_000);

test('English Office: the pane speaks English', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(book.sheets, 'en-US') }));
  await page.waitForSelector('body[data-state="ready"]');
  expect(await page.textContent('#check')).toBe('Validate and consolidate');
  await page.close();
}, 60_000);

test('outside Excel (real office.js, no host) the page works on files (contract §6), saying Excel is the other way', async () => {
  const page = await openPane((route) => {
    const rest = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = path.join(OFFICE_DIST, path.normalize(rest));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.waitForSelector('body[data-state="files"]', { timeout: 20_000 });
  expect(await page.isVisible('#plan-file')).toBe(true);
  expect(await page.textContent('#files-note')).toContain('Excel');
  expect(await page.isHidden('#pane')).toBe(true);
  expect(await page.evaluate(() => typeof (globalThis as unknown as { Office?: unknown }).Office)).toBe('object');
  await page.close();
}, 60_000);

test('after a check, "Tạo báo cáo (.docx)" builds the report draft in the page and downloads it', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(book.sheets) }));
  await page.waitForSelector('body[data-state="ready"]');
  expect(await page.isHidden('#report')).toBe(true);
  await page.click('#check');
  await page.waitForSelector('#issues .issues-title');
  expect(await page.textContent('#report')).toBe('Tạo báo cáo (.docx)');
  const before = await wbEval<number>(page, 'wb.stats.syncs');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
  const expected = checkWorkbook(book.grids, { asOf: book.asOf });
  if (!expected.ok) throw new Error('no plan');
  expect(download.suggestedFilename()).toBe(reportFileName(expected.result));
  const file = path.join(os.tmpdir(), `nq57-pane-${process.pid}.docx`);
  await download.saveAs(file);
  // The same core and renderer as the command line: the page's document body is the one Node makes from the same result.
  const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
  const made = body(new Uint8Array(readFileSync(file)));
  rmSync(file);
  expect(made).toBe(body(await renderReportDocx(buildReportPlan(expected.result, 'vi'))));
  expect(made).toContain('ỦY BAN NHÂN DÂN');
  for (const i of expected.result.indicators.filter((x) => x.status === 'missed')) expect(made).toContain(i.name.replace(/&/g, '&amp;'));
  // Building the draft reads nothing more from the workbook and writes nothing to it.
  expect(await wbEval<number>(page, 'wb.stats.syncs')).toBe(before);
  await page.close();
}, 60_000);

test('the period chosen in the pane is the period the summary is written for', async () => {
  const page = await openPane((route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs(book.sheets) }));
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForFunction("/Kế hoạch/.test(document.getElementById('plan').textContent)");
  // The choices follow today's year in Vietnam.
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  await page.selectOption('#period', `${year}-Q3`);
  await page.click('#check');
  await page.waitForSelector('#issues .issues-title');
  expect(await wbEval<string>(page, "wb.sheet('Tổng hợp').grid().map(function (r) { return r.join('|'); }).join('\\n')")).toContain(`Quý III năm ${year}`);
  await page.close();
}, 60_000);
