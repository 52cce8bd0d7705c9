// The reporting cycle in Excel, on the faithful fake: review columns kept across runs, an approved office's sheet locked, last period from history.
import { FakeWorkbook, FakeExcelError } from './fake-excel';
import { behaviourAnswers, expectedForms, options, planOf, seedGrids, syntheticPlan, typeAnswers } from './scenario';
import { runCheck, runCreateForms } from '../../addin/workbook-actions';
import { a1, periodById } from '../../shared';

async function workbook() {
  const wb = new FakeWorkbook();
  const grids = syntheticPlan(3);
  seedGrids(wb, grids);
  const plan = planOf(grids);
  const forms = expectedForms(grids);
  const made = await runCreateForms(wb.run, options());
  if (!made.ok) throw new Error('forms not made');
  forms.forEach((f) => { typeAnswers(wb, f.sheet, plan, behaviourAnswers('careful', plan)); });
  return { wb, forms };
}

/** The standing office types its decision into the board, as a person does. */
function decide(wb: FakeWorkbook, office: string, decision: string, reason?: string): void {
  const board = wb.sheet('Tình hình báo cáo')!.grid();
  // The board's header is the row naming 'Duyệt', under the sheet's title rows.
  const head = board.find((r) => r.includes('Duyệt'))!.map(String);
  const row = board.findIndex((r) => r[0] === office);
  wb.typeIn('Tình hình báo cáo', a1(row, head.indexOf('Duyệt')), decision);
  if (reason) wb.typeIn('Tình hình báo cáo', a1(row, head.indexOf('Lý do trả lại')), reason);
}

test('approve one, return one: states kept across two runs, the approved sheet locked whole, still 3 batches', async () => {
  const { wb, forms } = await workbook();
  const period = periodById('2026-H1');
  const first = await runCheck(wb.run, options({ period }));
  expect(first.ok).toBe(true);
  decide(wb, 'Phòng số 1', 'Đã duyệt');
  decide(wb, 'Phòng số 2', 'Trả lại', 'Thiếu số liệu');

  wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  const second = await runCheck(wb.run, options({ period }));
  expect(wb.stats.syncs).toBe(3);
  if (!second.ok) throw new Error('check failed');
  expect(second.result.offices.map((o) => o.review)).toEqual([
    { state: 'approved', reason: null },
    { state: 'returned', reason: 'Thiếu số liệu' },
    { state: 'pending', reason: null },
  ]);
  // The approved office's form: protected, and its input cells too now.
  const approved = wb.sheet(forms[0].sheet.name)!;
  expect(approved.protection.protected).toBe(true);
  const input = forms[0].sheet.cells.findIndex((row) => row.some((c) => c?.style === 'input'));
  const col = forms[0].sheet.cells[input].findIndex((c) => c?.style === 'input');
  expect(() => wb.typeIn(forms[0].sheet.name, a1(input, col), 1)).toThrow(FakeExcelError);
  // The returned office can still type.
  expect(() => wb.typeIn(forms[1].sheet.name, a1(input, col), wb.sheet(forms[1].sheet.name)!.peek(input, col)?.value ?? '')).not.toThrow();

  const third = await runCheck(wb.run, options({ period }));
  if (!third.ok) throw new Error('check failed');
  expect(third.result.offices.map((o) => o.review)).toEqual(second.result.offices.map((o) => o.review));
  const board = wb.sheet('Tình hình báo cáo')!.grid();
  const head = board.find((r) => r.includes('Duyệt'))!;
  expect(board.find((r) => r[0] === 'Phòng số 2')![head.indexOf('Lý do trả lại')]).toBe('Thiếu số liệu');

  // The year, chosen in the pane: last period read from 'Lịch sử tổng hợp'.
  const year = await runCheck(wb.run, options({ period: periodById('2026'), asOf: '2026-12-10' }));
  if (!year.ok) throw new Error('check failed');
  expect(year.result.period.id).toBe('2026');
  expect(year.result.indicators.every((i) => i.previous?.period === '2026-H1')).toBe(true);
  expect(wb.sheet('So với kỳ trước')).toBeDefined();
});

test('approval withdrawn: the form is unlocked again (inputs open, labels locked); a stale previous-period sheet is removed; 3 batches', async () => {
  const { wb, forms } = await workbook();
  const period = periodById('2026-H1');
  await runCheck(wb.run, options({ period }));
  decide(wb, 'Phòng số 1', 'Đã duyệt');
  await runCheck(wb.run, options({ period }));
  const name = forms[0].sheet.name;
  const input = forms[0].sheet.cells.findIndex((row) => row.some((c) => c?.style === 'input'));
  const col = forms[0].sheet.cells[input].findIndex((c) => c?.style === 'input');
  expect(() => wb.typeIn(name, a1(input, col), 1)).toThrow(FakeExcelError);

  // The year makes 'So với kỳ trước'; back in H1 there is nothing before, and the decision is taken back.
  await runCheck(wb.run, options({ period: periodById('2026'), asOf: '2026-12-10' }));
  expect(wb.sheet('So với kỳ trước')).toBeDefined();
  await runCheck(wb.run, options({ period }));
  decide(wb, 'Phòng số 1', 'Đã duyệt');
  await runCheck(wb.run, options({ period }));
  expect(() => wb.typeIn(name, a1(input, col), 1)).toThrow(FakeExcelError);
  decide(wb, 'Phòng số 1', '');
  wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  const out = await runCheck(wb.run, options({ period }));
  expect(out.ok).toBe(true);
  expect(wb.stats.syncs).toBe(3);
  expect(wb.sheet('So với kỳ trước')).toBeUndefined();
  const sheet = wb.sheet(name)!;
  expect(sheet.protection.protected).toBe(true);
  // Every input cell of the form open again, and only those.
  forms[0].sheet.cells.forEach((row, r) => {
    row.forEach((c, k) => {
      if (c?.locked === false) expect(() => wb.typeIn(name, a1(r, k), 2)).not.toThrow();
    });
  });
  expect(() => wb.typeIn(name, 'B1', 'x')).toThrow(FakeExcelError);
  // Nothing left to unlock: the next run writes no protection change.
  const before = wb.sheet(name)!.protection;
  await runCheck(wb.run, options({ period }));
  expect(wb.sheet(name)!.protection).toBe(before);
});
