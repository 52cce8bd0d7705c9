// "Điền theo hướng dẫn" end to end: the BUILT sidebar in Debian Chromium, its google.script.run answered by the
// BUILT bundle running on the fakes in Node, so every step goes through the real server functions and the sheet.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDir, type Served } from '../browser';
import { DIST, ensureBuilt, loadBundle, type Loaded } from './bundle';
import { guideWorkbook, seedWorkbook } from './workbooks';
import { TEXT } from '../../apps-script/sidebar/ui-text';

const NOW = '2026-07-15T01:00:00Z';
const EMPTY = 'TT Phục vụ hành chính công';
const XSS = '<img src=x onerror="window.__xss=true">';
const SHOT = path.join(os.tmpdir(), 'nq57-sidebar-guide.png');

/** google.script.run as HtmlService gives it (a fresh runner per call, answers arriving later), bridged to Node. */
const BRIDGE = `(() => {
  window.__calls = [];
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => {
        window.__calls.push([name, args]);
        window.__server(name, JSON.stringify(args)).then((r) => (r.ok ? ok && ok(r.value) : fail && fail(new Error(r.message))));
      };
    },
  });
  window.google = { script: { get run() { return runner(null, null); } } };
})();`;

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  served = await serveDir(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(): Promise<{ page: Page; t: Loaded }> {
  // Office text in the plan (an indicator's name) must reach the sidebar as text.
  const wb = guideWorkbook({ edit: (sheet, v) => (sheet === 'Phụ lục I' && typeof v === 'string' && v.startsWith('Tỷ lệ') ? `${v} ${XSS}` : undefined) });
  const t = loadBundle({ now: NOW });
  seedWorkbook(t.fakes.spreadsheet, wb);
  t.fakes.spreadsheet.active = { sheet: EMPTY, range: null };
  const page = await browser.newPage({ viewport: { width: 300, height: 760 }, deviceScaleFactor: 2 });
  await page.route('**/*', (route) => (route.request().url().startsWith(served.origin) ? route.continue() : route.abort()));
  await page.exposeFunction('__server', (name: string, args: string) => {
    try {
      return { ok: true, value: t.call(name, ...(JSON.parse(args) as unknown[])) ?? null };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.addInitScript(BRIDGE);
  await page.goto(`${served.origin}/sidebar.html`);
  return { page, t };
}

const calls = (page: Page) => page.evaluate(() => (globalThis as unknown as { __calls: Array<[string, unknown[]]> }).__calls);
const progress = (page: Page) => page.locator('.guide-progress').textContent();

test('walk an empty form from the sidebar: each answer lands in its cell, skip and stop work, office text stays text', async () => {
  const { page, t } = await open();
  const sheet = () => t.fakes.spreadsheet.sheet(EMPTY);
  await page.getByRole('button', { name: TEXT.vi.guideButton }).click();
  await page.locator('.guide-progress').waitFor();
  await expect(progress(page)).resolves.toBe(`Ô ${EMPTY}!E15 — 1/4`);
  expect(t.fakes.spreadsheet.active).toEqual({ sheet: EMPTY, range: 'E15' });
  const facts = await page.locator('.guide-facts dt, .guide-facts dd').allTextContents();
  expect(facts.slice(0, 4)).toEqual([TEXT.vi.guideField, 'Kết quả đạt được', TEXT.vi.guideUnit, '%']);
  await expect(page.locator('.guide-item .name').textContent()).resolves.toContain(XSS);
  expect(await page.locator('#guide img').count()).toBe(0);

  // A formula typed where a number is due: kept as text in the cell, the step stays and says what is wrong.
  await page.locator('.guide-input').fill('=1+1');
  await page.locator('.guide-input').press('Enter');
  await page.locator('.guide-problems li').first().waitFor();
  await expect(progress(page)).resolves.toBe(`Ô ${EMPTY}!E15 — 1/4`);
  expect(sheet().cell('E15')).toMatchObject({ value: '=1+1', input: { stringValue: '=1+1' } });
  expect(sheet().cell('E15')!.formula).toBeUndefined();

  // Decimal comma, with the button: a number in the cell, and on to the next cell.
  await page.locator('.guide-input').fill('66,5');
  await page.getByRole('button', { name: TEXT.vi.guideSave }).click();
  await page.waitForFunction(`document.querySelector('.guide-progress')?.textContent !== ${JSON.stringify(`Ô ${EMPTY}!E15 — 1/4`)}`);
  expect(sheet().cell('E15')!.input).toEqual({ numberValue: 66.5 });
  const at = /!([A-Z]+\d+) /.exec((await progress(page)) ?? '')![1];
  expect(at).not.toBe('E15');
  expect(t.fakes.spreadsheet.active).toEqual({ sheet: EMPTY, range: at });

  // Skip: the next step at once, its cell selected through activateCell.
  await page.getByRole('button', { name: TEXT.vi.guideSkip }).click();
  const skippedTo = /!([A-Z]+\d+) /.exec((await progress(page)) ?? '')![1];
  expect(skippedTo).not.toBe(at);
  await page.waitForFunction((c) => (globalThis as unknown as { __calls: unknown[][] }).__calls.some((x) => x[0] === 'activateCell' && (x[1] as unknown[])[1] === c), skippedTo);
  expect(t.fakes.spreadsheet.active).toEqual({ sheet: EMPTY, range: skippedTo });

  // A status cell offers its list.
  while (!(await page.locator('select.guide-input').count())) await page.getByRole('button', { name: TEXT.vi.guideSkip }).click();
  const statusCell = /!([A-Z]+\d+) /.exec((await progress(page)) ?? '')![1];
  expect(await page.locator('select.guide-input option').allTextContents()).toEqual(['', 'Chưa triển khai', 'Đang thực hiện', 'Hoàn thành']);
  await page.selectOption('select.guide-input', 'Đang thực hiện');
  await page.screenshot({ path: SHOT });
  await page.getByRole('button', { name: TEXT.vi.guideSave }).click();
  await page.waitForFunction(() => (globalThis as unknown as { __calls: unknown[][] }).__calls.filter((x) => x[0] === 'guideAnswer').length === 3);
  await page.waitForFunction(`!document.querySelector('.guide-progress')?.textContent?.includes(${JSON.stringify(`!${statusCell} `)})`);
  expect(sheet().cell(statusCell)!.input).toEqual({ stringValue: 'Đang thực hiện' });

  // One server call a step: start, three answers, the skips' selections; no grid ever crossed.
  const made = await calls(page);
  expect(made.filter((c) => c[0] === 'guideStart')).toHaveLength(1);
  expect(made.filter((c) => c[0] === 'guideAnswer').map((c) => c[1].slice(0, 3))).toEqual([
    [EMPTY, 'E15', '=1+1'],
    [EMPTY, 'E15', '66,5'],
    [EMPTY, statusCell, 'Đang thực hiện'],
  ]);

  await page.getByRole('button', { name: TEXT.vi.guideStop }).click();
  expect(await page.isHidden('#guide')).toBe(true);
  expect(await page.evaluate(() => (globalThis as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
  await page.close();
}, 90_000);

test('on a sheet that is no form the sidebar says so; a finished form says it is complete', async () => {
  const { page, t } = await open();
  t.fakes.spreadsheet.active = { sheet: 'Phụ lục I', range: null };
  await page.getByRole('button', { name: TEXT.vi.guideButton }).click();
  await page.locator('.guide-refused').waitFor();
  await expect(page.locator('.guide-refused').textContent()).resolves.toContain('Trang "Phụ lục I" không phải biểu mẫu');
  // Phòng VHXH left one cell to fix (a word where Đạt / Không đạt is due): answering it completes the form.
  const vhxh = 'Phòng Văn hóa - Xã hội';
  t.fakes.spreadsheet.active = { sheet: vhxh, range: null };
  await page.getByRole('button', { name: TEXT.vi.guideButton }).click();
  await page.locator('select.guide-input').waitFor();
  await expect(progress(page)).resolves.toBe(`Ô ${vhxh}!E15 — 1/1`);
  await expect(page.locator('select.guide-input').inputValue()).resolves.toBe('');
  await page.selectOption('select.guide-input', 'Đạt');
  await page.getByRole('button', { name: TEXT.vi.guideSave }).click();
  await page.locator('.guide-done').waitFor();
  await expect(page.locator('.guide-done').textContent()).resolves.toBe(`Trang "${vhxh}" đã điền đủ, không còn ô nào cần sửa.`);
  expect(t.fakes.spreadsheet.sheet(vhxh).cell('E15')!.input).toEqual({ stringValue: 'Đạt' });
  await page.close();
}, 60_000);

test("the sidebar's guide words are the pane's", async () => {
  const { say } = await import('../../addin/pane-words');
  for (const lang of ['vi', 'en'] as const) {
    for (const key of ['guideButton', 'guideNotForm', 'guideDone', 'guideProgress', 'guideTarget', 'guideUnit', 'guideDeadline', 'guideField', 'guideSave', 'guideSkip', 'guideStop', 'guidePlaceholder'] as const) {
      expect([lang, key, TEXT[lang][key]]).toEqual([lang, key, say(lang, key)]);
    }
  }
});
