// The optional `{ asOf, period }` of contract §5, and the user's language, read the same way by every entry point.
import { isIsoDate, langFromLocale, parsePeriod, periodById, todayInVietnam, type Lang, type Period, t } from '../shared';

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
  if (!isIsoDate(asOf)) throw new Error(t(userLang(), 'appsScript.badAsOf', { asOf }));
  let period: Period | null = null;
  if (typeof o.period === 'string' && o.period.trim() !== '') {
    period = parsePeriod(o.period);
    if (!period) throw new Error(t(userLang(), 'appsScript.badPeriod', { period: o.period }));
  } else if (isRecord(o.period) && typeof o.period.id === 'string') {
    period = periodById(o.period.id, typeof o.period.due === 'string' ? o.period.due : null);
    if (!period) throw new Error(t(userLang(), 'appsScript.badPeriodId', { period: o.period.id }));
  }
  return { asOf, period };
}

/** The user's Google locale, read by the core's rule. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}
