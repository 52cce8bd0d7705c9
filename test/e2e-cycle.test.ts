// The reporting cycle end to end through the BUILT command line on real files: H1 checked, reviewed, reminded; then the year with --previous.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { fixturePlanGrids } from './fixture-plan';
import { writeGridsXlsx, fillFormFile, type OfficerEntries } from './xlsx-fixtures';
import { CheckResult } from '../shared/schemas/result';
import { Reminder } from '../shared/remind/reminders';

const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-cycle-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp });
const at = (...p: string[]) => path.join(tmp, ...p);
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const readResult = (f: string) => CheckResult.parse(JSON.parse(readFileSync(at(f), 'utf8')));

const VHXH = 'Phòng Văn hóa - Xã hội';
const CAX = 'Công an xã';
const TT = 'Trung tâm Phục vụ hành chính công';

const entries: Record<string, OfficerEntries> = {
  'phong-van-hoa-xa-hoi.xlsx': {
    indicator: {
      'I/1': { 'Kết quả đạt được': 'Đạt' },
      'I/2.1': { 'Kết quả đạt được': '79,5' },
      'I/3': { 'Tử số': 290, 'Mẫu số': 300 },
      'I/4': { 'Kết quả đạt được': 2 },
      'I/5': { 'Kết quả đạt được': 85 },
    },
    task: {
      'I/1': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-03-20') },
      'I/2': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': '25/03/2026' },
      'I/3': { 'Tình trạng': 'Đang thực hiện' },
      'I/6': { 'Tình trạng': 'Chưa triển khai' },
    },
  },
  // Late, and leaves tasks I.2 and I.5 empty.
  'cong-an-xa.xlsx': {
    indicator: { 'I/3': { 'Tử số': 300, 'Mẫu số': 500 }, 'I/4': { 'Kết quả đạt được': 3 }, 'I/5': { 'Kết quả đạt được': 92 } },
    task: { 'I/3': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-01') }, 'I/6': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-20') } },
  },
  // Complete, nothing overdue, but one error: the office the standing office returns.
  'trung-tam-phuc-vu-hanh-chinh-cong.xlsx': {
    indicator: { 'I/2.10': { 'Kết quả đạt được': { value: 1, numFmt: '0%' } }, 'I/6': { 'Kết quả đạt được': 150 } },
    task: { 'I/3': { 'Tình trạng': 'Đang thực hiện' }, 'I/4': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-06-05') } },
  },
};

/** The workbook's own saved time (docProps/core.xml), as Excel writes it when an officer saves. */
const SAVED: Record<string, string> = {
  'phong-van-hoa-xa-hoi.xlsx': '2026-06-08T02:12:00Z', // 09:12 on 8/6 in Vietnam
  'cong-an-xa.xlsx': '2026-06-20T03:00:00Z', // 10 days after the due date 10/6
  'trung-tam-phuc-vu-hanh-chinh-cong.xlsx': '2026-06-10T16:30:00Z', // 23:30 on 10/6 in Vietnam: still on time
};

async function setSavedTime(file: string, iso: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.modified = new Date(iso);
  await wb.xlsx.writeFile(file);
}

async function boardRows(file: string): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Tình hình báo cáo')!;
  const rows = new Map<string, string[]>();
  ws.eachRow((row) => {
    // Array.from, not map: a blank cell is a hole in ExcelJS's row.values, which map would keep as a hole.
    const values = Array.from((row.values as unknown[]).slice(1), (v) => (v == null ? '' : String(v)));
    rows.set(values[0], values);
  });
  return rows;
}

let h1: CheckResult;

beforeAll(async () => {
  await writeGridsXlsx(at('plan.xlsx'), fixturePlanGrids());
  expect(run('forms', '--plan', 'plan.xlsx', '--out', 'forms', '--period', '2026-H1').status).toBe(0);
  mkdirSync(at('reports'));
  for (const [file, e] of Object.entries(entries)) {
    await fillFormFile(at('forms', file), at('reports', file), e);
    await setSavedTime(at('reports', file), SAVED[file]);
  }
  const check = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'h1.xlsx', '--json', 'h1.json', '--as-of', '2026-07-15', '--period', '2026-H1');
  expect(check.stderr).toBe('');
  expect(check.status).toBe(1); // TT PVHCC's 150%
  h1 = readResult('h1.json');
});

