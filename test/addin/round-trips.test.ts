// "Kiểm tra và tổng hợp" against a faithful fake of Excel: batches counted, office cells untouched, office text inert.
import { FakeWorkbook, parseAddress } from './fake-excel';
import { behaviourAnswers, expectedForms, options, planOf, seedGrids, syntheticPlan, typeAnswers } from './scenario';
import { runCheck, runCreateForms, runInsertPlan } from '../../addin/workbook-actions';
import { HISTORY_SHEET } from '../../shared/workbook/layout';

async function workbookWith(offices: number) {
  const wb = new FakeWorkbook();
  const grids = syntheticPlan(offices);
  seedGrids(wb, grids);
  const plan = planOf(grids);
  const forms = expectedForms(grids);
  const made = await runCreateForms(wb.run, options());
  if (!made.ok) throw new Error('forms not made');
  expect(made.created).toEqual(forms.map((f) => f.sheet.name));
  forms.forEach((f, k) => {
    // One office in three makes the usual mistakes; one writes a formula-looking proposal.
    const answers = behaviourAnswers(k % 3 === 1 ? 'sloppy' : 'careful', plan);
    const task = answers.task;
    answers.task = (t) => ({ ...(task?.(t) ?? {}), 'Đề xuất': k === 0 ? '=HYPERLINK("http://x","bấm")' : 'Bổ sung kinh phí' });
    typeAnswers(wb, f.sheet, plan, answers);
  });
  return { wb, plan, forms };
}

describe.each([2, 20])('with %i offices', (offices) => {
  test('one click is 3 batches in all (names, cells, writes), and the summary sheets are written', async () => {
    const { wb, forms } = await workbookWith(offices);
    const before = Object.fromEntries(forms.map((f) => [f.sheet.name, wb.snapshot(f.sheet.name)]));
    wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };

    const out = await runCheck(wb.run, options());

    expect(out.ok).toBe(true);
    expect(wb.stats.syncs).toBe(3); // every context.sync(), the one at the end of Excel.run included
    expect(wb.stats.roundTrips).toBe(3);
    expect(Math.max(...wb.stats.batchBytes)).toBeLessThan(5 * 1024 * 1024);
    for (const name of ['Tổng hợp', 'Chỉ tiêu', 'Nhiệm vụ', 'Lỗi và cảnh báo', 'Tình hình báo cáo', HISTORY_SHEET]) expect(wb.sheet(name)).toBeDefined();
    expect(wb.active).toBe('Tổng hợp');
    // Nothing an office typed changed, nor anything else on its sheet.
    for (const f of forms) expect(wb.snapshot(f.sheet.name)).toEqual(before[f.sheet.name]);
    if (!out.ok) return;
    expect(out.result.offices.filter((o) => o.reported)).toHaveLength(offices);
    expect(out.result.indicators.every((i) => i.sources.every((s) => s.file === null))).toBe(true);
  });
});

test('office text that looks like a formula is written as text, and "2.10" stays "2.10"', async () => {
  const { wb } = await workbookWith(2);
  const out = await runCheck(wb.run, options());
  expect(out.ok).toBe(true);
  const tasks = wb.sheet('Nhiệm vụ')!;
  const cells = [...tasks.cells.values()];
  const injected = cells.filter((c) => typeof c.value === 'string' && c.value.includes('=HYPERLINK'));
  expect(injected.length).toBeGreaterThan(0);
  for (const c of injected) {
    expect(c.formula).toBeNull();
    expect(c.numberFormat).toBe('@');
  }
  expect(cells.every((c) => c.formula === null)).toBe(true);
  const indicators = wb.sheet('Chỉ tiêu')!;
  expect([...indicators.cells.values()].some((c) => c.value === '1.10')).toBe(true);
  // The same holds on the forms the add-in made.
  expect([...wb.sheet('Phòng số 1')!.cells.values()].some((c) => c.value === '1.10')).toBe(true);
});

test('the renderer keeps any string inert, whatever it looks like; formulas only where the plan asks for one', async () => {
  const wb = new FakeWorkbook();
  wb.seed('Sheet1', [['x']]);
  const plan = {
    name: 'Ra',
    cells: [
      [
        { value: '=HYPERLINK("http://x","bấm")', untrusted: true },
        { value: '+84 912', untrusted: true },
        { value: '2.10' },
        { value: '1/2/2026', untrusted: true },
        { value: 42, formula: 'SUM(1,2)' },
        { value: 0.5, numFmt: '0%' },
        { value: new Date(Date.UTC(2026, 5, 30)) },
      ],
    ],
  };
  await runInsertPlan(wb.run, [plan], options());
  const s = wb.sheet('Ra')!;
  expect(s.grid()[0].slice(0, 4)).toEqual(['=HYPERLINK("http://x","bấm")', '+84 912', '2.10', '1/2/2026']);
  expect([0, 1, 2, 3].map((c) => s.peek(0, c)!.formula)).toEqual([null, null, null, null]);
  expect(s.peek(0, 4)!.formula).toBe('=SUM(1,2)');
  expect(s.peek(0, 5)).toMatchObject({ value: 0.5, numberFormat: '0%' });
  expect(s.peek(0, 6)).toMatchObject({ value: 46203, numberFormat: 'dd/mm/yyyy' });
});

