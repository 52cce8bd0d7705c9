// The form and `check` come from one rule source: a value the form refuses is exactly a value check flags.
import { importPlan } from '../plan/import-plan';
import { buildForm } from './form-plan';
import { validationAccepts } from './validation-eval';
import { periodById } from '../plan/period';
import { checkReports } from '../check';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { sheetToGrid } from '../../examples/sheet-grid';
import { a1, parseA1 } from '../grid';
import type { CellValue } from '../grid';

const plan = importPlan(fixturePlanGrids()).plan!;
const period = periodById('2026-H1')!;
const form = buildForm(plan, 'Phòng Văn hóa - Xã hội', period);
const rowOf = (stt: string, header: string) => {
  const stts = form.sheet.cells.map((r) => r[0]?.value);
  const headers = form.sheet.cells.map((r) => r.map((c) => c?.value));
  const hr = headers.findIndex((h) => h.includes(header) && h[0] === 'STT');
  const r = stts.findIndex((v, i) => i > hr && v === stt);
  return { r, c: headers[hr].indexOf(header) };
};

test('every input cell has a validation with a prompt and an error alert, is unlocked, and the sheet is protected', () => {
  const ranges = new Set(form.sheet.validations!.map((v) => v.range));
  const inputs: string[] = [];
  form.sheet.cells.forEach((row, r) => row.forEach((c, col) => c?.style === 'input' && inputs.push(a1(r, col))));
  const validated = inputs.filter((a) => ranges.has(a));
  // Ghi chú, Kết quả đạt được (task text), Khó khăn, Đề xuất are free text.
  const headersOf = (addr: string) => {
    const { row, col } = parseA1(addr)!;
    const header = [...form.sheet.cells.slice(0, row)].reverse().find((r) => r[0]?.value === 'STT')!;
    return String(header[col]?.value);
  };
  for (const a of inputs.filter((x) => !ranges.has(x))) expect(['Ghi chú', 'Kết quả đạt được', 'Khó khăn, vướng mắc', 'Đề xuất']).toContain(headersOf(a));
  expect(validated.length).toBeGreaterThan(10);
  for (const v of form.sheet.validations!) {
    expect(v.prompt?.text).toBeTruthy();
    expect(v.error?.text).toBeTruthy();
  }
  expect(form.sheet.protect).toBe(true);
  expect(form.sheet.cells.flat().filter((c) => c?.style === 'input').every((c) => c!.locked === false)).toBe(true);
  expect(form.sheet.print).toMatchObject({ landscape: true, fitToWidth: true });
});

test('only the office\'s own items; cover labels as the contract says', () => {
  const values = form.sheet.cells.map((r) => r.map((c) => c?.value));
  expect(values.find((r) => r[1] === 'Đơn vị báo cáo:')![2]).toBe('Phòng Văn hóa - Xã hội');
  expect(values.find((r) => r[1] === 'Kỳ báo cáo:')![2]).toBe('6 tháng đầu năm 2026');
  expect(form.sheet.cells.flat().some((c) => c?.value === 'Tỷ lệ cấp kết quả điện tử')).toBe(false);
});

// Values as the cell stores them after Excel parsed what the officer typed.
const cases: Array<{ stt: string; header: string; value: CellValue; table?: 'tasks' }> = [
  { stt: '2.1', header: 'Kết quả đạt được', value: 66.5 },
  { stt: '2.1', header: 'Kết quả đạt được', value: 0 },
  { stt: '2.1', header: 'Kết quả đạt được', value: 100 },
  { stt: '2.1', header: 'Kết quả đạt được', value: 100.5 },
  { stt: '2.1', header: 'Kết quả đạt được', value: -1 },
  { stt: '2.1', header: 'Kết quả đạt được', value: 'tám mươi' },
  { stt: '2.1', header: 'Kết quả đạt được', value: 'Đạt' },
  { stt: '4', header: 'Kết quả đạt được', value: 3 },
  { stt: '4', header: 'Kết quả đạt được', value: 2.5 },
  { stt: '4', header: 'Kết quả đạt được', value: -2 },
  { stt: '4', header: 'Kết quả đạt được', value: 'năm' },
  { stt: '1', header: 'Kết quả đạt được', value: 'Đạt' },
  { stt: '1', header: 'Kết quả đạt được', value: 'Không đạt' },
  { stt: '1', header: 'Kết quả đạt được', value: 'Tốt' },
  { stt: '1', header: 'Kết quả đạt được', value: 80 },
  { stt: '2', header: 'Tình trạng', value: 'Hoàn thành' },
  { stt: '2', header: 'Tình trạng', value: 'Đang thực hiện' },
  { stt: '2', header: 'Tình trạng', value: 'Tạm dừng' },
  { stt: '1', header: 'Ngày hoàn thành', value: new Date(Date.UTC(2026, 2, 20)) },
  { stt: '1', header: 'Ngày hoàn thành', value: 'hôm qua' },
];

