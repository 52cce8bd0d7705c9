// The form and `check` come from one rule source: a value the form refuses is exactly a value check flags.
import { importPlan } from '../plan/import-plan';
import { buildForm } from './form-plan';
import { validationAccepts } from './validation-eval';
import { periodById } from '../plan/period';
import { checkReports } from '../check';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { sheetToGrid } from '../../examples/sheet-grid';
import { a1, parseA1 } from '../grid';

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
  form.sheet.cells.forEach((row, r) => { row.forEach((c, col) => { c?.style === 'input' && inputs.push(a1(r, col)); }); });
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
  expect(form.sheet.print).toMatchObject({ landscape: true, paper: 'A4' });
  expect(form.sheet.print!.scale).toBeGreaterThanOrEqual(60);
});

test('only the office\'s own items; cover labels as the contract says', () => {
  const values = form.sheet.cells.map((r) => r.map((c) => c?.value));
  expect(values.find((r) => r[1] === 'Đơn vị báo cáo:')![2]).toBe('Phòng Văn hóa - Xã hội');
  expect(values.find((r) => r[1] === 'Kỳ báo cáo:')![2]).toBe('6 tháng đầu năm 2026');
  expect(form.sheet.cells.flat().some((c) => c?.value === 'Tỷ lệ cấp kết quả điện tử')).toBe(false);
});

// Typed values against check's verdict, calculated by LibreOffice from the form's own formulas: test/form-verdicts.test.ts.
test('built-in validations (lists, dates) accept what check accepts', () => {
  const { r, c } = rowOf('1', 'Ngày hoàn thành');
  const v = form.sheet.validations!.find((x) => x.range === a1(r, c))!;
  // The formula reads the cell as check does (LibreOffice calculates it in test/form-verdicts.test.ts); its built-in twin:
  const rule = v.accepts ?? v.rule;
  // A completion date check accepts (1926 is a date, if an odd one) is no refused entry.
  expect(validationAccepts(rule, new Date(Date.UTC(1926, 5, 20)))).toBe(true);
  expect(validationAccepts(rule, 'hôm qua')).toBe(false);
  const status = form.sheet.validations!.find((v) => v.range === a1(rowOf('2', 'Tình trạng').r, rowOf('2', 'Tình trạng').c))!;
  // Words check also accepts (Xong, Đã hoàn thành) are asked about, never refused.
  expect(status.errorStyle).toBe('warning');
  const grid = sheetToGrid(form.sheet, 'f.xlsx');
  const at = rowOf('2', 'Tình trạng');
  grid.values[at.r][at.c] = 'Xong rồi';
  const result = checkReports(plan, [{ file: 'f.xlsx', grids: [grid] }], { asOf: '2026-07-15' });
  expect(result.issues.filter((i) => i.cell === a1(at.r, at.c) && i.severity === 'error')).toEqual([]);
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
