// Reporting periods: '2026-H1' (6 tháng, due 10/6) and '2026' (cả năm, due 5/12), or the nearest to a date.
import type { Period } from '../schemas/plan';
import { looseKey } from '../text/normalise';

const HALF_DUE = '06-10';
const YEAR_DUE = '12-05';

export function periodById(id: string, due?: string | null): Period | null {
  const half = /^(\d{4})-H1$/i.exec(id.trim());
  if (half) return { id: `${half[1]}-H1`, label: `6 tháng đầu năm ${half[1]}`, due: due ?? `${half[1]}-${HALF_DUE}` };
  const year = /^(\d{4})$/.exec(id.trim());
  if (year) return { id: year[1], label: `Năm ${year[1]}`, due: due ?? `${year[1]}-${YEAR_DUE}` };
  return null;
}

/** Accepts ids and the labels officers write: '6 tháng đầu năm 2026', 'Năm 2026', 'cả năm 2026'. */
export function parsePeriod(text: string, due?: string | null): Period | null {
  const byId = periodById(text, due);
  if (byId) return byId;
  const k = looseKey(text);
  const year = /\b(20\d{2})\b/.exec(k)?.[1];
  if (!year) return null;
  if (/\b6 thang\b|\bsau thang\b|\bh1\b|\bnua dau\b/.test(k)) return periodById(`${year}-H1`, due);
  if (/\bnam\b|\bca nam\b/.test(k)) return periodById(year, due);
  return null;
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** The period whose due date is nearest to asOf (on 15/7/2026: 2026-H1). */
export function nearestPeriod(asOf: string): Period {
  const y = Number(asOf.slice(0, 4));
  const candidates = [y - 1, y, y + 1].flatMap((year) => [periodById(`${year}-H1`)!, periodById(String(year))!]);
  let best = candidates[0];
  for (const p of candidates) if (Math.abs(days(p.due) - days(asOf)) < Math.abs(days(best.due) - days(asOf))) best = p;
  return best;
}

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' naming a real day: '2026-02-31' and '2026-13-45' are refused, not rolled over. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
