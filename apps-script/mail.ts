// The daily trigger's handler: one e-mail per office that owes something, never twice a day, within the mail quota.
import { buildReminders, checkWorkbook, isIsoDate, renderReminderMail, todayInVietnam, type Reminder } from '../shared';
import { Workbook } from './sheets-adapter';
import { readSettings } from './settings';
import { appendLog, OUTCOME, reminderDigest, SentToday, type LogRow } from './reminder-log';
import { TIME_ZONE } from './triggers';

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
    console.log(`NQ57 nhắc việc ${asOf}: nhắc việc tự động đang tắt, không gửi thư nào.`);
    return { status: 'switched_off', asOf, sent: [], skipped: [], noAddress: [], deferred: [], failed: [] };
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    console.log(`NQ57 nhắc việc ${asOf}: một lần chạy khác đang gửi thư, lần này dừng lại để không gửi trùng.`);
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
  const run: ReminderRun = { status: 'done', asOf, sent: [], skipped: [], noAddress: [], deferred: [], failed: [] };
  const wb = Workbook.open();
  const out = checkWorkbook(wb.grids, { asOf, lang: 'vi' });
  if (!out.ok) {
    console.log(`NQ57 nhắc việc ${asOf}: không tìm thấy kế hoạch, không gửi thư nào.`);
    return { ...run, status: 'no_plan' };
  }
  const reminders = buildReminders(out.plan, out.result);
  const { replyTo } = readSettings();
  // Keyed on the real day, not asOf: a run for another date must not forget what went out today.
  const sentToday = new SentToday(todayInVietnam(now));
  const at = Utilities.formatDate(now, TIME_ZONE, 'dd/MM/yyyy HH:mm');
  const log: LogRow[] = [];
  const pending: Array<{ reminder: Reminder; digest: string }> = [];

  for (const reminder of reminders) {
    const digest = reminderDigest(reminder, asOf);
    if (reminder.to.length === 0) {
      // Nobody was written to: listed on every run, logged once a day.
      run.noAddress.push(reminder.office);
      const logged = `no-address:${digest}`;
      if (!sentToday.has(logged)) {
        log.push({ at, reminder, outcome: OUTCOME.noAddress, digest });
        sentToday.add(logged);
      }
    } else if (sentToday.has(digest)) run.skipped.push(reminder.office);
    else pending.push({ reminder, digest });
  }

  try {
    for (let i = 0; i < pending.length; i++) {
      const { reminder, digest } = pending[i];
      // Each recipient counts against the daily quota; what does not fit waits for tomorrow's run.
      if (MailApp.getRemainingDailyQuota() < reminder.to.length) {
        const rest = pending.slice(i);
        console.log(`NQ57 nhắc việc ${asOf}: hết hạn mức gửi thư hôm nay, để lại ${rest.length} đơn vị cho lần chạy sau.`);
        for (const p of rest) {
          run.deferred.push(p.reminder.office);
          log.push({ at, reminder: p.reminder, outcome: OUTCOME.deferred, digest: p.digest });
        }
        break;
      }
      const mail = renderReminderMail(reminder, { commune: out.plan.commune, period: out.result.period, asOf });
      try {
        MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html, name: 'NQ57', ...(replyTo ? { replyTo } : {}) });
      } catch (e) {
        run.failed.push(reminder.office);
        log.push({ at, reminder, outcome: `${OUTCOME.failed}: ${e instanceof Error ? e.message : String(e)}`, digest });
        continue;
      }
      sentToday.add(digest);
      run.sent.push(reminder.office);
      log.push({ at, reminder, outcome: OUTCOME.sent, digest });
    }
  } finally {
    appendLog(wb, log);
    wb.commit();
  }
  return run;
}