test.each(cases)('form and check agree on $header = $value (row $stt)', ({ stt, header, value }) => {
  const { r, c } = rowOf(stt, header);
  expect(r).toBeGreaterThan(0);
  const addr = a1(r, c);
  const rule = form.sheet.validations!.find((v) => v.range === addr)!.rule;
  const accepted = validationAccepts(rule, value);
  const grid = sheetToGrid(form.sheet, 'f.xlsx');
  grid.values[r][c] = value;
  const result = checkReports(plan, [{ file: 'f.xlsx', grids: [grid] }], { asOf: '2026-07-15' });
  // Flagged: an error, or for a qualitative indicator a value that still needs a Đạt/Không đạt judgement.
  const flagged = result.issues.some((i) => i.cell === addr && (i.severity === 'error' || i.code === 'NEEDS_JUDGEMENT'));
  expect({ value, accepted }).toEqual({ value, accepted: !flagged });
});

test('Tử số/Mẫu số: the custom rule and check agree', () => {
  const { r, c } = rowOf('3', 'Tử số');
  const f = a1(r, c);
  const g = a1(r, c + 1);
  const custom = form.sheet.validations!.find((v) => v.range === f)!.rule;
  expect(custom).toEqual({ type: 'custom', formula: `AND(ISNUMBER(${f}),${f}>=0,OR(${g}="",${f}<=${g}))` });
  for (const [num, den, ok] of [[5, 10, true], [11, 10, false], [-1, 10, false], [3, 0, false]] as const) {
    const grid = sheetToGrid(form.sheet, 'f.xlsx');
    grid.values[r][c] = num;
    grid.values[r][c + 1] = den;
    const result = checkReports(plan, [{ file: 'f.xlsx', grids: [grid] }], { asOf: '2026-07-15' });
    const flagged = result.issues.some((i) => (i.cell === f || i.cell === g) && i.severity === 'error');
    // Excel: Tử số passes AND(ISNUMBER, ≥0, ≤ Mẫu số); Mẫu số passes AND(ISNUMBER, >0, ≥ Tử số).
    const excel = num >= 0 && num <= den && den > 0;
    expect(excel).toBe(ok);
    expect(flagged).toBe(!ok);
  }
});

describe('a form whose plan rows were edited', () => {
  const grids = () => [sheetToGrid(form.sheet, 'f.xlsx'), sheetToGrid(form.meta, 'f.xlsx')];
  const run = (gs: ReturnType<typeof grids>, p = plan) => checkReports(p, [{ file: 'f.xlsx', grids: gs }], { asOf: '2026-07-15' }).issues;

  test('a deleted row: the plan item is named as missing', () => {
    const gs = grids();
    const { r } = rowOf('2.1', 'Kết quả đạt được');
    gs[0].values.splice(r, 1);
    expect(run(gs)).toContainEqual(expect.objectContaining({ code: 'REPORT_PLAN_ROW_MISSING', params: expect.objectContaining({ section: 'I', stt: '2.1' }) }));
  });

  test('an added row with a value: warned and left out', () => {
    const gs = grids();
    const { r, c } = rowOf('2.1', 'Kết quả đạt được');
    const extra = gs[0].values[r].slice();
    extra[0] = '2.11';
    extra[1] = 'Chỉ tiêu tự thêm';
    extra[c] = 50;
    gs[0].values.splice(r + 1, 0, extra);
    expect(run(gs)).toContainEqual(expect.objectContaining({ code: 'REPORT_UNKNOWN_ROW', params: expect.objectContaining({ stt: '2.11' }) }));
  });

  test('a form made from another version of the plan', () => {
    const other = { ...plan, version: 'deadbeef' };
    expect(run(grids(), other)).toContainEqual(expect.objectContaining({ code: 'REPORT_OTHER_PLAN', severity: 'warning' }));
  });
});

test('every achieved-value and status input cell has green/red feedback', () => {
  const covered = new Set(form.sheet.conditionalFormats!.flatMap((f) => {
    const [from, to = from] = f.range.split(':');
    const a = parseA1(from)!;
    const b = parseA1(to)!;
    const cells: string[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) cells.push(a1(r, c));
    return cells;
  }));
  let headers: string[] = [];
  form.sheet.cells.forEach((row, r) => {
    if (row[0]?.value === 'STT') headers = row.map((c) => String(c?.value ?? ''));
    row.forEach((c, col) => {
      if (c?.style !== 'input') return;
      const h = headers[col];
      const isValueCell = (h === 'Kết quả đạt được' && headers.includes('Tử số')) || h === 'Tình trạng';
      if (isValueCell) expect(covered.has(a1(r, col))).toBe(true);
    });
  });
});

test('a form of another period is told apart', () => {
  const yearForm = buildForm(plan, 'Phòng Văn hóa - Xã hội', periodById('2025')!);
  const issues = checkReports(plan, [{ file: 'f.xlsx', grids: [sheetToGrid(yearForm.sheet, 'f.xlsx'), sheetToGrid(yearForm.meta, 'f.xlsx')] }], { asOf: '2026-07-15' }).issues;
  expect(issues).toContainEqual(expect.objectContaining({ code: 'REPORT_OTHER_PERIOD', params: expect.objectContaining({ found: 'Năm 2025', expected: '6 tháng đầu năm 2026' }) }));
});