test('completeness and timeliness per office from the reports’ own saved times', () => {
  const office = (n: string) => h1.offices.find((o) => o.name === n)!;
  expect(office(VHXH)).toMatchObject({ submittedAt: '2026-06-08T09:12:00+07:00', onTime: true, completeness: { inputs: 9, filled: 9, errors: 0 }, review: { state: 'pending', reason: null } });
  expect(office(CAX)).toMatchObject({ submittedAt: '2026-06-20T10:00:00+07:00', onTime: false, completeness: { inputs: 7, filled: 5, errors: 0 } });
  expect(office(TT)).toMatchObject({ submittedAt: '2026-06-10T23:30:00+07:00', onTime: true, completeness: { inputs: 4, filled: 4, errors: 1 } });
  expect(h1.issues).toContainEqual(expect.objectContaining({ code: 'REPORT_LATE', office: CAX, params: expect.objectContaining({ days: 10 }) }));
  // The sums behind the ratio of sums (290 + 300) / (300 + 500).
  expect(h1.indicators.find((i) => i.stt === '3')).toMatchObject({ parts: { numerator: 590, denominator: 800 }, previous: null });
  expect(h1.indicators.find((i) => i.stt === '4')!.parts).toBeNull();
});

test('the board in Tình hình báo cáo: filled, late, days overdue, review columns, hidden fingerprint', async () => {
  const rows = await boardRows(at('h1.xlsx'));
  const head = rows.get('Đơn vị')!;
  const col = (name: string) => head.indexOf(name);
  expect(col('Duyệt')).toBeGreaterThan(0);
  expect(rows.get(CAX)![col('Đúng hạn')]).toBe('Nộp muộn');
  expect(rows.get(CAX)![col('Số ngày quá hạn')]).toBe('10');
  expect(rows.get(CAX)![col('Đã điền')]).toBe('5/7');
  expect(rows.get(TT)![col('Lỗi')]).toBe('1');
  expect(rows.get(VHXH)![col('Đúng hạn')]).toBe('Đúng hạn');
  expect(rows.get(VHXH)![col('Mã dữ liệu')]).toMatch(/^[0-9a-f]{14}$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at('h1.xlsx'));
  expect(wb.getWorksheet('Tình hình báo cáo')!.getColumn(col('Mã dữ liệu') + 1).hidden).toBe(true);
});

