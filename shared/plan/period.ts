// Reporting periods: half-years, the year, quarters and months, with their due dates, labels and the nearest to a date.
import type { Period } from '../schemas/plan';
import type { Lang } from '../messages';
import { looseKey } from '../text/normalise';
import { daysInMonth, isIsoDate, isoDate, vietnamDay } from '../text/iso-date';

export type PeriodKind = 'H1' | 'H2' | 'year' | 'quarter' | 'month';

/** What an id names: its kind, year and (quarter or month) number. */
export type PeriodParts = { kind: PeriodKind; year: number; n: number | null };

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

export function periodParts(id: string): PeriodParts | null {
  const t = id.trim().toUpperCase();
  let m = /^(\d{4})-H([12])$/.exec(t);
  if (m) return { kind: m[2] === '1' ? 'H1' : 'H2', year: +m[1], n: null };
  m = /^(\d{4})$/.exec(t);
  if (m) return { kind: 'year', year: +m[1], n: null };
  m = /^(\d{4})-Q([1-4])$/.exec(t);
  if (m) return { kind: 'quarter', year: +m[1], n: +m[2] };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t);
  if (m) return { kind: 'month', year: +m[1], n: +m[2] };
  return null;
}

function idOf(p: PeriodParts): string {
  if (p.kind === 'H1' || p.kind === 'H2') return `${p.year}-${p.kind}`;
  if (p.kind === 'year') return String(p.year);
  return p.kind === 'quarter' ? `${p.year}-Q${p.n}` : `${p.year}-${pad(p.n!)}`;
}

/**
 * The plans' own dates (H1 before 10/6, the year and H2 before 5/12); a quarter or a month on the 14th
 * of its last month, the cut-off day of Nghị định 09/2019/NĐ-CP.
 */
export function defaultDue(p: PeriodParts): string {
  if (p.kind === 'H1') return `${p.year}-06-10`;
  if (p.kind === 'H2' || p.kind === 'year') return `${p.year}-12-05`;
  const lastMonth = p.kind === 'quarter' ? p.n! * 3 : p.n!;
  return isoDate(p.year, lastMonth, 14)!;
}

export function periodLabel(id: string, lang: Lang = 'vi'): string {
  const p = periodParts(id);
  if (!p) return id;
  const y = p.year;
  if (lang === 'en') {
    if (p.kind === 'H1') return `First half of ${y}`;
    if (p.kind === 'H2') return `Second half of ${y}`;
    if (p.kind === 'year') return `Year ${y}`;
    return p.kind === 'quarter' ? `Q${p.n} ${y}` : `${MONTHS_EN[p.n! - 1]} ${y}`;
  }
  if (p.kind === 'H1') return `6 tháng đầu năm ${y}`;
  if (p.kind === 'H2') return `6 tháng cuối năm ${y}`;
  if (p.kind === 'year') return `Năm ${y}`;
  return p.kind === 'quarter' ? `Quý ${ROMAN[p.n! - 1]} năm ${y}` : `Tháng ${p.n} năm ${y}`;
}

/** First and last day the period covers (ISO). */
export function periodSpan(id: string): { start: string; end: string } | null {
  const p = periodParts(id);
  if (!p) return null;
  const [from, to] =
    p.kind === 'H1' ? [1, 6] : p.kind === 'H2' ? [7, 12] : p.kind === 'year' ? [1, 12] : p.kind === 'quarter' ? [p.n! * 3 - 2, p.n! * 3] : [p.n!, p.n!];
  return { start: isoDate(p.year, from, 1)!, end: isoDate(p.year, to, daysInMonth(p.year, to))! };
}

export function periodById(id: string, due?: string | null): Period | null {
  const p = periodParts(id);
  if (!p) return null;
  const canonical = idOf(p);
  return { id: canonical, label: periodLabel(canonical, 'vi'), due: due ?? defaultDue(p) };
}

