// The cycle inside one workbook (Excel, Sheets): review columns kept across runs, approved sheets named, last period from history.
import { checkWorkbook, formsToCreate } from './check-workbook';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { importPlan } from '../plan/import-plan';
import { HISTORY_SHEET, REMINDER_LOG_HEADER, REMINDER_LOG_SHEET } from './layout';
import { periodById } from '../plan/period';
import type { Grid } from '../grid';

const planGrids = fixturePlanGrids();
const plan = importPlan(planGrids).plan!;
const VHXH = 'Phòng Văn hóa - Xã hội';
const CAX = 'Công an xã';
const answers = fixtureAnswers();
const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period: periodById('2026-H1') }).forms.map((f) => sheetToGrid(fillForm(f.sheet, plan, answers[f.office])));

/** What a host does with a check: replace the outputs, append the history; then the next run reads them back. */
function apply(grids: Grid[], out: Extract<ReturnType<typeof checkWorkbook>, { ok: true }>): Grid[] {
  const outputs = out.outputs.map((s) => sheetToGrid(s));
  const kept = grids.filter((g) => !outputs.some((o) => o.name === g.name) && g.name !== HISTORY_SHEET);
  const history = grids.find((g) => g.name === HISTORY_SHEET)?.values ?? [];
  return [...kept, ...outputs, { name: HISTORY_SHEET, file: null, values: [...history.slice(0, out.history.startRow), ...sheetToGrid({ name: HISTORY_SHEET, cells: out.history.rows }).values] }];
}

function decide(grids: Grid[], office: string, decision: string, reason: string | null = null): void {
  const board = grids.find((g) => g.name === 'Tình hình báo cáo')!;
  // The header is the row naming 'Duyệt', under the sheet's title rows.
  const head = board.values.find((r) => r.includes('Duyệt'))!.map(String);
  const row = board.values.find((r) => r[0] === office)!;
  row[head.indexOf('Duyệt')] = decision;
  row[head.indexOf('Lý do trả lại')] = reason;
}

test('two runs keep the review columns; the approved office’s sheet is named for locking; the next period reads the history', () => {
  const log: Grid = { name: REMINDER_LOG_SHEET, file: null, values: [[...REMINDER_LOG_HEADER], ['01/07/2026 08:00', CAX, 'a@x', 'I.2', '', 'Đã gửi', 'd1'], ['14/07/2026 08:00', CAX, 'a@x', 'I.2', '', 'Đã gửi', 'd2']] };
  const first = checkWorkbook([...planGrids, ...forms, log], { asOf: FIXTURE_AS_OF, period: periodById('2026-H1') });
  if (!first.ok) throw new Error('no plan');
  expect(first.result.offices.find((o) => o.name === CAX)!.lastReminder).toBe('2026-07-14');
  let grids = apply([...planGrids, ...forms, log], first);
  decide(grids, VHXH, 'Đã duyệt');
  decide(grids, CAX, 'Trả lại', 'Thiếu nhiệm vụ I.2');

  const second = checkWorkbook(grids, { asOf: FIXTURE_AS_OF, period: periodById('2026-H1') });
  if (!second.ok) throw new Error('no plan');
  expect(second.result.offices.map((o) => o.review!.state)).toEqual(['approved', 'returned', 'pending']);
  expect(second.approvedSheets).toEqual([VHXH]);
  grids = apply(grids, second);
  const third = checkWorkbook(grids, { asOf: FIXTURE_AS_OF, period: periodById('2026-H1') });
  if (!third.ok) throw new Error('no plan');
  expect(third.result.offices.map((o) => o.review)).toEqual(second.result.offices.map((o) => o.review));
  // No earlier period in the history yet: the H1 rows are this period's own.
  expect(third.result.indicators.every((i) => i.previous === null)).toBe(true);
  grids = apply(grids, third);

  const year = checkWorkbook(grids, { asOf: '2026-12-10', period: periodById('2026') });
  if (!year.ok) throw new Error('no plan');
  for (const i of year.result.indicators) {
    const before = third.result.indicators.find((p) => p.section === i.section && p.stt === i.stt)!;
    expect(i.previous).toEqual({ period: '2026-H1', value: before.value === null ? null : Math.round(before.value * 100) / 100, status: before.status });
  }
  expect(year.result.tasks.filter((t) => t.carriedForward).length).toBeGreaterThan(0);
  expect(year.outputs.map((s) => s.name)).toContain('So với kỳ trước');
  // The H1 review does not carry into the year.
  expect(year.result.offices.every((o) => o.review!.state === 'pending')).toBe(true);
  expect(year.result.issues.map((i) => i.code)).toContain('REVIEW_OTHER_PERIOD');
});
