// Calendar days as ISO 'YYYY-MM-DD' and the day an instant falls on in Vietnam: the core's one date builder.

const DAY_MS = 86_400_000;
// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is its local date.
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Days in a month of the Gregorian calendar; 0 for a month that is none. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** 'YYYY-MM-DD' when the day exists (`31/2/2026` does not, nor year 10000); never rolled over into the next month. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 0 || year > 9999) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' naming a real day: '2026-02-31' and '2026-13-45' are refused, not rolled over. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoDate(+m[1], +m[2], +m[3]) === text;
}

/** The UTC calendar day of a Date, as ExcelJS hands over a typed date (UTC midnight). */
export function utcDay(date: Date): string | null {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar day in Vietnam of an instant (ISO text, milliseconds or a Date); null when it is no time. */
export function vietnamDay(instant: string | number | Date): string | null {
  const at = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  return Number.isFinite(at) ? utcDay(new Date(at + VIETNAM_OFFSET_MS)) : null;
}

/**
 * The calendar day a Date read from a cell names: ExcelJS gives a typed date as UTC midnight, the hosts' readers
 * Vietnamese midnight; any other instant is read as a Vietnamese wall clock. Null for an invalid Date.
 */
export function cellDay(date: Date): string | null {
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  return t % DAY_MS === 0 ? utcDay(date) : vietnamDay(t);
}

/** Excel's 1900 date system, which counts a 29 February 1900 that never was (serial 60): null for that day and outside 1–2958465. */
export function isoFromSerial(serial: number): string | null {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= 2_958_465) || day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcDay(new Date(epoch + day * DAY_MS));
}
