// End to end through real .xlsx files and the BUILT command line: resubmitted reports and workbooks that are no plan.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { fixturePlanGrids } from './fixture-plan';
import { nationalLeadRows, nationalPlanGrids } from './fixture-national-plan';
import { writeGridsXlsx, fillFormFile } from './xlsx-fixtures';
import { CheckResult } from '../shared/schemas/result';

const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-real-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp });

/** Sets the workbook's own saved time (docProps/core.xml), as Excel does on every save. */
async function savedAt(file: string, iso: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.modified = new Date(iso);
  await wb.xlsx.writeFile(file);
}

let result: CheckResult;
let status: number | null;

beforeAll(async () => {
  await writeGridsXlsx(path.join(tmp, 'plan.xlsx'), fixturePlanGrids());
  expect(run('forms', '--plan', 'plan.xlsx', '--out', 'forms', '--period', '2026-H1').status).toBe(0);
  mkdirSync(path.join(tmp, 'reports'));
  const form = path.join(tmp, 'forms', 'cong-an-xa.xlsx');
  // Named so that file-name order would put the old file last: only the saved time may decide.
  const old = path.join(tmp, 'reports', 'z-cong-an-ban-cu.xlsx');
  const fixed = path.join(tmp, 'reports', 'a-cong-an-ban-sua.xlsx');
  await fillFormFile(form, old, {
    indicator: { 'I/3': { 'Tử số': 300, 'Mẫu số': 500 }, 'I/4': { 'Kết quả đạt được': 3 }, 'I/5': { 'Kết quả đạt được': 92 } },
    task: { 'I/6': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': new Date(Date.UTC(2026, 4, 20)) } },
  });
  await fillFormFile(form, fixed, {
    indicator: { 'I/4': { 'Kết quả đạt được': 4 } },
    task: { 'I/6': { 'Tình trạng': 'Đang thực hiện' } },
  });
  await savedAt(old, '2026-06-01T01:00:00Z');
  await savedAt(fixed, '2026-06-05T09:30:00Z');
  const check = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'summary.xlsx', '--json', 'result.json', '--as-of', '2026-07-15');
  status = check.status;
  result = CheckResult.parse(JSON.parse(readFileSync(path.join(tmp, 'result.json'), 'utf8')));
}, 60_000);

test('an old and a corrected report of one office: only the corrected figures, exactly one SUPERSEDED_REPORT', () => {
  expect(status).toBe(0);
  const ind = (stt: string) => result.indicators.find((i) => i.stt === stt)!;
  expect(ind('4')).toMatchObject({ value: 4 });
  // The corrected file left 3 and 5 blank: nothing of the old file fills them.
  expect(ind('3')).toMatchObject({ value: null, status: 'no_data' });
  expect(ind('5')).toMatchObject({ value: null, status: 'no_data' });
  expect(result.tasks.find((t) => t.stt === '6')!.sources.map((s) => s.file)).not.toContain(path.join('reports', 'z-cong-an-ban-cu.xlsx'));
  const all = result.indicators.flatMap((i) => i.sources).concat(result.tasks.flatMap((t) => t.sources));
  expect(all.every((s) => s.file === path.join('reports', 'a-cong-an-ban-sua.xlsx'))).toBe(true);
  const superseded = result.issues.filter((i) => i.code === 'SUPERSEDED_REPORT');
  expect(superseded).toHaveLength(1);
  expect(superseded[0]).toMatchObject({ severity: 'warning', office: 'Công an xã', file: path.join('reports', 'z-cong-an-ban-cu.xlsx') });
  expect(superseded[0].message).toContain('a-cong-an-ban-sua.xlsx');
  expect(result.offices.find((o) => o.name === 'Công an xã')!.sources).toEqual([path.join('reports', 'a-cong-an-ban-sua.xlsx')]);
});

test('--plan given a report form or a summary: exit 2, saying what the file is', () => {
  const form = run('check', '--plan', path.join('forms', 'cong-an-xa.xlsx'), '--reports', 'reports', '--out', 'x.xlsx');
  expect(form.status).toBe(2);
  expect(form.stderr).toMatch(/biểu mẫu báo cáo/);
  const summary = run('forms', '--plan', 'summary.xlsx', '--out', 'forms2');
  expect(summary.status).toBe(2);
  expect(summary.stderr).toMatch(/bảng tổng hợp/);
  const en = run('check', '--plan', path.join('forms', 'cong-an-xa.xlsx'), '--reports', 'reports', '--out', 'x.xlsx', '--lang', 'en');
  expect(en.status).toBe(2);
  expect(en.stderr).toMatch(/report form/);
});

describe('a national-style plan pasted into Excel, through real files and the built CLI', () => {
  let reminders: Array<{ office: string; tasks: Array<{ section: string; stt: string; deadline: string | null }> }>;

  beforeAll(async () => {
    // Written with each cell's number format, as Excel saves what was pasted (`6/2025` → a date shown `mmm-yy`).
    const wb = new ExcelJS.Workbook();
    for (const g of nationalPlanGrids()) {
      const ws = wb.addWorksheet(g.name);
      g.values.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v === null) return;
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = v;
          const fmt = g.formats?.[r]?.[c];
          if (fmt) cell.style = { ...cell.style, numFmt: fmt };
        });
      });
    }
    await wb.xlsx.writeFile(path.join(tmp, 'national.xlsx'));
    const remind = run('remind', '--plan', 'national.xlsx', '--as-of', '2025-07-15', '--json', 'national-remind.json');
    expect([0, 1]).toContain(remind.status);
    reminders = JSON.parse(readFileSync(path.join(tmp, 'national-remind.json'), 'utf8'));
  }, 60_000);

  test('the pasted 6/2025 is overdue on 15/07/2025 with its month-end deadline, for its lead office only', () => {
    const due = reminders.flatMap((r) => r.tasks.map((t) => [r.office, t.stt, t.deadline]));
    expect(due).toEqual([['Bộ Khoa học và Công nghệ', '1', '2025-06-30']]);
  });

  test('on 15/01/2026 every task reaches someone\'s reminder: no lead cell resolves to nothing', () => {
    const late = run('remind', '--plan', 'national.xlsx', '--as-of', '2026-01-15', '--json', 'national-remind-2026.json');
    expect([0, 1]).toContain(late.status);
    const all: typeof reminders = JSON.parse(readFileSync(path.join(tmp, 'national-remind-2026.json'), 'utf8'));
    const reminded = new Set(all.flatMap((r) => r.tasks.map((t) => t.stt)));
    expect(nationalLeadRows.filter((r) => !reminded.has(r.stt)).map((r) => r.stt)).toEqual([]);
    // The enterprises' collective is reminded as one body, under its own name.
    expect(all.find((r) => r.office === 'Tập đoàn, doanh nghiệp công nghệ số')!.tasks.map((t) => t.stt)).toEqual(['13']);
  });
});