describe('review by the standing office', () => {
  beforeAll(async () => {
    // The standing office opens the summary, approves one office and returns another, and saves it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('h1.xlsx'));
    const ws = wb.getWorksheet('Tình hình báo cáo')!;
    // The board's header is the third row, under the title and the commune, plan and period.
    const head = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    ws.eachRow((row) => {
      const office = String(row.getCell(1).value ?? '');
      if (office === VHXH) row.getCell(head.indexOf('Duyệt') + 1).value = 'Đã duyệt';
      if (office === TT) {
        row.getCell(head.indexOf('Duyệt') + 1).value = 'Trả lại';
        row.getCell(head.indexOf('Lý do trả lại') + 1).value = 'Tỷ lệ hồ sơ xử lý trực tuyến ghi sai <b>định dạng</b>';
      }
    });
    await wb.xlsx.writeFile(at('review.xlsx'));
  });

  test('decisions give the review states and stay in the next summary', async () => {
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'h1b.xlsx', '--json', 'h1b.json', '--as-of', '2026-07-16', '--period', '2026-H1', '--review', 'review.xlsx');
    expect(r.status).toBe(1);
    const res = readResult('h1b.json');
    const review = (n: string) => res.offices.find((o) => o.name === n)!.review;
    expect(review(VHXH)).toEqual({ state: 'approved', reason: null });
    expect(review(TT)).toEqual({ state: 'returned', reason: 'Tỷ lệ hồ sơ xử lý trực tuyến ghi sai <b>định dạng</b>' });
    expect(review(CAX)).toEqual({ state: 'pending', reason: null });
    expect(res.issues.filter((i) => i.code === 'CHANGED_AFTER_APPROVAL')).toEqual([]);
    // Kept across runs: the new summary carries the decisions again, so it can be the next --review.
    const rows = await boardRows(at('h1b.xlsx'));
    const head = rows.get('Đơn vị')!;
    expect(rows.get(VHXH)![head.indexOf('Duyệt')]).toBe('Đã duyệt');
    expect(rows.get(TT)![head.indexOf('Duyệt')]).toBe('Trả lại');
    expect(rows.get(TT)![head.indexOf('Lý do trả lại')]).toBe('Tỷ lệ hồ sơ xử lý trực tuyến ghi sai <b>định dạng</b>');
    const again = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'h1c.xlsx', '--json', 'h1c.json', '--as-of', '2026-07-17', '--period', '2026-H1', '--review', 'h1b.xlsx');
    expect(again.status).toBe(1);
    expect(readResult('h1c.json').offices.map((o) => o.review!.state)).toEqual(res.offices.map((o) => o.review!.state));
  });

  test('remind: the returned office gets a mail with the reason and its errors though nothing is overdue', () => {
    const r = run('remind', '--plan', 'plan.xlsx', '--reports', 'reports', '--as-of', '2026-07-16', '--period', '2026-H1', '--review', 'review.xlsx', '--json', 'reminders.json', '--outbox', 'outbox');
    expect(r.status).toBe(1);
    const reminders = Reminder.array().parse(JSON.parse(readFileSync(at('reminders.json'), 'utf8')));
    const tt = reminders.find((x) => x.office === TT)!;
    expect(tt).toMatchObject({ tasks: [], reportMissing: false, incomplete: null, returned: { reason: 'Tỷ lệ hồ sơ xử lý trực tuyến ghi sai <b>định dạng</b>', errors: 1 } });
    expect(tt.returned!.errorList![0]).toMatchObject({ file: path.join('reports', 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), cell: expect.stringMatching(/^E\d+$/) });
    expect(reminders.find((x) => x.office === VHXH)!.returned).toBeNull();
    // One digest per office per run.
    expect(new Set(reminders.map((x) => x.office)).size).toBe(reminders.length);
    const eml = readFileSync(at('outbox', readdirSync(at('outbox')).find((f) => f.includes('trung-tam'))!), 'utf8');
    const part = (type: string) => Buffer.from(eml.split(`${type}; charset=UTF-8`)[1].split('\r\n\r\n')[1].split('\r\n--')[0].replace(/\r\n/g, ''), 'base64').toString('utf8');
    const text = part('text/plain');
    expect(text).toContain('Lý do: Tỷ lệ hồ sơ xử lý trực tuyến ghi sai <b>định dạng</b>');
    expect(text).toMatch(/Báo cáo còn 1 lỗi/);
    expect(text).toContain(`${tt.returned!.errorList![0].sheet}!${tt.returned!.errorList![0].cell}`);
    // The reason is office text: escaped in the HTML part, never markup.
    expect(part('text/html')).toContain('&lt;b&gt;định dạng&lt;/b&gt;');
    expect(part('text/html')).not.toContain('<b>định dạng</b>');
  });

  test('a report changed after approval gets CHANGED_AFTER_APPROVAL and is pending again', async () => {
    mkdirSync(at('reports-changed'));
    for (const f of readdirSync(at('reports'))) writeFileSync(at('reports-changed', f), readFileSync(at('reports', f)));
    const changed = { ...entries['phong-van-hoa-xa-hoi.xlsx'], indicator: { ...entries['phong-van-hoa-xa-hoi.xlsx'].indicator, 'I/5': { 'Kết quả đạt được': 95 } } };
    await fillFormFile(at('forms', 'phong-van-hoa-xa-hoi.xlsx'), at('reports-changed', 'phong-van-hoa-xa-hoi.xlsx'), changed);
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports-changed', '--out', 'h1d.xlsx', '--json', 'h1d.json', '--as-of', '2026-07-18', '--period', '2026-H1', '--review', 'review.xlsx');
    expect(r.status).toBe(1);
    const res = readResult('h1d.json');
    expect(res.offices.find((o) => o.name === VHXH)!.review).toEqual({ state: 'pending', reason: null });
    expect(res.issues).toContainEqual(expect.objectContaining({ code: 'CHANGED_AFTER_APPROVAL', severity: 'warning', office: VHXH }));
    // The returned office did not change: still returned.
    expect(res.offices.find((o) => o.name === TT)!.review!.state).toBe('returned');
    const rows = await boardRows(at('h1d.xlsx'));
    expect(rows.get(VHXH)![rows.get('Đơn vị')!.indexOf('Duyệt')]).toBe('');
  });

  test('a review workbook of another period is not applied', () => {
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'y.xlsx', '--json', 'y.json', '--as-of', '2026-12-10', '--period', '2026', '--review', 'review.xlsx');
    expect(r.status).toBe(1);
    const res = readResult('y.json');
    expect(res.offices.every((o) => o.review!.state === 'pending')).toBe(true);
    expect(res.issues).toContainEqual(expect.objectContaining({ code: 'REVIEW_OTHER_PERIOD' }));
  });
});

