// Workbooks for the add-in tests: a plan (synthetic with N offices, or a bundled example), forms made by the add-in,
// and offices typing their answers into the fake Excel the way officers do.
import type { FakeWorkbook, Scalar } from './fake-excel';
import { fillForm, type Answers } from '../../examples/fill-form';
import { answersFor, type OfficeBehaviour } from '../../examples/sample-answers';
import { a1, importPlan, type Grid, type Plan, type SheetPlan } from '../../shared';
import { formsToCreate } from '../../shared/workbook/check-workbook';
import { NO_CAPS, type Caps } from '../../addin/render-sheet-plan';
import { dateSerial as excelSerial } from '../../shared/render/resolve-cell';
import type { ActionOptions } from '../../addin/workbook-actions';

export const AS_OF = '2026-07-15';
export const ALL_CAPS: Caps = { pageLayout: true, mergedAreas: true };
export const options = (extra: Partial<ActionOptions> = {}): ActionOptions => ({ asOf: AS_OF, lang: 'vi', caps: ALL_CAPS, ...extra });
export { NO_CAPS };

/** A plan as a commune pastes it: per office one rate, one count and one task; an office directory. */
export function syntheticPlan(offices: number): Grid[] {
  const names = Array.from({ length: offices }, (_, k) => `Phòng số ${k + 1}`);
  const indicators: Array<Array<string | null>> = [
    ['PHỤ LỤC I', null, null, null, null],
    ['DANH MỤC CÁC CHỈ TIÊU', null, null, null, null],
    [null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
    ['I', 'Đến năm 2030', null, null, null],
    ...names.flatMap((n, k) => [
      [`${k + 1}.1`, `Tỷ lệ hồ sơ trực tuyến của ${n}`, '%', '≥ 80', n],
      [`${k + 1}.10`, `Số điểm kết nối của ${n}`, 'điểm', '5', n],
    ]),
  ];
  const tasks: Array<Array<string | null>> = [
    ['PHỤ LỤC II', null, null, null, null, null],
    ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian thực hiện'],
    ['I', 'Nhiệm vụ chung', null, null, null, null],
    ...names.map((n, k) => [String(k + 1), `Số hóa hồ sơ của ${n}`, n, null, 'Hồ sơ số', k % 2 === 0 ? 'Quý I/2026' : 'Quý IV/2026']),
  ];
  const directory = [['Tên đơn vị', 'Tên khác', 'Email'], ...names.map((n, k) => [n, null, `p${k + 1}@thu-nghiem.example`])];
  return [
    { name: 'Phụ lục I', file: null, values: indicators, merges: ['A1:E1', 'A2:E2'] },
    { name: 'Phụ lục II', file: null, values: tasks },
    { name: 'Đơn vị', file: null, values: directory },
  ];
}

/** Seeds plan grids into the fake as plain typed cells (strings stay strings, as pasted text does). */
export function seedGrids(wb: FakeWorkbook, grids: Grid[]): void {
  for (const g of grids) {
    const s = wb.seed(g.name, g.values.map((r) => r.map((v) => (v instanceof Date ? excelSerial(v) : v))), g.formats);
    for (const m of g.merges ?? []) {
      const [from, to] = m.split(':');
      const a = /([A-Z]+)(\d+)/.exec(from)!;
      const b = /([A-Z]+)(\d+)/.exec(to)!;
      const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      s.merges.push({ top: Number(a[2]) - 1, left: col(a[1]), bottom: Number(b[2]) - 1, right: col(b[1]) });
    }
  }
}

export function planOf(grids: Grid[]): Plan {
  const plan = importPlan(grids).plan;
  if (!plan) throw new Error('test plan does not import');
  return plan;
}

/** The forms the add-in makes for these plan sheets (same names, same rows), to know where offices type. */
export function expectedForms(planGrids: Grid[]) {
  return formsToCreate(planGrids, { asOf: AS_OF }).forms;
}

/** Types what `answers` says into the office's form sheet, cell by cell, as an officer would. */
export function typeAnswers(wb: FakeWorkbook, form: SheetPlan, plan: Plan, answers: Answers): number {
  const filled = fillForm(form, plan, answers);
  let typed = 0;
  filled.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell || cell === form.cells[r][c] || cell.value === null) return;
      const v = cell.value;
      let scalar: Scalar;
      if (v instanceof Date) scalar = excelSerial(v);
      // Text that starts like a formula is typed with an apostrophe, or Excel makes it one.
      else if (typeof v === 'string' && /^[=+\-@]/.test(v)) scalar = `'${v}`;
      else scalar = v;
      wb.typeIn(form.name, a1(r, c), scalar, cell.numFmt !== form.cells[r][c]?.numFmt ? cell.numFmt : undefined);
      typed++;
    });
  });
  return typed;
}

export function behaviourAnswers(behaviour: OfficeBehaviour, plan: Plan): Answers {
  return answersFor(behaviour, plan, AS_OF) ?? {};
}
