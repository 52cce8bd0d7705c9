// No reader throws, whatever an office types or pastes: random cells into plans, forms and free-layout reports.
import fc from 'fast-check';
import type { CellValue, Grid } from './grid';
import { importPlan } from './plan/import-plan';
import { readReport } from './report/read-report';
import { checkReports } from './check';
import { buildForms } from './forms/form-plan';
import { periodById } from './plan/period';
import { fixturePlanGrids } from '../test/fixture-plan';
import { sheetToGrid } from '../examples/sheet-grid';

const plan = importPlan(fixturePlanGrids()).plan!;
const forms = buildForms(plan, periodById('2026-H1')!);

// Labels the readers look for, so random grids hit the interesting paths, not only noise.
const words = ['STT', 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Kết quả đạt được', 'Tử số', 'Mẫu số', 'Tình trạng', 'Ngày hoàn thành', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'I', 'II', '2.10', '8.', 'Đơn vị báo cáo:', 'Kỳ báo cáo:', 'Hoàn thành', 'Đạt', '#N/A', '66,5%', '1.234,5', 'Công an xã'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
);
const gridArb: fc.Arbitrary<Grid> = fc.record({
  name: fc.string({ maxLength: 10 }),
  file: fc.constantFrom(null, 'x.xlsx'),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
  formats: fc.option(fc.array(fc.array(fc.constantFrom(null, '0%', '0.00', 'dd/mm/yyyy', '@', '"%"0'), { maxLength: 9 }), { maxLength: 14 }), { nil: undefined }),
  merges: fc.option(fc.array(fc.constantFrom('A1:C1', 'B2:B4', 'A1:A1', 'Z9:A1', 'garbage', 'E5:F6'), { maxLength: 3 }), { nil: undefined }),
});

test('importPlan never throws on any grid', () => {
  fc.assert(fc.property(fc.array(gridArb, { maxLength: 3 }), (grids) => void importPlan(grids)), { numRuns: 400 });
});

test('readReport never throws on any grid', () => {
  fc.assert(fc.property(fc.array(gridArb, { maxLength: 3 }), (grids) => void readReport(grids, plan, 'r.xlsx')), { numRuns: 400 });
});

test('checkReports never throws whatever is typed into a form, and every error points at a cell', () => {
  const form = forms[0];
  const base = sheetToGrid(form.sheet, 'r.xlsx');
  const inputs: Array<[number, number]> = [];
  form.sheet.cells.forEach((row, r) => { row.forEach((c, col) => { c?.style === 'input' && inputs.push([r, col]); }); });
  fc.assert(
    fc.property(fc.array(cell, { minLength: inputs.length, maxLength: inputs.length }), fc.array(fc.constantFrom(null, '0%', '0.0%', 'General', 'dd/mm/yyyy'), { minLength: inputs.length, maxLength: inputs.length }), (values, formats) => {
      const g: Grid = { ...base, values: base.values.map((r) => r.slice()), formats: base.formats!.map((r) => r.slice()) };
      inputs.forEach(([r, c], i) => {
        g.values[r][c] = values[i];
        g.formats![r][c] = formats[i];
      });
      const result = checkReports(plan, [{ file: 'r.xlsx', grids: [g] }], { asOf: '2026-07-15' });
      for (const i of result.issues.filter((x) => x.severity === 'error')) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
    }),
    { numRuns: 300 },
  );
});
