// What was sent today: a digest per office and list (kept in document properties) and the log sheet's rows.
import { data, label, REMINDER_LOG_HEADER, REMINDER_LOG_SHEET, type CellPlan, type Reminder } from '../shared';
import type { Workbook } from './sheets-adapter';

const SENT_KEY = 'nq57.remindersSent';
const LOG_WIDTHS = [16, 32, 36, 24, 12, 40, 18];

export const OUTCOME = {
  sent: 'Đã gửi',
  noAddress: 'Chưa có địa chỉ email: không gửi được',
  deferred: 'Để lại lần sau: hết hạn mức gửi thư hôm nay',
  failed: 'Lỗi khi gửi',
} as const;

/**
 * Same office, same day, same overdue tasks, same missing report: same digest. A reminder with
 * another list (a task fell due, another was done) is a new one and goes out the same day.
 */
export function reminderDigest(r: Reminder, asOf: string): string {
  const tasks = r.tasks.map((t) => `${t.section}/${t.stt}`).sort();
  const text = [asOf, r.office, tasks.join(','), r.reportMissing ? 'report-missing' : ''].join('|');
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return bytes
    .slice(0, 8)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}

/**
 * Digests handled today. Written after every single send, before the log sheet, so a run stopped
 * half-way (time limit, error) still never mails an office twice; yesterday's entries are dropped.
 */
export class SentToday {
  private readonly digests: Set<string>;

  constructor(private readonly day: string) {
    const raw = PropertiesService.getDocumentProperties().getProperty(SENT_KEY);
    let stored: { day?: string; digests?: string[] } = {};
    try {
      stored = raw ? JSON.parse(raw) : {};
    } catch {
      stored = {};
    }
    this.digests = new Set(stored.day === day ? (stored.digests ?? []) : []);
  }

  has(digest: string): boolean {
    return this.digests.has(digest);
  }

  add(digest: string): void {
    this.digests.add(digest);
    PropertiesService.getDocumentProperties().setProperty(SENT_KEY, JSON.stringify({ day: this.day, digests: [...this.digests] }));
  }
}

export type LogRow = { at: string; reminder: Reminder; outcome: string; digest: string };

/** One block appended to 'Nhật ký nhắc việc' for the whole run, queued in the run's batch. */
export function appendLog(wb: Workbook, rows: LogRow[]): void {
  const header = REMINDER_LOG_HEADER.map((h) => label(h, 'header'));
  const body: CellPlan[][] = rows.map(({ at, reminder: r, outcome, digest }) => [
      data(at),
      data(r.office),
      data(r.to.join(', ')),
      data(r.tasks.map((t) => `${t.section}.${t.stt}`).join(', ')),
      data(r.reportMissing ? 'Có' : ''),
      label(outcome, outcome === OUTCOME.sent ? 'good' : 'warn'),
      data(digest),
    ]);
  wb.appendRows(REMINDER_LOG_SHEET, wb.usedRows(REMINDER_LOG_SHEET) === 0 ? [header, ...body] : body, { columnWidths: LOG_WIDTHS });
}
