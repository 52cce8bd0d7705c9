import { importPlan } from './plan/import-plan';
import { checkReports, resolvePeriod, type ReportInput } from './check';
import { buildForms } from './forms/form-plan';
import { buildReminders } from './remind/reminders';
import { CheckResult } from './schemas/result';
import { fillForm } from '../examples/fill-form';
import { fixturePlanGrids } from '../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers, badValues } from '../test/fixture-reports';
import { sheetToGrid } from '../examples/sheet-grid';
import { periodById } from './plan/period';

const plan = importPlan(fixturePlanGrids()).plan!;
const period = periodById('2026-H1')!;
const forms = buildForms(plan, period);

function inputsFrom(answers = fixtureAnswers()): ReportInput[] {
  return forms
    .filter((f) => answers[f.office])
    .map((f) => ({ file: `${f.office}.xlsx`, grids: [sheetToGrid(fillForm(f.sheet, plan, answers[f.office])), sheetToGrid(f.meta)] }));
}

describe('checkReports: consolidation semantics', () => {
  const result = checkReports(plan, inputsFrom(), { asOf: FIXTURE_AS_OF });
  const ind = (stt: string) => result.indicators.find((i) => i.stt === stt)!;
  const task = (stt: string) => result.tasks.find((t) => t.stt === stt)!;

  test('the result matches the contract schema', () => {
    expect(CheckResult.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
    expect(result.period).toEqual({ id: '2026-H1', label: '6 tháng đầu năm 2026', due: '2026-06-10' });
  });

  test('a rate from several leads is the ratio of sums, not the mean, with all four cells as sources', () => {
    expect(ind('3').value).toBeCloseTo((100 * 590) / 800, 6);
    expect(ind('3').status).toBe('met');
    expect(ind('3').sources).toHaveLength(4);
    expect(ind('3').sources.map((s) => s.office)).toEqual(['Công an xã', 'Công an xã', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội']);
  });

  test('a count from several leads is their sum', () => {
    expect(ind('4')).toMatchObject({ value: 5, status: 'met', conflict: false });
  });

  test('two leads with different percentages conflict; the first-listed lead stands', () => {
    expect(ind('5')).toMatchObject({ value: 92, conflict: true, status: 'met' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'CONFLICT', office: 'Công an xã' }));
  });

  test('targets: ≥ with decimal comma, > at the limit, 100% typed into a % cell, qualitative without judgement', () => {
    expect(ind('2.1')).toMatchObject({ value: 79.5, status: 'missed' });
    expect(ind('6')).toMatchObject({ value: 80, status: 'missed' });
    expect(ind('2.10')).toMatchObject({ value: 100, status: 'met' });
    expect(ind('1')).toMatchObject({ value: null, status: 'needs_judgement' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'TARGET_MISSED', cell: expect.stringMatching(/^E\d+$/) }));
  });

  test('every source names office, file, sheet and cell', () => {
    for (const s of result.indicators.flatMap((i) => i.sources)) {
      expect(s.office).toBeTruthy();
      expect(s.file).toMatch(/\.xlsx$/);
      expect(s.sheet).toBeTruthy();
      expect(s.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  test('task status across several leads', () => {
    expect(task('1')).toMatchObject({ status: 'done', overdue: false, late: false, deadline: '2026-03-31' });
    // Done by Phòng VH-XH, nothing from Công an: in progress, and overdue.
    expect(task('2')).toMatchObject({ status: 'in_progress', overdue: true });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'LEAD_NOT_REPORTED', office: 'Công an xã', params: expect.objectContaining({ stt: '2' }) }));
    // All offices lead; the least advanced reported status stands; recurring is never overdue.
    expect(task('3')).toMatchObject({ status: 'not_started', recurring: true, deadline: null, overdue: false });
    // Done after its deadline: done, not overdue, late.
    expect(task('4')).toMatchObject({ status: 'done', overdue: false, late: true, doneDate: '2026-07-05' });
    // Not due yet, nobody reported.
    expect(task('5')).toMatchObject({ status: 'no_report', overdue: false });
    expect(task('6')).toMatchObject({ status: 'not_started', overdue: true });
  });

  test('offices: reported with their files', () => {
    expect(result.offices.map((o) => [o.name, o.reported])).toEqual([
      ['Phòng Văn hóa - Xã hội', true],
      ['Công an xã', true],
      ['Trung tâm Phục vụ hành chính công', true],
    ]);
    expect(result.offices[0].sources).toEqual(['Phòng Văn hóa - Xã hội.xlsx']);
  });

  test('reminders: overdue tasks per lead, not those whose part it reported done', () => {
    const reminders = buildReminders(plan, result);
    const of = (o: string) => reminders.find((r) => r.office === o);
    expect(of('Công an xã')!.tasks.map((t) => t.stt)).toEqual(['2']);
    expect(of('Công an xã')!.to).toEqual(['conganxa@thu-nghiem.example', 'truongcongan@thu-nghiem.example']);
    expect(of('Phòng Văn hóa - Xã hội')!.tasks.map((t) => t.stt)).toEqual(['6']);
    expect(of('Trung tâm Phục vụ hành chính công')).toBeUndefined();
    expect(reminders.every((r) => r.reportMissing === false)).toBe(true);
  });

  test('no error-severity issue on good reports', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('checkReports: missing and broken reports', () => {
  test('an office that has not reported is no data, never zero, and is reminded after the due date', () => {
    const answers = fixtureAnswers();
    delete answers['Công an xã'];
    const result = checkReports(plan, inputsFrom(answers), { asOf: FIXTURE_AS_OF });
    expect(result.offices.find((o) => o.name === 'Công an xã')!.reported).toBe(false);
    // Count led by two: the sum of those that reported, with a warning naming the other.
    expect(result.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 2, status: 'missed' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'LEAD_NOT_REPORTED', office: 'Công an xã', params: expect.objectContaining({ stt: '4' }) }));
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'OFFICE_NOT_REPORTED', office: 'Công an xã' }));
    const r = buildReminders(plan, result).find((x) => x.office === 'Công an xã')!;
    expect(r.reportMissing).toBe(true);
  });

  test('an unreadable file and a report naming no office are errors; the rest is still consolidated', () => {
    const inputs = inputsFrom();
    const stray: ReportInput = { file: 'unknown.xlsx', grids: inputs[2].grids!.map((g) => ({ ...g, values: g.values.map((row) => row.map((v) => (v === 'Trung tâm Phục vụ hành chính công' ? 'Ban Không Tồn Tại' : v))) })).filter((g) => g.name !== '_nq57') };
    const result = checkReports(plan, [inputs[0], inputs[1], stray, { file: 'broken.xlsx', failure: { reason: 'not_a_workbook', detail: 'không phải tệp Excel' } }], { asOf: FIXTURE_AS_OF });
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'REPORT_UNREADABLE', file: 'broken.xlsx', sheet: null, cell: null }));
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'REPORT_UNKNOWN_OFFICE', file: 'unknown.xlsx' }));
    expect(result.indicators.find((i) => i.stt === '3')!.status).toBe('met');
  });

  test.each(badValues)('$code: $header = $value', ({ office, key, table, header, value, code }) => {
    const answers = fixtureAnswers();
    const base = answers[office];
    answers[office] = {
      indicator: (i) => (table === 'indicator' && i.key === key ? { [header]: value } : (base.indicator?.(i) ?? null)),
      task: (t) => (table === 'task' && t.key === key ? { ...(base.task?.(t) ?? {}), [header]: value } : (base.task?.(t) ?? null)),
    };
    const result = checkReports(plan, inputsFrom(answers), { asOf: FIXTURE_AS_OF });
    const hit = result.issues.find((i) => i.code === code && i.office === office);
    expect(hit).toBeDefined();
    expect(hit!.cell).toMatch(/^[A-Z]+\d+$/);
    expect(hit!.sheet).toBeTruthy();
    expect(hit!.message.length).toBeGreaterThan(20);
  });
});