function romanOrDigit(text: string): number | null {
  const t = text.toUpperCase();
  const r = ROMAN.indexOf(t);
  if (r >= 0) return r + 1;
  return /^[1-4]$/.test(t) ? Number(t) : null;
}

/**
 * Ids and the labels officers write: '6 tháng cuối năm 2026', 'Quý III năm 2026', 'Quý 3/2026',
 * 'Tháng 7 năm 2026', 'Tháng 07/2026', 'Năm 2026', 'cả năm 2026' (a form's 'Kỳ báo cáo:' cell holds the label).
 */
export function parsePeriod(text: string, due?: string | null): Period | null {
  const byId = periodById(text, due);
  if (byId) return byId;
  const k = looseKey(text);
  const year = /\b((?:19|20)\d{2})\b/.exec(k)?.[1];
  if (!year) return null;
  const quarter = /\bquy ([ivx]+|\d)\b/.exec(k) ?? /\bq([1-4])\b/.exec(k);
  if (quarter) {
    const n = romanOrDigit(quarter[1]);
    return n ? periodById(`${year}-Q${n}`, due) : null;
  }
  const month = /\bthang (\d{1,2})\b(?! thang)/.exec(k);
  if (month && !/\b6 thang (dau|cuoi)\b/.test(k)) {
    const n = Number(month[1]);
    return n >= 1 && n <= 12 ? periodById(`${year}-${pad(n)}`, due) : null;
  }
  if (/\b(6|sau) thang cuoi\b|\bnua cuoi\b|\bh2\b|\bsecond half\b/.test(k)) return periodById(`${year}-H2`, due);
  if (/\b(6|sau) thang( dau)?\b|\bnua dau\b|\bh1\b|\bfirst half\b/.test(k)) return periodById(`${year}-H1`, due);
  if (/\bnam\b|\bca nam\b|\byear\b/.test(k)) return periodById(year, due);
  return null;
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * The period whose due date is nearest to asOf. By default only the plans' own periods compete (H1 and the
 * year: on 15/7/2026 that is 2026-H1); a 'Kỳ báo cáo' sheet listing periods makes those the candidates,
 * since a quarter or a month would otherwise always be nearer than the half-year a commune reports on.
 */
export function nearestPeriod(asOf: string, candidates?: Period[] | null): Period {
  const y = Number(asOf.slice(0, 4));
  const list = candidates && candidates.length > 0 ? candidates : [y - 1, y, y + 1].flatMap((year) => [periodById(`${year}-H1`)!, periodById(String(year))!]);
  let best = list[0];
  for (const p of list) if (Math.abs(days(p.due) - days(asOf)) < Math.abs(days(best.due) - days(asOf))) best = p;
  return best;
}

/** The period a run uses: the one asked for (its due date from the plan's list when listed), else the plan's own, else the nearest. */
export function choosePeriod(asked: Period | null | undefined, listed: Period[], asOf: string): Period {
  if (asked) return listed.find((p) => p.id === asked.id) ?? asked;
  if (listed.length === 1) return listed[0];
  return nearestPeriod(asOf, listed);
}

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  const day = vietnamDay(now);
  // A clock that gives no time is our bug, not an office's input.
  if (day === null) throw new RangeError(`No day in Vietnam for ${String(now)}`);
  return day;
}

export { isIsoDate };

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round(days(to) - days(from));
}

/**
 * The periods a pane or sidebar offers, this year's then last year's, in the order officers think of them:
 * the half-years, the year, the quarters, the months (the empty choice, "by date", is the host's).
 */
export function periodChoices(asOf: string, lang: Lang = 'vi'): Array<{ id: string; label: string }> {
  const y = Number(asOf.slice(0, 4));
  return [y, y - 1]
    .flatMap((year) => [`${year}-H1`, `${year}-H2`, String(year), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...Array.from({ length: 12 }, (_, m) => `${year}-${pad(m + 1)}`)])
    .map((id) => ({ id, label: periodLabel(id, lang) }));
}
