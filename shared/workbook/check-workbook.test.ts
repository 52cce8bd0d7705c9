import { checkWorkbook, formsToCreate } from './check-workbook';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { importPlan } from '../plan/import-plan';
import { HISTORY_HEADER, HISTORY_SHEET } from './layout';
import { periodById } from '../plan/period';

const planGrids = fixturePlanGrids();
const plan = importPlan(planGrids).plan!;
const period = periodById('2026-H1')!;

test('forms are made only for offices without a form sheet, with names free in the workbook', () => {
  const first = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period });
  expect(first.forms.map((f) => f.sheet.name)).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã', 'TT Phục vụ hành chính công']);
  const withOne = [...planGrids, sheetToGrid(first.forms[1].sheet)];
  const second = formsToCreate(withOne, { asOf: FIXTURE_AS_OF, period });
  expect(second.existing).toEqual(['Công an xã']);
  expect(second.forms.map((f) => f.office)).toEqual(['Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công']);
});

test('check in one workbook: sources are sheets, file is null; history appends after what is there', () => {
  const answers = fixtureAnswers();
  const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period }).forms;
  const sheets = forms.map((f) => sheetToGrid(fillForm(f.sheet, plan, answers[f.office])));
  const history = { name: HISTORY_SHEET, file: null, values: [[...HISTORY_HEADER], ['01/01/2026'], [null], ['ghi chú của ai đó'], [null]] };
  const out = checkWorkbook([...planGrids, ...sheets, history], { asOf: FIXTURE_AS_OF, period });
  if (!out.ok) throw new Error('no plan');
  expect(out.result.offices.map((o) => o.sources)).toEqual([['Phòng Văn hóa - Xã hội'], ['Công an xã'], ['TT Phục vụ hành chính công']]);
  expect(out.result.indicators.find((i) => i.stt === '3')!.sources.every((s) => s.file === null)).toBe(true);
  expect(out.result.indicators.find((i) => i.stt === '3')!.value).toBeCloseTo(73.75, 6);
  expect(out.outputs.map((s) => s.name)).toEqual(['Tổng hợp', 'Chỉ tiêu', 'Nhiệm vụ', 'Lỗi và cảnh báo', 'Tình hình báo cáo']);
  expect(out.history.startRow).toBe(4);
  expect(out.history.rows).toHaveLength(plan.indicators.length + plan.tasks.length);
});

test('a workbook without a plan is no result, with the reason', () => {
  const out = checkWorkbook([{ name: 'Sheet1', file: null, values: [['x']] }], { asOf: FIXTURE_AS_OF });
  expect(out.ok).toBe(false);
});

test('a plan sheet named like an output is never overwritten: the check refuses with the reason', () => {
  const grids = fixturePlanGrids().map((g) => (g.name === 'Phụ lục I' ? { ...g, name: 'Chỉ tiêu' } : g));
  const out = checkWorkbook(grids, { asOf: FIXTURE_AS_OF });
  expect(out).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'OUTPUT_NAME_TAKEN', sheet: 'Chỉ tiêu', severity: 'error' })] });
});

test('our own earlier outputs are recognised and may be replaced', () => {
  const first = checkWorkbook(planGrids, { asOf: FIXTURE_AS_OF, period });
  if (!first.ok) throw new Error('no plan');
  const again = checkWorkbook([...planGrids, ...first.outputs.map((s) => sheetToGrid(s))], { asOf: FIXTURE_AS_OF, period });
  expect(again.ok).toBe(true);
});

test('a sheet named like an output whose first row is not ours is the commune\'s, even if it starts with "Mục"', () => {
  const grids = [...planGrids, { name: 'Nhiệm vụ', file: null, values: [['Mục', 'Việc cần làm'], ['1', 'Họp giao ban']] }];
  expect(checkWorkbook(grids, { asOf: FIXTURE_AS_OF }).ok).toBe(false);
});

test("forms made in the workbook carry 'Kỳ trước' from its history, as `forms --previous` on files does", () => {
  const answers = fixtureAnswers();
  const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period }).forms;
  const sheets = forms.map((f) => sheetToGrid(fillForm(f.sheet, plan, answers[f.office])));
  const out = checkWorkbook([...planGrids, ...sheets], { asOf: FIXTURE_AS_OF, period });
  if (!out.ok) throw new Error('no plan');
  const history = { name: HISTORY_SHEET, file: null, values: out.history.rows.map((r) => r.map((c) => c.value as string | number | null)) };
  expect(history.values[0]).toEqual(HISTORY_HEADER);

  const later = formsToCreate([...planGrids, history], { asOf: '2026-11-20', period: periodById('2026-H2') });
  const earlier = out.result.indicators.find((i) => i.stt === '3')!;
  for (const f of later.forms) {
    const header = f.sheet.cells.flat().find((c) => typeof c?.value === 'string' && c.value.startsWith('Kỳ trước'));
    expect([f.office, header?.value]).toEqual([f.office, 'Kỳ trước (6 tháng đầu năm 2026)']);
  }
  const shown = later.forms.flatMap((f) => f.sheet.cells.flat()).map((c) => c?.value);
  expect(shown).toContain(`${String(Math.round(earlier.value! * 100) / 100).replace('.', ',')}% — ${earlier.status === 'met' ? 'Đạt' : 'Không đạt'}`);

  // The same period again, or no history: no such column.
  for (const grids of [[...planGrids, history], planGrids]) {
    const same = formsToCreate(grids, { asOf: FIXTURE_AS_OF, period });
    expect(same.forms.flatMap((f) => f.sheet.cells.flat()).some((c) => typeof c?.value === 'string' && c.value.startsWith('Kỳ trước'))).toBe(false);
  }
});