test('a % target with a blank unit is a rate: two leads conflict rather than add up, and 70,5 is a valid value', () => {
  const g = importPlan([
    {
      name: 'PL1',
      file: null,
      values: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì'],
        ['I', 'A', null, null, null],
        ['1', 'Tỷ lệ X', null, '≥ 80%', 'Công an xã, Phòng Văn hóa - Xã hội'],
      ],
    },
  ]).plan!;
  const forms = buildForms(g, period);
  const typed = (f: (typeof forms)[number], v: number) => ({ file: `${f.office}.xlsx`, grids: [sheetToGrid(fillForm(f.sheet, g, { indicator: () => ({ 'Kết quả đạt được': v }) }))] });
  const result = checkReports(g, [typed(forms[0], 70.5), typed(forms[1], 60)], { asOf: FIXTURE_AS_OF });
  expect(result.indicators[0]).toMatchObject({ value: 70.5, conflict: true, status: 'missed' });
  expect(result.issues.filter((i) => i.code === 'NOT_WHOLE_NUMBER')).toEqual([]);
});

test('--period naming the plan sheet\'s own period keeps that sheet\'s due date', () => {
  const withSheet = { ...plan, period: { ...periodById('2026-H1')!, due: '2026-07-20' } };
  expect(resolvePeriod(withSheet, FIXTURE_AS_OF, periodById('2026-H1')).due).toBe('2026-07-20');
  expect(resolvePeriod(withSheet, FIXTURE_AS_OF, periodById('2026')).due).toBe('2026-12-05');
});

