// Reads a task's deadline as the plan writes it ("Thời gian thực hiện") into the last day it names.
import { z } from 'zod';
import { fold } from './normalise';
import { daysInMonth, isoDate, VIETNAM_OFFSET_MS } from './iso-date';

export const Deadline = z.object({
  /** ISO 'YYYY-MM-DD', the last day of what the text names; null when recurring, ongoing or not understood. */
  due: z.string().nullable(),
  /** Recurring and ongoing tasks are never overdue as a whole; they owe a report each period. */
  recurring: z.boolean(),
  /** False when the text names no date we understand, so the plan import can warn. */
  recognised: z.boolean(),
  /** For '… và các năm tiếp theo': the end of the first occurrence; otherwise null. */
  firstDue: z.string().nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

const UNRECOGNISED: Deadline = { due: null, recurring: false, recognised: false, firstDue: null };

// "… và các năm tiếp theo" / "từ năm 2026 trở đi" recur but still name when the first round ends.
const ONWARDS = /(?:(?<![a-z])va\s+)?(?<![a-z])(?:cac|nhung)\s+nam\s+tiep\s+theo(?![a-z])|(?<![a-z])tro\s+di(?![a-z])/;
const RECURRING = /(?<![a-z])(?:thuong\s+xuyen|hang\s+(?:nam|quy|thang)|dinh\s+ky)(?![a-z])/;
// "Cả năm" alone recurs; "Cả năm 2026" names a year.
const WHOLE_YEAR = /(?<![a-z])ca\s+nam(?![a-z])/;
const YEAR = /(?<![\d.,])((?:19|20)\d{2})(?![\d.,])/g;

export function parseDeadline(written: string): Deadline {
  const s = fold(written);
  const onwards = ONWARDS.exec(s);
  if (onwards) {
    const first = resolve(s.slice(0, onwards.index));
    return { due: null, recurring: true, recognised: true, firstDue: first.ok ? first.due : null };
  }
  if (RECURRING.test(s)) return { due: null, recurring: true, recognised: true, firstDue: null };
  if (WHOLE_YEAR.test(s) && !/\d/.test(s)) return { due: null, recurring: true, recognised: true, firstDue: null };
  const r = resolve(s);
  return r.ok ? { due: r.due, recurring: false, recognised: true, firstDue: null } : UNRECOGNISED;
}

export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant ('2026-06-08T09:12:00+07:00') as 'dd/mm/yyyy HH:MM' in Vietnam time; null when it is no time. */
export function formatTimeVi(instant: string): string | null {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return null;
  const local = new Date(at + VIETNAM_OFFSET_MS).toISOString();
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

type Resolved = { ok: true; due: string } | { ok: false };

/**
 * Every date, month, quarter, half and year the text names; the deadline is the latest end among them, so a
 * span ("Quý II – Quý IV năm 2026", "2025 - 2026") is due at the end of its last part. One impossible date
 * makes the whole text unrecognised rather than silently dropping it.
 */
function resolve(input: string): Resolved {
  let s = input;
  const ends: string[] = [];
  let invalid = false;
  const years = [...input.matchAll(YEAR)].map((m) => ({ at: m.index, year: Number(m[1]), used: false }));
  // Matches are blanked, not cut, so positions keep pointing at the same years.
  const consume = (re: RegExp, onMatch: (m: RegExpExecArray) => void) => {
    for (const m of s.matchAll(re)) {
      for (const y of years) if (y.at >= m.index && y.at < m.index + m[0].length) y.used = true;
      onMatch(m);
    }
    s = s.replace(re, (match) => ' '.repeat(match.length));
  };
  const add = (year: number, month: number, day?: number) => {
    const end = isoDate(year, month, day ?? daysInMonth(year, month));
    // Plans run this century; "31/12/0025" is a typo to flag, not a date to chase.
    if (year < 1900 || year > 2099 || end === null) {
      invalid = true;
      return;
    }
    ends.push(end);
  };

  // "Tháng 10-12/2026" is a span of months, not 10 December.
  consume(/(?<!thang\s*)(?<![\d.,/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d.,/])/g, (m) =>
    add(Number(m[3]), Number(m[2]), Number(m[1])),
  );
  consume(/(?<![a-z])ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})(?!\d)/g, (m) =>
    add(Number(m[3]), Number(m[2]), Number(m[1])),
  );
  // "Quý 3/2026" is a quarter, not March.
  consume(/(?<!quy\s*)(?<![\d.,/])(\d{1,2})\s*\/\s*(\d{4})(?![\d.,/])/g, (m) => add(Number(m[2]), Number(m[1])));

  // Parts that name no year of their own take the next year written after them ("Quý I và quý II năm 2026").
  const pending: { at: number; month: number }[] = [];
  consume(/(?<![\d.,])(\d{1,2})\s*thang\s*(dau|cuoi)\s*nam(?![a-z])/g, (m) =>
    pending.push({ at: m.index, month: m[2] === 'cuoi' ? 12 : Number(m[1]) }),
  );
  consume(/(?<![a-z])nua\s*(dau|cuoi)\s*nam(?![a-z])/g, (m) =>
    pending.push({ at: m.index, month: m[1] === 'dau' ? 6 : 12 }),
  );
  consume(/(?<![a-z])quy\s*([ivx]+|\d+)(?![a-z0-9])/g, (m) => {
    const q = quarter(m[1] ?? '');
    if (q === null) invalid = true;
    else pending.push({ at: m.index, month: q * 3 });
  });
  consume(/(?<![a-z])thang\s*(\d{1,2})(?!\d)/g, (m) => pending.push({ at: m.index, month: Number(m[1]) }));

  for (const p of pending) {
    const y = years.find((c) => c.at > p.at) ?? years.filter((c) => c.at < p.at).pop();
    if (!y) {
      invalid = true;
      continue;
    }
    y.used = true;
    add(y.year, p.month);
  }
  for (const y of years) if (!y.used) add(y.year, 12);

  if (invalid || ends.length === 0) return { ok: false };
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make them NaN.
  return { ok: true, due: ends.reduce((a, b) => (b > a ? b : a)) };
}

function quarter(numeral: string): number | null {
  const q = /^\d+$/.test(numeral) ? Number(numeral) : ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[numeral];
  return q !== undefined && q >= 1 && q <= 4 ? q : null;
}
