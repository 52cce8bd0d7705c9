// The BUILT pane opened from disk (file://) in Debian Chromium, with no Office and every non-local request refused:
// choose the example plan and the demo's reports, "Kiểm tra và tổng hợp", download the summary and compare it with
// `nq57 check` on the same files; "Tạo biểu mẫu" downloads one form per office, the same files `nq57 forms` makes.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { DIST, ROOT, ensureBuilt } from './built-addin';
import { main } from '../../cli/main';
import { readWorkbookGrids } from '../../cli/xlsx-read';
import { words } from '../../shared/messages';
import type { Grid } from '../../shared/grid';
import { CheckResult } from '../../shared/schemas/result';

/** `UPDATE_SCREENSHOT=1 npx jest test/addin/files-pane.browser` refreshes the guide's picture. */
const SHOT = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs', 'pane-files.png') : path.join(os.tmpdir(), 'nq57-pane-files.png');
const AS_OF = '2026-07-15';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-files-pane-'));
const demo = path.join(tmp, 'demo', 'thong-nhat-4888');
const plan = path.join(demo, 'ke-hoach.xlsx');
const reportsDir = path.join(demo, 'bao-cao');
const quietIo = { out: () => undefined, err: () => undefined };

/** The command line, in-process, from inside `cwd` (so report names read the same as the page's: bare file names). */
async function cli(cwd: string, ...argv: string[]): Promise<number> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await main(argv, quietIo);
  } finally {
    process.chdir(before);
  }
}

let browser: Browser;
let page: Page;
const requests: string[] = [];
let reports: string[];
let cliResult: CheckResult;

