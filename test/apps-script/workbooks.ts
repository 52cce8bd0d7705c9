// Spreadsheets for the bundle tests: the fixture plan with filled office sheets, and a synthetic plan of N offices.
import type { CellValue, Grid } from '../../shared/grid';
import type { SheetPlan } from '../../shared/sheet-plan';
import type { Plan } from '../../shared/schemas/plan';
import { importPlan } from '../../shared/plan/import-plan';
import { formsToCreate } from '../../shared/workbook/check-workbook';
import { periodById } from '../../shared/plan/period';
import { fillForm, type Answers } from '../../examples/fill-form';
import { fixturePlanGrids } from '../fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../fixture-reports';
import type { FakeSpreadsheet } from './fakes';

export const PERIOD = periodById('2026-H1')!;

const DAY = 86_400_000;

/** A date typed into a Sheets cell comes back as midnight in the spreadsheet's zone (Asia/Ho_Chi_Minh), not UTC. */
function asSheetsGivesIt(v: unknown): unknown {
  return v instanceof Date && v.getTime() % DAY === 0 ? new Date(v.getTime() - 7 * 3_600_000) : v;
}

export function seedGrid(ss: FakeSpreadsheet, g: Grid): void {
  ss.add(g.name).seed(
    g.values.map((row) => row.map(asSheetsGivesIt)),
    g.formats,
    g.merges ?? [],
  );
}

/** An office's form sheet as the office left it: the generated form with its answers typed in. */
export function seedForm(ss: FakeSpreadsheet, form: SheetPlan): void {
  ss.add(form.name).seed(
    form.cells.map((row) => row.map((c) => asSheetsGivesIt(c?.value ?? null))),
    form.cells.map((row) => row.map((c) => c?.numFmt ?? null)),
    form.merges ?? [],
  );
}

export type Workbook = { planGrids: Grid[]; plan: Plan; forms: SheetPlan[] };

/** Plan sheets and one filled form sheet per office that has answers (offices left out have no sheet). */
export function buildWorkbook(planGrids: Grid[], answers: Record<string, Answers>): Workbook {
  const plan = importPlan(planGrids).plan!;
  const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period: PERIOD })
    .forms.filter((f) => answers[f.office])
    .map((f) => fillForm(f.sheet, plan, answers[f.office]));
  return { planGrids, plan, forms };
}

export function seedWorkbook(ss: FakeSpreadsheet, wb: Workbook): void {
  wb.planGrids.forEach((g) => { seedGrid(ss, g); });
  wb.forms.forEach((f) => { seedForm(ss, f); });
}

/** The fixture plan, optionally edited cell by cell (`edit(sheet, value)` returns a new value, or undefined to keep it). */
export function fixtureWorkbook(opts: { edit?: (sheet: string, value: CellValue) => CellValue | undefined; answers?: Record<string, Answers> } = {}): Workbook {
  const grids = fixturePlanGrids().map((g) => ({ ...g, values: g.values.map((row) => row.map((v) => (opts.edit ? (opts.edit(g.name, v) ?? v) : v))) }));
  return buildWorkbook(grids, opts.answers ?? fixtureAnswers());
}

/**
 * A plan of `n` offices, each leading `items` percentage indicators and `items` tasks due in
 * March 2026; even offices finished their tasks, odd ones did not (so they get reminders).
 */
export function syntheticWorkbook(n: number, items = 1): Workbook {
  const offices = Array.from({ length: n }, (_, i) => `Ban Thử Nghiệm ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''}`);
  const indicators: Grid['values'] = [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
    ['I', 'Đến năm 2030', null, null, null],
  ];
  const tasks: Grid['values'] = [
    ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian thực hiện'],
    ['I', 'Nhiệm vụ chung', null, null, null, null],
  ];
  let k = 0;
  offices.forEach((office) => {
    for (let j = 0; j < items; j++) {
      k++;
      indicators.push([String(k), `Tỷ lệ hồ sơ số ${k}`, '%', '≥ 80', office]);
      tasks.push([String(k), `Nhiệm vụ số ${k}`, office, null, 'Báo cáo', 'Tháng 3/2026']);
    }
  });
  const directory: Grid['values'] = [['Tên đơn vị', 'Tên khác', 'Email'], ...offices.map((o, i) => [o, null, `ban${i + 1}@thu-nghiem.example`])];
  const grids: Grid[] = [
    { name: 'Phụ lục I', file: null, values: indicators },
    { name: 'Phụ lục II', file: null, values: tasks },
    { name: 'Đơn vị', file: null, values: directory },
  ];
  const answers: Record<string, Answers> = Object.fromEntries(
    offices.map((o, i) => [
      o,
      {
        indicator: () => ({ 'Kết quả đạt được': 85 }),
        task: () => (i % 2 === 0 ? { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': new Date('2026-03-20T00:00:00Z') } : { 'Tình trạng': 'Đang thực hiện' }),
      },
    ]),
  );
  return buildWorkbook(grids, answers);
}

/**
 * For the guided form: Trung tâm PVHCC's form left empty ('TT Phục vụ hành chính công'), and Công an xã's with an
 * impossible completion date for task I/6.
 */
export function guideWorkbook(opts: { edit?: (sheet: string, value: CellValue) => CellValue | undefined } = {}): Workbook {
  const answers = fixtureAnswers();
  answers['Trung tâm Phục vụ hành chính công'] = { indicator: () => null, task: () => null };
  const ca = answers['Công an xã'];
  answers['Công an xã'] = { indicator: ca.indicator, task: (t) => (t.key === 'I/6' ? { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': '31/02/2026' } : (ca.task?.(t) ?? null)) };
  return fixtureWorkbook({ ...opts, answers });
}
