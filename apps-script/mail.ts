// The daily trigger's handler: one e-mail per office that owes something, never twice a day, within the mail quota.
import { checkWorkbook, t, isIsoDate, planReminderRun, reminderRunLog, REMINDER_LOG_SHEET, todayInVietnam, type SendOutcome, type ReminderRunLog } from '../shared';
import { Workbook } from './sheets-adapter';
import { readSettings } from './settings';
import { digestOf, SentToday } from './reminder-log';

export type ReminderRun = {
  status: 'done' | 'locked' | 'no_plan' | 'switched_off';
  asOf: string;
  sent: string[];
  /** Already mailed today with the same list. */
  skipped: string[];
  /** Owes something but the 'Đơn vị' sheet gives no address: shown in the log and the sidebar. */
  noAddress: string[];
  /** Left for the next run: today's mail quota ran out. */
  deferred: string[];
  failed: string[];
};

const LOCK_WAIT_MS = 30_000;

/** Only `{ asOf }` is an option; a time-driven trigger passes its own event object, which carries a triggerUid. */
function readArg(arg: unknown, now: Date): { asOf: string; fromTrigger: boolean } {
  const o = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>) : {};
  const asOf = typeof o.asOf === 'string' && isIsoDate(o.asOf) ? o.asOf : todayInVietnam(now);
  return { asOf, fromTrigger: 'triggerUid' in o };
}

/**
 * Contract §5. The script lock makes overlapping runs (the trigger firing twice, a click in the
 * sidebar meanwhile) take turns; the second one then finds today's digests and sends nothing new.
 */
export function sendOverdueReminders(arg?: unknown, now: Date = new Date()): ReminderRun {
  const { asOf, fromTrigger } = readArg(arg, now);
  // Triggers belong to the editor who made them: another editor switching reminders off cannot
  // delete this one, so the trigger itself obeys the shared setting. "Gửi ngay" always sends.
  if (fromTrigger && !readSettings().enabled) {
    console.log(t('vi', 'appsScript.mailOff', { asOf }));
    return { status: 'switched_off', asOf, sent: [], skipped: [], noAddress: [], deferred: [], failed: [] };
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    console.log(t('vi', 'appsScript.mailLocked', { asOf }));
    return { status: 'locked', asOf, sent: [], skipped: [], noAddress: [], deferred: [], failed: [] };
  }
  try {
    return sendWithLock(asOf, now);
  } finally {
    // The log (sent by the API before this returns) and the sent digests are written: another run may start.
    lock.releaseLock();
  }
}

function sendWithLock(asOf: string, now: Date): ReminderRun {
  const wb = Workbook.open();
  const out = checkWorkbook(wb.grids, { asOf, lang: 'vi' });
  if (!out.ok) {
    console.log(t('vi', 'appsScript.mailNoPlan', { asOf }));
    return { status: 'no_plan', asOf, sent: [], skipped: [], noAddress: [], deferred: [], failed: [] };
  }
  const { replyTo } = readSettings();
  // Keyed on the real day, not asOf: a run for another date must not forget what went out today.
  const sentToday = new SentToday(todayInVietnam(now));
  const plan = planReminderRun({ plan: out.plan, result: out.result, sentToday: sentToday.known, quota: MailApp.getRemainingDailyQuota(), digest: digestOf });
  const outcomes: SendOutcome[] = [];
  let log: ReminderRunLog;
  try {
    sentToday.add(...plan.marks);
    if (plan.deferred.length > 0) console.log(t('vi', 'appsScript.mailQuota', { asOf, count: plan.deferred.length }));
    for (const { reminder, digest, mail } of plan.send) {
      try {
        MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html, name: 'NQ57', ...(replyTo ? { replyTo } : {}) });
      } catch (e) {
        outcomes.push({ office: reminder.office, ok: false, message: e instanceof Error ? e.message : String(e) });
        continue;
      }
      sentToday.add(digest);
      outcomes.push({ office: reminder.office, ok: true });
    }
  } finally {
    // Even a run stopped by an error logs what it did.
    log = reminderRunLog(plan, outcomes, { now, log: wb.grids.find((g) => g.name === REMINDER_LOG_SHEET) });
    wb.write(log.writes);
    wb.commit();
  }
  return { status: 'done', asOf, sent: log.sent, skipped: plan.skipped, noAddress: plan.noAddress, deferred: plan.deferred, failed: log.failed };
}
