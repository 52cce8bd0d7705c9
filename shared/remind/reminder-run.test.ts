import { createHash } from 'node:crypto';
import { importPlan } from '../plan/import-plan';
import { checkReports, type ReportInput } from '../check';
import { buildForms } from '../forms/form-plan';
import { periodById } from '../plan/period';
import { renderReminderMail } from '../render/reminder-mail';
import { REMINDER_LOG_HEADER, REMINDER_LOG_SHEET } from '../workbook/layout';
import type { Grid } from '../grid';
import type { CheckResult } from '../schemas/result';
import { fillForm, type Answers } from '../../examples/fill-form';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { buildReminders } from './reminders';
import { lastRemindersFromLog } from '../cycle/history';
import { noAddressMark, OUTCOME, planReminderRun, reminderKey, reminderRunLog, type ReminderRunPlan } from './reminder-run';

const plan = importPlan(fixturePlanGrids()).plan!;
const forms = buildForms(plan, periodById('2026-H1')!);
const VHXH = 'Phòng Văn hóa - Xã hội';
const CA = 'Công an xã';
const TT = 'Trung tâm Phục vụ hành chính công';
/** 08:00 on 15/7/2026 in Vietnam. */
const NOW = new Date('2026-07-15T01:00:00Z');
const sha = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);

function resultOf(answers: Record<string, Answers> = fixtureAnswers(), asOf = FIXTURE_AS_OF): CheckResult {
  const inputs: ReportInput[] = forms
    .filter((f) => answers[f.office])
    .map((f) => ({ file: `${f.office}.xlsx`, grids: [sheetToGrid(fillForm(f.sheet, plan, answers[f.office])), sheetToGrid(f.meta)] }));
  return checkReports(plan, inputs, { asOf });
}

/** The fixture with Trung tâm PVHCC (no e-mail in 'Đơn vị') leaving its task I/4, due 30/6/2026, unreported. */
function withNoAddressOffice(): CheckResult {
  const answers = fixtureAnswers();
  const base = answers[TT];
  answers[TT] = { indicator: base.indicator, task: (task) => (task.key === 'I/4' ? null : (base.task?.(task) ?? null)) };
  return resultOf(answers);
}

const decisions = (p: ReminderRunPlan) => p.entries.map((e) => [e.reminder.office, e.decision]);
const cellValues = (rows: Array<Array<{ value?: unknown } | null>>) => rows.map((r) => r.map((c) => c?.value ?? null));

describe('planReminderRun', () => {
  test('nothing sent today and no quota: every reminder of buildReminders is sent, with the core mail', () => {
    const result = resultOf();
    const run = planReminderRun({ plan, result });
    expect(decisions(run)).toEqual([[VHXH, 'send'], [CA, 'send']]);
    expect(run.send.map((e) => e.mail)).toEqual(buildReminders(plan, result).map((r) => renderReminderMail(r, { commune: plan.commune, period: result.period, asOf: FIXTURE_AS_OF })));
    expect(run).toMatchObject({ asOf: FIXTURE_AS_OF, skipped: [], noAddress: [], deferred: [], marks: [] });
    // Without a digest function the digest is the key itself.
    expect(run.entries[0].digest).toBe(`${FIXTURE_AS_OF}|${VHXH}|I/6|`);
  });

  test("a digest stored today is skipped; another day's key is not", () => {
    const result = resultOf();
    const first = planReminderRun({ plan, result, digest: sha });
    const sentToday = new Set([first.entries[0].digest]);
    expect(decisions(planReminderRun({ plan, result, digest: sha, sentToday }))).toEqual([[VHXH, 'skipped'], [CA, 'send']]);
    const tomorrow = resultOf(fixtureAnswers(), '2026-07-16');
    expect(decisions(planReminderRun({ plan, result: tomorrow, digest: sha, sentToday }))).toEqual([[VHXH, 'send'], [CA, 'send']]);
  });

  test('the quota counts recipients; the first mail that does not fit waits with every one after it', () => {
    const result = resultOf();
    // Phòng VHXH has one address, Công an xã two.
    expect(decisions(planReminderRun({ plan, result, quota: 2 }))).toEqual([[VHXH, 'send'], [CA, 'deferred']]);
    expect(decisions(planReminderRun({ plan, result, quota: 3 }))).toEqual([[VHXH, 'send'], [CA, 'send']]);
    const none = planReminderRun({ plan, result, quota: 0 });
    expect(none.deferred).toEqual([VHXH, CA]);
    expect(none.send).toEqual([]);
    // A skipped mail takes no quota.
    const first = planReminderRun({ plan, result });
    expect(decisions(planReminderRun({ plan, result, quota: 2, sentToday: new Set([first.entries[0].digest]) }))).toEqual([[VHXH, 'skipped'], [CA, 'send']]);
  });

  test('an office without an address is listed every run and marked once a day for the log', () => {
    const result = withNoAddressOffice();
    const run = planReminderRun({ plan, result, digest: sha });
    expect(run.noAddress).toEqual([TT]);
    const tt = run.entries.find((e) => e.reminder.office === TT)!;
    expect(tt).toMatchObject({ decision: 'noAddress', digest: sha(reminderKey(tt.reminder, FIXTURE_AS_OF)) });
    expect(run.marks).toEqual([noAddressMark(tt.digest)]);
    const again = planReminderRun({ plan, result, digest: sha, sentToday: new Set(run.marks) });
    expect(again.noAddress).toEqual([TT]);
    expect(again.marks).toEqual([]);
    expect(again.skipped).toEqual([]);
  });

  test('the key names office, day, the sorted overdue tasks and a missing report', () => {
    const r = { office: 'X', to: [], tasks: [{ section: 'II', stt: '10', name: 'b', deadline: '2026-01-01' }, { section: 'I', stt: '2', name: 'a', deadline: '2026-01-01' }], reportMissing: true };
    expect(reminderKey(r, '2026-07-15')).toBe('2026-07-15|X|I/2,II/10|report-missing');
    expect(reminderKey({ ...r, reportMissing: false }, '2026-07-15')).not.toBe(reminderKey(r, '2026-07-15'));
  });
});

