// The reminder run's decisions (Sheets' daily trigger, `nq57 remind`): who gets which mail, who was already mailed
// today, who has no address, what waits for the mail quota, and the log sheet's rows for what happened.
import { usedRows, type Grid } from '../grid';
import type { CellPlan } from '../sheet-plan';
import type { WorkbookWrite } from '../port';
import type { Plan } from '../schemas/plan';
import type { CheckResult } from '../schemas/result';
import { label, data } from '../render/cells';
import { renderReminderMail, type ReminderMail } from '../render/reminder-mail';
import { REMINDER_LOG_HEADER, REMINDER_LOG_SHEET } from '../workbook/layout';
import { formatTimeVi } from '../text/deadlines';
import { buildReminders, type Reminder } from './reminders';
import { t } from '../i18n/text';

/** What the log sheet's 'Kết quả' column says, in the workbook's language (Vietnamese). */
export const OUTCOME = {
  sent: t('vi', 'appsScript.logSent'),
  noAddress: t('vi', 'appsScript.logNoAddress'),
  deferred: t('vi', 'appsScript.logDeferred'),
  failed: t('vi', 'appsScript.logFailed'),
} as const;

export const REMINDER_LOG_WIDTHS = [16, 32, 36, 24, 12, 40, 18];

/**
 * The text a reminder's digest is taken of: same office, same day, same overdue tasks, same missing report give
 * the same key. A reminder with another list (a task fell due, another was done) is a new one, sent the same day.
 */
export function reminderKey(r: Reminder, asOf: string): string {
  const tasks = r.tasks.map((t) => `${t.section}/${t.stt}`).sort();
  return [asOf, r.office, tasks.join(','), r.reportMissing ? 'report-missing' : ''].join('|');
}

/** The mark kept for an office without an address once its log line is written: listed on every run, logged once a day. */
export const noAddressMark = (digest: string): string => `no-address:${digest}`;

export type Decision = 'send' | 'skipped' | 'noAddress' | 'deferred';

export type ReminderEntry = { reminder: Reminder; digest: string; mail: ReminderMail; decision: Decision };

export type ReminderRunPlan = {
  asOf: string;
  /** Every reminder in directory order, with its mail and what the run does with it. */
  entries: ReminderEntry[];
  /** The mails to send now, in order; together they fit the quota. */
  send: ReminderEntry[];
  /** Already mailed today with the same list. */
  skipped: string[];
  /** Owes something but no address to write to. */
  noAddress: string[];
  /** Left for the next run: the quota ran out. */
  deferred: string[];
  /** Marks to add to today's store as the log lines of offices without an address are written. */
  marks: string[];
};

export type ReminderRunInput = {
  plan: Plan;
  result: CheckResult;
  /** Digests (and no-address marks) handled earlier today; the command line has none. */
  sentToday?: ReadonlySet<string>;
  /** Recipients the host may still mail today; the command line has no quota. */
  quota?: number;
  /** How a key becomes the digest stored and logged; the key itself when the host stores none. */
  digest?: (key: string) => string;
};

/**
 * Decides the run. Each recipient counts against the quota; the first mail that does not fit waits with every one
 * after it, so offices are served in directory order across days rather than small lists jumping the queue.
 */
export function planReminderRun(input: ReminderRunInput): ReminderRunPlan {
  const { plan, result } = input;
  const asOf = result.asOf;
  const sentToday = input.sentToday ?? new Set<string>();
  const digestOf = input.digest ?? ((key: string) => key);
  let quota = input.quota ?? Number.POSITIVE_INFINITY;
  let full = false;
  const out: ReminderRunPlan = { asOf, entries: [], send: [], skipped: [], noAddress: [], deferred: [], marks: [] };
  for (const reminder of buildReminders(plan, result)) {
    const digest = digestOf(reminderKey(reminder, asOf));
    const mail = renderReminderMail(reminder, { commune: plan.commune, period: result.period, asOf });
    let decision: Decision;
    if (reminder.to.length === 0) {
      decision = 'noAddress';
      out.noAddress.push(reminder.office);
      if (!sentToday.has(noAddressMark(digest))) out.marks.push(noAddressMark(digest));
    } else if (sentToday.has(digest)) {
      decision = 'skipped';
      out.skipped.push(reminder.office);
    } else if (full || quota < reminder.to.length) {
      full = true;
      decision = 'deferred';
      out.deferred.push(reminder.office);
    } else {
      quota -= reminder.to.length;
      decision = 'send';
    }
    const entry = { reminder, digest, mail, decision };
    out.entries.push(entry);
    if (decision === 'send') out.send.push(entry);
  }
  return out;
}

/** What became of one mail the host tried to send. */
export type SendOutcome = { office: string; ok: true } | { office: string; ok: false; message: string };

export type ReminderRunLog = {
  sent: string[];
  failed: string[];
  /** The log block, appended under the rows in use of the log sheet as read before the run (with its header when new). */
  writes: WorkbookWrite[];
};

function logRow(at: string, r: Reminder, outcome: string, digest: string): CellPlan[] {
  return [
    data(at),
    data(r.office),
    data(r.to.join(', ')),
    data(r.tasks.map((t) => `${t.section}.${t.stt}`).join(', ')),
    data(r.reportMissing ? t('vi', 'appsScript.logYes') : ''),
    label(outcome, outcome === OUTCOME.sent ? 'good' : 'warn'),
    data(digest),
  ];
}

/**
 * The run's log, once the host has tried the mails (`outcomes`, those it got to, in order): offices without an
 * address not yet logged today, each send as sent or failed with the host's message, then what waits for the quota.
 * `now` is the run's instant, logged as dd/mm/yyyy HH:mm in Vietnam; `log` the log sheet as read (undefined: none).
 */
export function reminderRunLog(run: ReminderRunPlan, outcomes: SendOutcome[], opts: { now: Date; log: Grid | undefined }): ReminderRunLog {
  const at = formatTimeVi(opts.now.toISOString()) ?? '';
  const rows: CellPlan[][] = [];
  const sent: string[] = [];
  const failed: string[] = [];
  const marks = new Set(run.marks);
  for (const e of run.entries) if (e.decision === 'noAddress' && marks.has(noAddressMark(e.digest))) rows.push(logRow(at, e.reminder, OUTCOME.noAddress, e.digest));
  const tried = new Map(outcomes.map((o) => [o.office, o]));
  for (const e of run.send) {
    const o = tried.get(e.reminder.office);
    if (!o) continue;
    if (o.ok) sent.push(o.office);
    else failed.push(o.office);
    rows.push(logRow(at, e.reminder, o.ok ? OUTCOME.sent : `${OUTCOME.failed}: ${o.message}`, e.digest));
  }
  for (const e of run.entries) if (e.decision === 'deferred') rows.push(logRow(at, e.reminder, OUTCOME.deferred, e.digest));
  if (rows.length === 0) return { sent, failed, writes: [] };
  const startRow = usedRows(opts.log);
  const header = REMINDER_LOG_HEADER.map((h) => label(h, 'header'));
  return {
    sent,
    failed,
    writes: [{ kind: 'appendRows', sheet: REMINDER_LOG_SHEET, startRow, rows: startRow === 0 ? [header, ...rows] : rows, columnWidths: REMINDER_LOG_WIDTHS }],
  };
}