describe('the year with --previous the H1 result', () => {
  test('forms carry a locked Kỳ trước column; tasks not done are marked carried forward', async () => {
    const r = run('forms', '--plan', 'plan.xlsx', '--out', 'forms-2026', '--period', '2026', '--previous', 'h1.json');
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('forms-2026', 'phong-van-hoa-xa-hoi.xlsx'));
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    const headers = rows.filter((row) => row[0] === 'STT');
    // One header per table, again on each page a table continues onto.
    expect(headers.length).toBeGreaterThanOrEqual(2);
    // 'Kỳ trước' stands right of the hidden helper columns, so on screen and paper it follows the last printed column.
    const k = headers[0].indexOf('Kỳ trước (6 tháng đầu năm 2026)');
    expect(k).toBeGreaterThan(8);
    for (const h of headers) expect(h[k]).toBe('Kỳ trước (6 tháng đầu năm 2026)');
    const row3 = rows.find((row) => row[0] === '3' && row[2] === '%')!;
    expect(row3[k]).toBe('73,75% — Đạt');
    const task6 = rows.filter((row) => row[0] === '6').pop()!;
    expect(task6[k]).toBe('Chưa triển khai — Quá hạn (chuyển tiếp)');
    expect((ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
    ws.eachRow((row) => {
      const c = row.getCell(k + 1);
      if (c.value) expect(c.protection?.locked).not.toBe(false);
    });
  });

  test('check: every indicator has last period beside it; the summary shows the change and the carried tasks', async () => {
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'y2026.xlsx', '--json', 'y2026.json', '--as-of', '2026-12-10', '--period', '2026', '--previous', 'h1.json');
    expect(r.status).toBe(1);
    const res = readResult('y2026.json');
    expect(res.period).toEqual({ id: '2026', label: 'Năm 2026', due: '2026-12-05' });
    for (const i of res.indicators) {
      const before = h1.indicators.find((p) => p.section === i.section && p.stt === i.stt)!;
      expect(i.previous).toEqual({ period: '2026-H1', value: before.value, status: before.status });
    }
    const carried = res.tasks.filter((t) => t.carriedForward).map((t) => t.stt);
    expect(carried).toEqual(h1.tasks.filter((t) => t.status !== 'done' && !t.recurring).map((t) => t.stt));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('y2026.xlsx'));
    const ws = wb.getWorksheet('So với kỳ trước')!;
    expect(ws).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toContain('Thay đổi');
  });

  test('a bad --previous file is exit 2 with a clear message, and nothing is written', () => {
    writeFileSync(at('not-json.json'), 'Đây không phải JSON');
    writeFileSync(at('other.json'), JSON.stringify({ schemaVersion: 1, asOf: '2026-07-15' }));
    for (const [file, pattern] of [['not-json.json', /không phải JSON/], ['other.json', /không phải kết quả JSON/], ['missing.json', /không đọc được tệp/]] as const) {
      const c = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', `bad-${file}.xlsx`, '--previous', file);
      expect(c.status).toBe(2);
      expect(c.stderr).toMatch(pattern);
      const f = run('forms', '--plan', 'plan.xlsx', '--out', `bad-forms-${file}`, '--previous', file);
      expect(f.status).toBe(2);
    }
    expect(readdirSync(tmp).filter((f) => f.startsWith('bad-'))).toEqual([]);
  });

  test('a --review file that is no summary is exit 2', () => {
    const c = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'z.xlsx', '--review', 'plan.xlsx');
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/Tình hình báo cáo/);
  });
});
