// The guided form on an office sheet: the steps come from the core's check; typed values land as Excel would store them.
import { FakeWorkbook } from './fake-excel';
import { behaviourAnswers, expectedForms, options, planOf, seedGrids, syntheticPlan, typeAnswers } from './scenario';
import { runCreateForms, runGuide, runWrites } from '../../addin/workbook-actions';
import { answerGuide, type TypedValue } from '../../shared';
import { typedValue } from '../../shared/workbook/guided-form';

const write = (sheet: string, cell: string, value: TypedValue, next: string | null) => [
  { kind: 'writeValue' as const, sheet, cell, value },
  { kind: 'activate' as const, sheet, cell: next ?? cell },
];

async function officeSheets() {
  const wb = new FakeWorkbook();
  const grids = syntheticPlan(3);
  seedGrids(wb, grids);
  const plan = planOf(grids);
  const forms = expectedForms(grids);
  await runCreateForms(wb.run, options());
  typeAnswers(wb, forms[1].sheet, plan, behaviourAnswers('careful', plan));
  // The office's two usual mistakes: a rate above 100, a status in its own words.
  wb.typeIn(forms[1].sheet.name, 'E15', 120);
  wb.typeIn(forms[1].sheet.name, 'D21', 'Tạm dừng'); // 'Xong rồi' is now a word check accepts (issue 10)
  return { wb, forms };
}

test('on a sloppy office sheet the steps are its wrong cells, with indicator, target, unit and the form prompt', async () => {
  const { wb, forms } = await officeSheets();
  wb.active = forms[1].sheet.name;
  const { guide, sheet } = await runGuide(wb.run, options());
  expect(sheet).toBe(forms[1].sheet.name);
  if (!guide.ok) throw new Error(guide.reason);
  expect(guide.office).toBe('Phòng số 2');
  const rate = guide.steps.find((s) => s.unit === '%')!;
  expect(rate).toMatchObject({ kind: 'indicator', stt: '2.1', target: '≥ 80', field: 'Kết quả đạt được', rule: { type: 'decimal', min: 0, max: 100 } });
  expect(rate.current).toBe(120);
  expect(rate.prompt?.text).toMatch(/tỷ lệ %/);
  expect(rate.problems.join(' ')).toMatch(/ngoài khoảng 0–100/);
  const status = guide.steps.find((s) => s.field === 'Tình trạng')!;
  expect(status).toMatchObject({ kind: 'task', current: 'Tạm dừng', rule: { type: 'list' } });
});

test('an untouched sheet asks for every input the core needs, in reading order', async () => {
  const { wb, forms } = await officeSheets();
  wb.active = forms[0].sheet.name;
  const { guide } = await runGuide(wb.run, options());
  if (!guide.ok) throw new Error(guide.reason);
  expect(guide.steps.map((s) => s.field)).toEqual(['Kết quả đạt được', 'Kết quả đạt được', 'Tình trạng']);
  expect(guide.steps.map((s) => s.cell)).toEqual(['E15', 'E16', 'D21']);
});

test('typed values: numbers as numbers (66,5), dates as calendar days, anything else as inert text', () => {
  const rate = { rule: { type: 'decimal' as const, min: 0, max: 100 }, unit: '%' };
  expect(typedValue(rate, '66,5')).toEqual({ kind: 'number', value: 66.5 });
  expect(typedValue(rate, '=1+1')).toEqual({ kind: 'text', text: '=1+1' });
  expect(typedValue({ rule: { type: 'whole', min: 0 }, unit: 'hộ' }, '1.000')).toEqual({ kind: 'number', value: 1000 });
  expect(typedValue({ rule: { type: 'date' }, unit: '' }, '15/05/2026')).toEqual({ kind: 'date', iso: '2026-05-15' });
  expect(typedValue({ rule: { type: 'list', values: ['Hoàn thành'] }, unit: '' }, 'Hoàn thành')).toEqual({ kind: 'text', text: 'Hoàn thành' });
});

test('writing through the pane: the unlocked cell of the protected form takes a number, formula-looking text stays text', async () => {
  const { wb, forms } = await officeSheets();
  const name = forms[0].sheet.name;
  wb.active = name;
  wb.stats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  await runWrites(wb.run, write(name, 'E15', { kind: 'number', value: 66.5 }, 'E16'), options());
  expect(wb.stats.syncs).toBe(1);
  expect(wb.sheet(name)!.peek(14, 4)).toMatchObject({ value: 66.5, formula: null });
  expect(wb.selected).toEqual({ sheet: name, address: 'E16' });
  await runWrites(wb.run, write(name, 'E16', { kind: 'text', text: '=HYPERLINK("x")' }, null), options());
  expect(wb.sheet(name)!.peek(15, 4)).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
  // A calendar day goes into the form's date cell as Excel's serial for that day.
  await runWrites(wb.run, write(name, 'E21', { kind: 'date', iso: '2026-05-15' }, null), options());
  expect(wb.sheet(name)!.peek(20, 4)).toMatchObject({ value: 46157, formula: null });
  // A plan cell of the form is locked: Excel refuses the write, and so does the fake.
  await expect(runWrites(wb.run, write(name, 'D15', { kind: 'number', value: 1 }, null), options())).rejects.toMatchObject({ code: 'AccessDenied' });
});

test('after a value is written the steps are recomputed locally: a fixed cell leaves the list', async () => {
  const { wb, forms } = await officeSheets();
  wb.active = forms[0].sheet.name;
  const { walk } = await runGuide(wb.run, options());
  if (!walk) throw new Error('no walk');
  const wrong = answerGuide(walk, '120', options());
  // Still wrong: the walk stays on the cell.
  expect(wrong.walk.steps[wrong.walk.index].cell).toBe('E15');
  const fixed = answerGuide(wrong.walk, '85', options());
  expect(fixed.walk.steps.map((s) => s.cell)).toEqual(['E16', 'D21']);
  expect(fixed.writes).toEqual(write(wb.active!, 'E15', { kind: 'number', value: 85 }, 'E16'));
});

test('a sheet that is not a form says so', async () => {
  const { wb } = await officeSheets();
  wb.active = 'Phụ lục I';
  const { guide } = await runGuide(wb.run, options());
  expect(guide).toMatchObject({ ok: false, reason: 'not_a_form' });
});