test('a second check replaces the outputs and appends history after the rows already there', async () => {
  const { wb } = await workbookWith(2);
  const first = await runCheck(wb.run, options());
  if (!first.ok) throw new Error('no plan');
  const history = wb.sheet(HISTORY_SHEET)!;
  const afterFirst = history.grid().length;
  expect(afterFirst).toBe(first.historyRows);
  expect(history.value('A1')).toBe('Ngày tổng hợp');

  // Someone leaves a blank row and a note under the history: the next run must not write over the note.
  wb.typeIn(HISTORY_SHEET, `A${afterFirst + 2}`, 'ghi chú của văn phòng');
  const second = await runCheck(wb.run, options());
  if (!second.ok) throw new Error('no plan');
  expect(history.value(`A${afterFirst + 2}`)).toBe('ghi chú của văn phòng');
  expect(wb.sheet(HISTORY_SHEET)).toBe(history); // appended, not replaced
  expect(history.grid().length).toBe(afterFirst + 2 + second.historyRows);
  expect(history.value(`A${afterFirst + 3}`)).toBe(history.value('A2'));
  expect(wb.sheets.filter((s) => s.name === 'Tổng hợp')).toHaveLength(1);
});

test('forms: validations with prompts, conditional formats, unlocked inputs, then protection; 3 batches', async () => {
  const wb = new FakeWorkbook();
  const grids = syntheticPlan(2);
  seedGrids(wb, grids);
  const forms = expectedForms(grids);
  wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  await runCreateForms(wb.run, options());
  expect(wb.stats.syncs).toBe(3);
  const plan = forms[0].sheet;
  const sheet = wb.sheet(plan.name)!;
  expect(sheet.protection.protected).toBe(true);
  for (const v of plan.validations!) {
    const { top, left } = parseAddress(v.range);
    const cell = sheet.peek(top, left)!;
    expect(cell.validation?.rule).toBeDefined();
    expect(cell.validation?.prompt?.showPrompt).toBe(true);
    // Words check also accepts (a status in the office's own words) are asked about, not refused.
    expect(cell.validation?.errorAlert).toMatchObject({ showAlert: true, style: v.errorStyle === 'warning' ? 'Warning' : 'Stop' });
    expect(cell.look.locked).toBe(false);
    expect(cell.look.fill).toBe('#FFF2CC');
  }
  expect(sheet.conditionalFormats.length).toBe(plan.conditionalFormats!.length);
  expect(sheet.conditionalFormats.every((cf) => cf.formula!.startsWith('=') && cf.fill)).toBe(true);
  expect(sheet.merges.length).toBe(plan.merges!.length);
  expect(sheet.columnWidths.get(1)).toBeGreaterThan(200);
  // The helper cells check's reading lives in are hidden; the printed page is A4 at the plan's scale, with its breaks.
  expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual(plan.hiddenColumns);
  if (options().caps.pageLayout) {
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', zoom: { scale: plan.print!.scale }, printArea: plan.print!.area });
    expect(sheet.pageBreaks).toEqual(plan.print!.pageBreaks!.filter((r) => r > 0));
  }
  // A second click makes nothing: every office has its sheet, and what was typed there stays.
  wb.typeIn(plan.name, plan.validations![0].range, 75);
  const again = await runCreateForms(wb.run, options());
  expect(again.ok && again.created).toEqual([]);
  expect(wb.sheet(plan.name)!.value(plan.validations![0].range)).toBe(75);
});

test('past the payload limit the writes are split, each batch under the limit, with the same result', async () => {
  const { wb } = await workbookWith(20);
  const normal = await runCheck(wb.run, options());
  const reference = wb.sheet('Chỉ tiêu')!.grid();
  wb.payloadLimit = 60_000;
  wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  const split = await runCheck(wb.run, options({ payloadLimit: 30_000 }));
  expect(normal.ok && split.ok).toBe(true);
  if (!split.ok) return;
  expect(split.extraSyncs).toBeGreaterThan(0);
  expect(wb.stats.syncs).toBe(3 + split.extraSyncs);
  expect(Math.max(...wb.stats.batchBytes)).toBeLessThanOrEqual(60_000);
  expect(wb.sheet('Chỉ tiêu')!.grid()).toEqual(reference);
});

test('a workbook without a plan: no write, the reason as issues', async () => {
  const wb = new FakeWorkbook();
  wb.seed('Sheet1', [['xin chào']]);
  const out = await runCheck(wb.run, options({ lang: 'en' }));
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(out.issues.map((i) => i.code)).toContain('PLAN_NO_INDICATOR_TABLE');
  expect(out.issues[0].message).toMatch(/No indicator table/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  expect(wb.stats.roundTrips).toBe(2);
});

test('a plan sheet named like an output ("Chỉ tiêu") is never replaced: check and forms refuse, saying why', async () => {
  const wb = new FakeWorkbook();
  const grids = syntheticPlan(2).map((g, i) => (i === 0 ? { ...g, name: 'Chỉ tiêu' } : g));
  seedGrids(wb, grids);
  const before = wb.snapshot('Chỉ tiêu');
  const check = await runCheck(wb.run, options());
  expect(check).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'OUTPUT_NAME_TAKEN', sheet: 'Chỉ tiêu' })] });
  const forms = await runCreateForms(wb.run, options());
  expect(forms).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'OUTPUT_NAME_TAKEN' })] });
  expect(wb.snapshot('Chỉ tiêu')).toEqual(before);
  expect(wb.sheet('Tổng hợp')).toBeUndefined();
});