test('an office sends its blank form and a filled copy: the filled values stand', () => {
  const form = forms.find((f) => f.office === 'Công an xã')!;
  const blank = { file: 'ca-trong.xlsx', grids: [sheetToGrid(form.sheet)] };
  const filled = inputsFrom().find((i) => i.file === 'Công an xã.xlsx')!;
  const result = checkReports(plan, [blank, filled], { asOf: FIXTURE_AS_OF });
  expect(result.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 3 });
  expect(result.indicators.find((i) => i.stt === '5')).toMatchObject({ value: 92 });
  expect(result.issues.filter((i) => i.code === 'REPORT_DUPLICATE_ENTRY')).toEqual([]);
});

test('one file holding several offices\' sheets: each sheet is its own office\'s report', () => {
  const inputs = inputsFrom();
  const together: ReportInput = { file: 'ca-xa.xlsx', grids: inputs.flatMap((i) => i.grids!.filter((g) => g.name !== '_nq57')) };
  const result = checkReports(plan, [together], { asOf: FIXTURE_AS_OF });
  expect(result.offices.every((o) => o.reported && o.sources[0] === 'ca-xa.xlsx')).toBe(true);
  expect(result.indicators.find((i) => i.stt === '3')!.value).toBeCloseTo(73.75, 6);
  expect(result.issues.filter((i) => i.code === 'REPORT_NOT_LEAD' || i.code === 'REPORT_DUPLICATE_ENTRY')).toEqual([]);
});

test('issues about a whole report file have sheet and cell null', () => {
  const answers = fixtureAnswers();
  const empty = forms.find((f) => f.office === 'Công an xã')!;
  const result = checkReports(plan, [{ file: 'trong.xlsx', grids: [sheetToGrid(empty.sheet)] }, ...inputsFrom(answers).filter((i) => i.file !== 'Công an xã.xlsx')], { asOf: FIXTURE_AS_OF });
  expect(result.issues).toContainEqual(expect.objectContaining({ code: 'REPORT_EMPTY', file: 'trong.xlsx', sheet: null, cell: null }));
});

