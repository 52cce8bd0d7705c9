// validateAndConsolidate through the BUILT bundle: the contract's result, the output sheets, office sheets untouched, text inert.
import { CheckResult } from '../../shared/schemas/result';
import { HISTORY_SHEET } from '../../shared/workbook/layout';
import { SUMMARY_SHEETS } from '../../shared/render/summary-sheets';
import { FIXTURE_AS_OF } from '../fixture-reports';
import { ensureBuilt, loadBundle } from './bundle';
import type { FakeSheet } from './fakes';
import { fixtureWorkbook, seedWorkbook, type Workbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

const OUT = SUMMARY_SHEETS.vi;

function open(wb: Workbook = fixtureWorkbook(), opts: Parameters<typeof loadBundle>[0] = {}) {
  const loaded = loadBundle(opts);
  seedWorkbook(loaded.fakes.spreadsheet, wb);
  return { ...loaded, wb, ss: loaded.fakes.spreadsheet };
}

/** Row of a written output sheet whose first columns read `section`, `stt`. */
function rowOf(sheet: FakeSheet, section: string, stt: string): unknown[] {
  const row = sheet.values().find((r) => r[0] === section && r[1] === stt);
  if (!row) throw new Error(`no row ${section}.${stt} in ${sheet.name}`);
  return row;
}

describe('validateAndConsolidate on the fixture workbook', () => {
  let t: ReturnType<typeof open>;
  let officeSheets: string[];
  let before: Map<string, string>;
  let result: CheckResult;
  beforeAll(() => {
    t = open();
    officeSheets = t.wb.forms.map((f) => f.name);
    before = new Map(officeSheets.map((n) => [n, JSON.stringify(t.ss.sheet(n).snapshot())]));
    result = t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
  });

  test('returns the contract §4 result, JSON-safe, with sheets as sources', () => {
    expect(CheckResult.safeParse(result).success).toBe(true);
    expect(result.asOf).toBe('2026-07-15');
    expect(result.period).toEqual({ id: '2026-H1', label: '6 tháng đầu năm 2026', due: '2026-06-10' });
    const ind = (stt: string) => result.indicators.find((i) => i.stt === stt)!;
    expect(ind('3').value).toBeCloseTo(73.75, 6);
    expect(ind('3')).toMatchObject({ status: 'met', method: 'ratio_of_sums' });
    expect(ind('3').sources).toHaveLength(4);
    expect(ind('3').sources.every((s) => s.file === null && /^[A-Z]+\d+$/.test(s.cell))).toBe(true);
    expect(ind('4')).toMatchObject({ value: 5, status: 'met' });
    expect(ind('5')).toMatchObject({ value: 92, conflict: true });
    expect(ind('2.1')).toMatchObject({ value: 79.5, status: 'missed' });
    // 100% typed into a % cell: only the number format read back says it is 100, not 1.
    expect(ind('2.10')).toMatchObject({ value: 100, status: 'met' });
    const task = (stt: string) => result.tasks.find((x) => x.stt === stt)!;
    expect(task('2')).toMatchObject({ status: 'in_progress', overdue: true });
    // A date typed in Sheets arrives as midnight in Asia/Ho_Chi_Minh and still reads as that day.
    expect(task('4')).toMatchObject({ status: 'done', late: true, doneDate: '2026-07-05' });
    expect(result.offices.map((o) => [o.name, o.reported, o.sources])).toEqual([
      ['Phòng Văn hóa - Xã hội', true, ['Phòng Văn hóa - Xã hội']],
      ['Công an xã', true, ['Công an xã']],
      ['Trung tâm Phục vụ hành chính công', true, ['TT Phục vụ hành chính công']],
    ]);
    expect(result.offices[2].emails).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('writes the summary, indicator, task, issue, office-status and history sheets', () => {
    for (const name of [...Object.values(OUT), HISTORY_SHEET]) expect(t.ss.getSheetByName(name)).not.toBeNull();
    const indicators = t.ss.sheet(OUT.indicators);
    // Row 1 our title, row 2 commune, plan and period, row 3 the header.
    expect(indicators.values()[2].slice(0, 3)).toEqual(['Mục', 'STT', 'Chỉ tiêu']);
    expect(rowOf(indicators, 'I', '3')[6]).toBe(73.75);
    expect(rowOf(indicators, 'I', '3')[7]).toBe('Đạt');
    // Plan codes keep their spelling: '2.10' is not the number 2.1.
    expect(rowOf(indicators, 'I', '2.10')[1]).toBe('2.10');
    expect(indicators.cell('A3')).toMatchObject({ background: '#D9E2F3', fontWeight: 'bold', border: true, hAlign: 'center' });
    const missed = indicators.values().findIndex((r) => r[1] === '2.1');
    expect(indicators.cell(`H${missed + 1}`)).toMatchObject({ background: '#FFC7CE', fontColor: '#9C0006' });
    expect(indicators.frozenRows).toBe(3);
    const tasks = t.ss.sheet(OUT.tasks);
    expect(rowOf(tasks, 'I', '2')[6]).toBe('Quá hạn');
    const overview = t.ss.sheet(OUT.overview);
    // The administrative header first (issuing body, national heading), then the title.
    expect(overview.values()[0].slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(overview.cell('A5')).toMatchObject({ fontWeight: 'bold', fontSize: 14 });
    const issues = t.ss.sheet(OUT.issues);
    expect(issues.values().length).toBe(result.issues.length + 3);
    const offices = t.ss.sheet(OUT.offices);
    expect(offices.values()[3].slice(0, 2)).toEqual(['Phòng Văn hóa - Xã hội', 'Đã báo cáo']);
    const history = t.ss.sheet(HISTORY_SHEET);
    expect(history.values()[0][0]).toBe('Ngày tổng hợp');
    expect(history.values()).toHaveLength(1 + result.indicators.length + result.tasks.length);
  });

  test('never writes into what an office typed', () => {
    for (const name of officeSheets) {
      expect(JSON.stringify(t.ss.sheet(name).snapshot())).toBe(before.get(name));
      expect(t.ss.sheet(name).rows.flat().some((c) => c.input !== undefined || c.background !== undefined)).toBe(false);
    }
  });

  test('no written cell is a formula: every string went in as a stringValue, which Sheets never parses', () => {
    for (const name of [...Object.values(OUT), HISTORY_SHEET]) {
      for (const cell of t.ss.sheet(name).rows.flat()) {
        // The one formula we write is the link to a source cell: our own target and an A1 address as its text.
        if (cell.formula !== undefined) expect(cell.formula).toMatch(/^=HYPERLINK\("#gid=\d+&range=[A-Z]{1,3}\d+","[A-Z]{1,3}\d+"\)$/);
        else expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string' && cell.value !== '' && cell.formula === undefined) expect(cell.input).toEqual({ stringValue: cell.value });
      }
    }
    // The office's '=HYPERLINK(…)' proposal is shown as text in the task sheet.
    const proposal = t.ss.sheet(OUT.tasks).rows.flat().find((c) => typeof c.value === 'string' && c.value.includes('=HYPERLINK'));
    expect(proposal?.value).toBe('Phòng Văn hóa - Xã hội: =HYPERLINK("http://x","bấm")');
  });

  test('a second run replaces the outputs and appends to the history', () => {
    const rowsBefore = t.ss.sheet(OUT.indicators).lastRow();
    const sheetsBefore = t.ss.sheets.length;
    t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
    expect(t.ss.sheets.length).toBe(sheetsBefore);
    expect(t.ss.sheet(OUT.indicators).lastRow()).toBe(rowsBefore);
    const history = t.ss.sheet(HISTORY_SHEET).values();
    expect(history).toHaveLength(1 + 2 * (result.indicators.length + result.tasks.length));
    expect(history.filter((r) => r[0] === 'Ngày tổng hợp')).toHaveLength(1);
  });
});

test('output sheets an officer cut down to a few rows grow back to fit; the sheet keeps its id', () => {
  const t = open();
  t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
  const indicators = t.ss.sheet(OUT.indicators);
  const history = t.ss.sheet(HISTORY_SHEET);
  const want = indicators.values();
  const ids = [indicators.id, history.id];
  // As if rows were deleted by hand: the grid ends right under the data (the API refuses writes past it).
  indicators.rowCount = 3;
  indicators.rows.length = 3;
  history.rowCount = history.lastRow();
  t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
  expect(t.ss.sheet(OUT.indicators).values()).toEqual(want);
  expect(t.ss.sheet(OUT.indicators).rowCount).toBeGreaterThanOrEqual(want.length);
  expect(t.ss.sheet(HISTORY_SHEET).rowCount).toBe(t.ss.sheet(HISTORY_SHEET).lastRow());
  expect([t.ss.sheet(OUT.indicators).id, t.ss.sheet(HISTORY_SHEET).id]).toEqual(ids);
});

test('plan text that Sheets would take for a formula is written as text', () => {
  // Pasted from Word: a bullet dash, and a name that starts with '='. Typed into Sheets, both would
  // become formulas; written as a stringValue, they stay the text they are.
  const wb = fixtureWorkbook({
    edit: (sheet, v) => (sheet === 'Phụ lục II' && v === 'Rà soát hạ tầng' ? '- Rà soát hạ tầng' : sheet === 'Phụ lục II' && v === 'Số hóa hồ sơ' ? '=1+1 Số hóa hồ sơ' : undefined),
  });
  const t = open(wb);
  t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
  const tasks = t.ss.sheet(OUT.tasks);
  expect(rowOf(tasks, 'I', '2')[2]).toBe('- Rà soát hạ tầng');
  expect(rowOf(tasks, 'I', '4')[2]).toBe('=1+1 Số hóa hồ sơ');
  const cell = tasks.rows.flat().find((c) => c.value === '=1+1 Số hóa hồ sơ')!;
  expect(cell).toMatchObject({ input: { stringValue: '=1+1 Số hóa hồ sơ' } });
  expect(cell.formula).toBeUndefined();
});

test('options: a period by id; a bad date or period is refused with a sentence', () => {
  const t = open();
  expect(t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026' }).period).toEqual({ id: '2026', label: 'Năm 2026', due: '2026-12-05' });
  expect(() => t.call('validateAndConsolidate', { asOf: '15/07/2026' })).toThrow(/YYYY-MM-DD/);
  expect(() => t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: 'quý 3' })).toThrow(/Kỳ báo cáo/);
});

test('without options: today in Asia/Ho_Chi_Minh (23:30 UTC on 14/7 is already 15/7 there)', () => {
  const t = open(fixtureWorkbook(), { now: '2026-07-14T23:30:00Z' });
  expect(t.call<CheckResult>('validateAndConsolidate').asOf).toBe('2026-07-15');
});

test('a spreadsheet without a plan: an error naming what is missing, and nothing written', () => {
  const t = loadBundle();
  t.fakes.spreadsheet.add('Trang tính1').seed([['xin chào']]);
  expect(() => t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF })).toThrow(/Phụ lục I/);
  expect(t.fakes.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
});

test('a plan sheet named like an output is never overwritten: the check refuses with the reason, writing nothing', () => {
  const wb = fixtureWorkbook();
  const renamed = { ...wb, planGrids: wb.planGrids.map((g, i) => (i === 0 ? { ...g, name: 'Chỉ tiêu' } : g)) };
  const t = open(renamed);
  const before = JSON.stringify(t.fakes.spreadsheet.getSheetByName('Chỉ tiêu')!.values());
  expect(() => t.call('validateAndConsolidate', { asOf: '2026-07-15' })).toThrow(/Chỉ tiêu/);
  expect(JSON.stringify(t.fakes.spreadsheet.getSheetByName('Chỉ tiêu')!.values())).toBe(before);
  expect(t.fakes.spreadsheet.getSheetByName('Tổng hợp')).toBeNull();
});

test('an impossible date is refused, not rolled over', () => {
  const t = open();
  expect(() => t.call('validateAndConsolidate', { asOf: '2026-02-31' })).toThrow(/2026-02-31/);
});