beforeAll(async () => {
  ensureBuilt();
  expect(await cli(tmp, 'demo', '--out', 'demo', '--as-of', AS_OF, '--quiet')).toBe(0);
  reports = readdirSync(reportsDir).filter((f) => f.endsWith('.xlsx')).sort();
  // The summary beside the reports: the command line names each report relative to the summary's folder, here its
  // bare file name, as the pane (which only ever has file names) does.
  await cli(reportsDir, 'check', '--plan', plan, '--reports', ...reports, '--out', path.join(reportsDir, 'cli-tong-hop.xlsx'), '--json', path.join(tmp, 'cli.json'), '--docx', path.join(tmp, 'cli-bao-cao.docx'), '--as-of', AS_OF);
  cliResult = CheckResult.parse(JSON.parse(readFileSync(path.join(tmp, 'cli.json'), 'utf8')));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 720, height: 1000 }, acceptDownloads: true, locale: 'vi-VN' });
  page.on('request', (r) => requests.push(r.url()));
  // Nothing leaves the computer: anything not on disk (office.js's CDN included) is refused.
  await page.route('**/*', (route) => (/^(file|blob|data):/.test(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(path.join(DIST, 'taskpane.html')).href);
  await page.waitForSelector('body[data-state="files"]', { timeout: 15_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** Clicks `button` and saves the download it starts. */
async function download(button: string, link: string, name: string): Promise<string> {
  await page.click(button);
  await page.waitForSelector(link, { timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(link)]);
  const to = path.join(tmp, name);
  await file.saveAs(to);
  return to;
}

/** The rows of a sheet of the summary under its header, keyed by (Mục, STT), as the values in `column`. */
function column(grids: Grid[], sheet: string, title: string): Map<string, unknown> {
  const g = grids.find((x) => x.name === sheet)!;
  const h = g.values.findIndex((row) => row.includes('STT') && row.includes(title));
  const [sec, stt, col] = ['Mục', 'STT', title].map((t) => g.values[h].indexOf(t));
  // Item rows only: a section row (`I | Đến năm 2030`) has no status.
  return new Map(g.values.slice(h + 1).filter((r) => r[stt] !== null && r[col] !== null && r[col] !== '').map((r) => [`${r[sec]}/${r[stt]}`, r[col]]));
}

test('outside Office, from file://, the page works on files: inputs for the plan and the reports, the two buttons', async () => {
  expect(await page.isVisible('#plan-file')).toBe(true);
  expect(await page.getAttribute('#report-files', 'multiple')).not.toBeNull();
  expect(await page.textContent('#files-check')).toBe('Kiểm tra và tổng hợp');
  expect(await page.textContent('#files-forms')).toBe('Tạo biểu mẫu');
  expect(await page.isHidden('#pane')).toBe(true);
});

test('Kiểm tra và tổng hợp: the summary it downloads has the statuses and cells of `nq57 check` on the same files', async () => {
  await page.setInputFiles('#plan-file', plan);
  await page.setInputFiles('#report-files', reports.map((r) => path.join(reportsDir, r)));
  await page.fill('#as-of', AS_OF);
  const summary = await download('#files-check', '#download-summary', 'pane-tong-hop.xlsx');
  const pane = await readWorkbookGrids(summary);
  const ours = await readWorkbookGrids(path.join(reportsDir, 'cli-tong-hop.xlsx'));
  if (!pane.ok || !ours.ok) throw new Error('a summary cannot be read');

  // Every indicator's and task's status, as the result JSON of the command line gives it.
  const w = words.vi;
  const indicators = column(pane.grids, 'Chỉ tiêu', 'Đánh giá');
  expect(indicators.size).toBe(cliResult.indicators.length);
  for (const i of cliResult.indicators) expect([i.section, i.stt, indicators.get(`${i.section}/${i.stt}`)]).toEqual([i.section, i.stt, w[i.status]]);
  const tasks = column(pane.grids, 'Nhiệm vụ', 'Tình trạng');
  for (const t of cliResult.tasks) expect(tasks.get(`${t.section}/${t.stt}`)).toBe(w[t.status]);
  expect(cliResult.indicators.some((i) => i.status === 'met') && cliResult.indicators.some((i) => i.status === 'missed')).toBe(true);

  // And the whole workbook: same sheets, same cells (the same core and the same ExcelJS writer).
  expect(pane.grids.map((g) => g.name)).toEqual(ours.grids.map((g) => g.name));
  for (const [i, g] of pane.grids.entries()) expect([g.name, g.values]).toEqual([g.name, ours.grids[i].values]);

  // The issues, by office, on the page: the file that is not a workbook among them.
  const codes = await page.$$eval('#files-issues li.issue', (items) => items.map((li) => li.getAttribute('data-code')));
  expect(codes.sort()).toEqual(cliResult.issues.map((i) => i.code).sort());
  expect(codes).toContain('REPORT_UNREADABLE');
  await page.screenshot({ path: SHOT, fullPage: false });

  // The report draft beside it: the same document body `nq57 check --docx` writes from the same result.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxFile = path.join(tmp, 'pane-bao-cao.docx');
  await docx.saveAs(docxFile);
  const cliDocx = path.join(tmp, 'cli-bao-cao.docx');
  const body = async (f: string) => (await JSZip.loadAsync(readFileSync(f))).file('word/document.xml')!.async('string');
  expect(await body(docxFile)).toBe(await body(cliDocx));
}, 120_000);

test('Tạo biểu mẫu: one .xlsx per office in one .zip, the same files `nq57 forms` writes', async () => {
  const zipFile = await download('#files-forms', '#download-forms', 'bieu-mau.zip');
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const names = Object.keys(zip.files).sort();
  const formsDir = path.join(tmp, 'cli-forms');
  expect(await cli(tmp, 'forms', '--plan', plan, '--out', formsDir)).toBe(0);
  expect(names).toEqual(readdirSync(formsDir).sort());
  expect(names.length).toBe(cliResult.offices.length);
  // Each is a real workbook whose form names its office.
  for (const name of names) {
    const bytes = await zip.file(name)!.async('nodebuffer');
    const grids = await (await import('../../cli/xlsx-read')).readWorkbookBuffer(bytes, name);
    expect(grids.ok).toBe(true);
  }
}, 120_000);

test('nothing was sent: the only request off the disk was office.js, refused, and none came after the page loaded', () => {
  const remote = requests.filter((u) => !/^(file|blob|data):/.test(u));
  expect(remote.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
  expect(remote.length).toBeLessThanOrEqual(1);
});