describe('an office sends an old and a corrected report (contract §6)', () => {
  const form = forms.find((f) => f.office === 'Công an xã')!;
  const answers = fixtureAnswers();
  const old: ReportInput = { grids: inputsFrom(answers).find((i) => i.file === 'Công an xã.xlsx')!.grids!, file: 'ca-cu.xlsx', savedAt: '2026-06-01T08:00:00+07:00' };
  // The correction changes 4 and leaves 5 blank: nothing of the old file may fill that gap.
  const fixed = fillForm(form.sheet, plan, { indicator: (i) => (i.key === 'I/4' ? { 'Kết quả đạt được': 4 } : null), task: () => null });
  const corrected: ReportInput = { file: 'ca-sua.xlsx', grids: [sheetToGrid(fixed), sheetToGrid(form.meta)], savedAt: '2026-06-05T16:30:00+07:00' };
  const others = inputsFrom(answers).filter((i) => i.file !== 'Công an xã.xlsx');

  test.each([
    ['old first', [old, corrected]],
    ['corrected first', [corrected, old]],
  ])('%s: the newest file is used whole, the other named once', (_label, pair) => {
    const result = checkReports(plan, [...others, ...(pair as ReportInput[])], { asOf: FIXTURE_AS_OF });
    expect(result.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 2 + 4 });
    // Indicator 5: only Phòng VH-XH's 85 remains; Công an's old 92 is not mixed in.
    expect(result.indicators.find((i) => i.stt === '5')).toMatchObject({ value: 85, conflict: false });
    expect(result.indicators.find((i) => i.stt === '5')!.sources.map((s) => s.file)).not.toContain('ca-cu.xlsx');
    const sup = result.issues.filter((i) => i.code === 'SUPERSEDED_REPORT');
    expect(sup).toHaveLength(1);
    expect(sup[0]).toMatchObject({ office: 'Công an xã', file: 'ca-cu.xlsx', severity: 'warning', params: expect.objectContaining({ used: 'ca-sua.xlsx', old: 'ca-cu.xlsx' }) });
    expect(result.offices.find((o) => o.name === 'Công an xã')!.sources).toEqual(['ca-sua.xlsx']);
    expect(result.issues.some((i) => i.file === 'ca-cu.xlsx' && i.code !== 'SUPERSEDED_REPORT')).toBe(false);
  });

  test('without saved times the later report given is used; a blank copy never wins over a filled one', () => {
    const noTimes = [{ ...old, savedAt: null }, { ...corrected, savedAt: null }];
    const result = checkReports(plan, [...others, ...noTimes], { asOf: FIXTURE_AS_OF });
    expect(result.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 6 });
    const blankNewer: ReportInput = { file: 'ca-trong.xlsx', grids: [sheetToGrid(form.sheet)], savedAt: '2026-07-01T00:00:00+07:00' };
    const r2 = checkReports(plan, [...others, old, blankNewer], { asOf: FIXTURE_AS_OF });
    expect(r2.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 5 });
    expect(r2.issues.filter((i) => i.code === 'SUPERSEDED_REPORT').map((i) => i.file)).toEqual(['ca-trong.xlsx']);
  });
});

test('Hoàn thành without a completion date is used as done, with DONE_WITHOUT_DATE at the date cell (issue 10)', () => {
  const answers = fixtureAnswers();
  const form = forms.find((f) => f.office === 'Công an xã')!;
  const filled = fillForm(form.sheet, plan, { indicator: () => null, task: (t) => (t.key === 'I/5' ? { 'Tình trạng': 'Xong rồi' } : null) });
  const result = checkReports(plan, [...inputsFrom(answers).filter((i) => i.file !== 'Công an xã.xlsx'), { file: 'ca.xlsx', grids: [sheetToGrid(filled)] }], { asOf: FIXTURE_AS_OF });
  expect(result.tasks.find((t) => t.stt === '5')).toMatchObject({ status: 'done' });
  const warned = result.issues.filter((i) => i.code === 'DONE_WITHOUT_DATE');
  expect(warned).toHaveLength(1);
  expect(warned[0]).toMatchObject({ severity: 'warning', office: 'Công an xã', cell: expect.stringMatching(/^[A-Z]+\d+$/) });
  expect(result.issues.filter((i) => i.code === 'DONE_WITHOUT_DATE' && i.office !== 'Công an xã')).toEqual([]);
});
