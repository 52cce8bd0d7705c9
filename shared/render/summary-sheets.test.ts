// The summary as sheet plans: what a print-ready, traceable summary needs, asserted on cells, not on wording.
import { checkWorkbook } from '../workbook/check-workbook';
import { formsToCreate } from '../workbook/check-workbook';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { importPlan } from '../plan/import-plan';
import { periodById } from '../plan/period';
import { horizonOf, renderSummary, summaryFirstRows, SUMMARY_SHEETS } from './summary-sheets';
import { isForeignOutputName } from '../workbook/layout';

const planGrids = fixturePlanGrids();
const plan = importPlan(planGrids).plan!;
const period = periodById('2026-H1')!;
const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period }).forms;
const answers = fixtureAnswers();
const out = checkWorkbook([...planGrids, ...forms.map((f) => sheetToGrid(fillForm(f.sheet, plan, answers[f.office])))], { asOf: FIXTURE_AS_OF, period });
if (!out.ok) throw new Error('no plan');
const sheets = renderSummary(out.result, 'vi', plan);
const byName = (name: string) => sheets.find((s) => s.name === name)!;
const names = SUMMARY_SHEETS.vi;

test('every sheet prints on A4; table sheets have the title, the period, a repeated and filtered header, frozen panes', () => {
  for (const s of sheets) expect([s.name, s.print?.paper]).toEqual([s.name, 'A4']);
  for (const s of sheets.filter((x) => x.name !== names.overview)) {
    expect(String(s.cells[1][0]?.value)).toContain(period.label);
    expect(s.print).toMatchObject({ landscape: true, repeatRows: '3:3' });
    expect(s.print!.scale).toBeGreaterThanOrEqual(60);
    expect(s.freeze).toEqual({ rows: 3, columns: 0 });
    expect(s.autoFilter).toMatch(/^A3:[A-Z]+3$/);
    // Recognised as our output by its first row, so a later run may replace it.
    expect(isForeignOutputName(sheetToGrid(s))).toBe(false);
  }
  expect(summaryFirstRows().length).toBeGreaterThan(10);
});

test('Tổng hợp opens with the administrative header and ends with the signature block', () => {
  const values = byName(names.overview).cells.map((r) => r.map((c) => c?.value));
  expect(values[0]).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  expect(values[1][1]).toBe('Độc lập - Tự do - Hạnh phúc');
  expect(values.at(-2)).toEqual(['Người lập biểu', 'Thủ trưởng đơn vị']);
});

test('Chỉ tiêu: section rows, the target year beside the status, and a link to the source cell', () => {
  const s = byName(names.indicators);
  const header = s.cells[2].map((c) => c?.value);
  const section = s.cells.findIndex((r, i) => i > 2 && r[0]?.style === 'section');
  expect(section).toBe(3);
  const horizonCol = header.indexOf('Mốc mục tiêu');
  expect(horizonCol).toBe(header.indexOf('Đánh giá') + 1);
  const linked = s.cells.filter((r) => r.at(-1)?.link !== undefined);
  expect(linked.length).toBeGreaterThan(0);
  // In a workbook (Excel, Sheets) the link goes to the office sheet's cell, quoted.
  for (const r of linked) expect(r.at(-1)!.link).toMatch(/^'.+'![A-Z]{1,3}\d+$/);
});

test('Nhiệm vụ: completion dates are date cells shown dd/mm/yyyy', () => {
  const s = byName(names.tasks);
  const col = s.cells[2].findIndex((c) => c?.value === 'Ngày hoàn thành');
  const dates = s.cells.slice(3).map((r) => r[col]).filter((c) => c?.value instanceof Date);
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d!.numFmt).toBe('dd/mm/yyyy');
});

test('Lỗi và cảnh báo: the English code is the last column', () => {
  const header = byName(names.issues).cells[2].map((c) => c?.value);
  expect(header.at(-1)).toBe('Mã');
});

test('the year a target is set for', () => {
  expect(horizonOf('Đến năm 2030', '≥ 80%', '')?.year).toBe(2030);
  expect(horizonOf('Phát triển hạ tầng', '100% đến năm 2027', 'Kế hoạch năm 2026')?.text.vi).toBe('Đến năm 2027');
  expect(horizonOf('Phát triển hạ tầng', '95', 'Kế hoạch năm 2026')?.text.vi).toBe('Năm 2026');
  expect(horizonOf('', '95', '')).toBeNull();
});
