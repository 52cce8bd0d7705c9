// The optional `{ asOf, period }` of contract §5, and the user's language, read the same way by every entry point.
import { isIsoDate, langFromLocale, parsePeriod, periodById, todayInVietnam, type Lang, type Period } from '../shared';

export type RunOptions = { asOf: string; period: Period | null };


function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/**
 * Menus and triggers call with nothing or with an event object, the sidebar and tests with
 * `{ asOf: 'YYYY-MM-DD', period }`: only those two fields are looked at. Without them, today in
 * Asia/Ho_Chi_Minh and the core's period (the plan's 'Kỳ báo cáo' sheet, else the nearest).
 */
export function runOptions(options: unknown, now: Date): RunOptions {
  const o = isRecord(options) ? options : {};
  const asOf = typeof o.asOf === 'string' && o.asOf !== '' ? o.asOf : todayInVietnam(now);
  if (!isIsoDate(asOf)) throw new Error(`Ngày tổng hợp "${asOf}" không hợp lệ: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2026-07-15.`);
  let period: Period | null = null;
  if (typeof o.period === 'string' && o.period.trim() !== '') {
    period = parsePeriod(o.period);
    if (!period) throw new Error(`Kỳ báo cáo "${o.period}" không hợp lệ: hãy ghi 2026-H1 (6 tháng đầu năm), 2026-H2 (6 tháng cuối năm), 2026 (cả năm), 2026-Q3 (quý) hoặc 2026-07 (tháng).`);
  } else if (isRecord(o.period) && typeof o.period.id === 'string') {
    period = periodById(o.period.id, typeof o.period.due === 'string' ? o.period.due : null);
    if (!period) throw new Error(`Kỳ báo cáo "${o.period.id}" không hợp lệ: hãy ghi 2026-H1, 2026-H2, 2026, 2026-Q3 hoặc 2026-07.`);
  }
  return { asOf, period };
}

/** The user's Google locale, read by the core's rule. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}