describe('reminderRunLog', () => {
  const result = withNoAddressOffice();
  const run = planReminderRun({ plan, result, digest: sha, quota: 1 });

  test('rows: the office without an address, each send as sent or failed, then what waits; header on a new sheet', () => {
    expect(decisions(run)).toEqual([[VHXH, 'send'], [CA, 'deferred'], [TT, 'noAddress']]);
    const log = reminderRunLog(run, [{ office: VHXH, ok: false, message: 'Service invoked too many times' }], { now: NOW, log: undefined });
    expect(log).toMatchObject({ sent: [], failed: [VHXH] });
    expect(log.writes).toHaveLength(1);
    const w = log.writes[0];
    if (w.kind !== 'appendRows') throw new Error(w.kind);
    expect([w.sheet, w.startRow]).toEqual([REMINDER_LOG_SHEET, 0]);
    expect(cellValues(w.rows)).toEqual([
      REMINDER_LOG_HEADER,
      ['15/07/2026 08:00', TT, '', 'I.4', '', OUTCOME.noAddress, run.entries[2].digest],
      ['15/07/2026 08:00', VHXH, 'vhxh@thu-nghiem.example', 'I.6', '', `${OUTCOME.failed}: Service invoked too many times`, run.entries[0].digest],
      ['15/07/2026 08:00', CA, 'conganxa@thu-nghiem.example, truongcongan@thu-nghiem.example', 'I.2', '', OUTCOME.deferred, run.entries[1].digest],
    ]);
    // Office text stays inert in every host; the outcome is ours.
    expect(w.rows[1][1]).toMatchObject({ untrusted: true });
    expect(w.rows[2][5]).toMatchObject({ style: 'warn' });
  });

  test('an existing log: rows go under its last used row, no header again', () => {
    const grid: Grid = { name: REMINDER_LOG_SHEET, file: null, values: [[...REMINDER_LOG_HEADER], ['x'], [null], ['y'], [null, null]] };
    const log = reminderRunLog(run, [{ office: VHXH, ok: true }], { now: NOW, log: grid });
    const w = log.writes[0];
    if (w.kind !== 'appendRows') throw new Error(w.kind);
    expect(w.startRow).toBe(4);
    expect(cellValues(w.rows).map((r) => [r[1], r[5]])).toEqual([[TT, OUTCOME.noAddress], [VHXH, OUTCOME.sent], [CA, OUTCOME.deferred]]);
    expect(w.rows[1][5]).toMatchObject({ style: 'good' });
    expect(log.sent).toEqual([VHXH]);
  });

  test('the history reads back what the log wrote: only the sent office, on the run\'s day', () => {
    const log = reminderRunLog(run, [{ office: VHXH, ok: true }], { now: NOW, log: undefined });
    const w = log.writes[0];
    if (w.kind !== 'appendRows') throw new Error(w.kind);
    const grid: Grid = { name: REMINDER_LOG_SHEET, file: null, values: cellValues(w.rows) as Grid['values'] };
    expect([...lastRemindersFromLog(grid)]).toEqual([[VHXH, '2026-07-15']]);
  });

  test('a send the host never got to is not logged; nothing to log writes nothing', () => {
    const all = planReminderRun({ plan, result: resultOf() });
    const log = reminderRunLog(all, [{ office: VHXH, ok: true }], { now: NOW, log: undefined });
    const w = log.writes[0];
    if (w.kind !== 'appendRows') throw new Error(w.kind);
    expect(cellValues(w.rows).slice(1).map((r) => r[1])).toEqual([VHXH]);
    const skippedAll = planReminderRun({ plan, result: resultOf(), sentToday: new Set(all.entries.map((e) => e.digest)) });
    expect(reminderRunLog(skippedAll, [], { now: NOW, log: undefined }).writes).toEqual([]);
  });
});
