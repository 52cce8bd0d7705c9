// Reads an indicator's target as the plan writes it ("Kết quả" column) and judges a reported value against it.
import { formatNumber } from './format-number';
import { z } from 'zod';
import { fold, tidyText } from './normalise';
import { NUMBER_BODY, readDigits, type NumberKind } from './numbers';

/** rate: 0–100 completion %; share: % of a whole (budget, GRDP); count: any unit that is not a percentage. */
export const Measure = z.enum(['rate', 'share', 'count']);
export type Measure = z.infer<typeof Measure>;

export const Target = z.discriminatedUnion('kind', [
  /** ≥ value (strict: > value). */
  z.object({ kind: z.literal('atLeast'), value: z.number(), strict: z.boolean(), measure: Measure }),
  /** ≤ value (strict: < value): lower is better. */
  z.object({ kind: z.literal('atMost'), value: z.number(), strict: z.boolean(), measure: Measure }),
  /** Reaching the floor meets the target, whatever the wording; the ceiling meets it fully. */
  z.object({ kind: z.literal('band'), floor: z.number(), ceiling: z.number(), measure: Measure }),
  /** No figure to compare: an officer judges Đạt / Không đạt. */
  z.object({ kind: z.literal('qualitative'), text: z.string() }),
]);
export type Target = z.infer<typeof Target>;

type Op = { kind: 'atLeast' | 'atMost'; strict: boolean; weak: boolean };

// Rightmost operator before the number wins ("Duy trì trên 98%" is strict); at the same end the longest wins
// ("không dưới" over "dưới"). Weak words only confirm the default reading and cannot turn a rank into a figure.
const OPERATORS: ReadonlyArray<[string, Op]> = [
  ['>=', { kind: 'atLeast', strict: false, weak: false }],
  ['>', { kind: 'atLeast', strict: true, weak: false }],
  ['<=', { kind: 'atMost', strict: false, weak: false }],
  ['<', { kind: 'atMost', strict: true, weak: false }],
  // OCR renders ≥ as ~ (and ≈ is how some plans write "about, at least").
  ['~', { kind: 'atLeast', strict: false, weak: true }],
  ['toi thieu', { kind: 'atLeast', strict: false, weak: false }],
  ['it nhat', { kind: 'atLeast', strict: false, weak: false }],
  ['khong duoi', { kind: 'atLeast', strict: false, weak: false }],
  ['khong it hon', { kind: 'atLeast', strict: false, weak: false }],
  ['khong thap hon', { kind: 'atLeast', strict: false, weak: false }],
  ['lon hon hoac bang', { kind: 'atLeast', strict: false, weak: false }],
  ['tu', { kind: 'atLeast', strict: false, weak: true }],
  ['dat', { kind: 'atLeast', strict: false, weak: true }],
  ['duy tri', { kind: 'atLeast', strict: false, weak: true }],
  ['tren', { kind: 'atLeast', strict: true, weak: false }],
  ['hon', { kind: 'atLeast', strict: true, weak: false }],
  ['lon hon', { kind: 'atLeast', strict: true, weak: false }],
  ['cao hon', { kind: 'atLeast', strict: true, weak: false }],
  ['nhieu hon', { kind: 'atLeast', strict: true, weak: false }],
  ['toi da', { kind: 'atMost', strict: false, weak: false }],
  ['khong qua', { kind: 'atMost', strict: false, weak: false }],
  ['khong vuot', { kind: 'atMost', strict: false, weak: false }],
  ['khong vuot qua', { kind: 'atMost', strict: false, weak: false }],
  ['khong hon', { kind: 'atMost', strict: false, weak: false }],
  ['khong cao hon', { kind: 'atMost', strict: false, weak: false }],
  ['nho hon hoac bang', { kind: 'atMost', strict: false, weak: false }],
  ['duoi', { kind: 'atMost', strict: true, weak: false }],
  ['it hon', { kind: 'atMost', strict: true, weak: false }],
  ['nho hon', { kind: 'atMost', strict: true, weak: false }],
  ['thap hon', { kind: 'atMost', strict: true, weak: false }],
];

// Share of a whole (budget, GRDP, digital economy): may exceed what a 0–100 completion rate would allow.
const SHARE_WORDS = ['ngan sach', 'kinh phi', 'grdp', 'kinh te so', 'ty trong'];

// The report reader's digits (space groups too: `1 000 hộ`), so a plan and its reports read one number alike.
const NUMBER = new RegExp(NUMBER_BODY, 'g');

export function isPercentUnit(unit: string): boolean {
  const u = fold(unit);
  return u.includes('%') || /(?<![a-z])(phan tram|ty le|ti le)(?![a-z])/.test(u);
}

/** A rank (`Thứ bậc`, `xếp hạng`): its bare number says neither direction nor threshold, so it is judged by an officer. */
export function isRankUnit(unit: string): boolean {
  return /(?<![a-z])(thu bac|thu hang|xep hang)(?![a-z])/.test(fold(unit));
}

export function parseTarget(written: string, unit: string, name?: string): Target {
  const text = tidyText(written);
  const s = fold(written)
    .replace(/≥|=>/g, '>=')
    .replace(/≤|=</g, '<=')
    .replace(/≈/g, '~');
  const u = fold(unit);
  const percent = isPercentUnit(unit) || (u === '' && s.includes('%'));
  const rank = isRankUnit(unit);
  const qualitative: Target = { kind: 'qualitative', text };

  const first = firstFigure(s);
  if (!first) return qualitative;
  // `1e308`, `0x10`: digits glued to letters and more digits are no figure a plan means (issue 11).
  if (/^[a-z]\d/.test(s.slice(first.end))) return qualitative;
  // `> -5` (a fall of at most 5 %) keeps its sign; the `-` of a range `66-70` follows a digit.
  const negative = /(?:^|[^\d\s.,])\s*-\s*$/.test(s.slice(0, first.start)) || /^\s*-\s*$/.test(s.slice(0, first.start));
  const kind: NumberKind = percent ? 'percent' : 'count';
  // `1.2.3`: marks that make no number leave the target to an officer's judgement.
  const magnitude = readDigits(first.token, kind);
  if (magnitude === null || Math.abs(magnitude) > 1e15) return qualitative;
  const value = negative ? -magnitude : magnitude;
  // Several figures each with its own scope (`≤ 3 Đông Nam Á; ≤ 50 Thế giới`): no one number stands for
  // the target, so an officer judges it and every part is kept in the text (issue 10, from 03/NQ-CP).
  if (partsWithFigures(written) > 1) return qualitative;

  const haystack = `${u} ${fold(name ?? '')} ${s}`;
  const measure: Measure = !percent
    ? 'count'
    : SHARE_WORDS.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(haystack))
      ? 'share'
      : 'rate';

  const after = s.slice(first.end);
  // "đạt trên 66% đến 70%": a band's floor meets whatever word precedes it, so the band is read before operators.
  const band = new RegExp(String.raw`^\s*%?\s*(?:-|den|toi)\s*(?:(?:tren|duoi|>=|>|<=|<)\s*)?(${NUMBER_BODY})(?![\d/])`).exec(after);
  if (band?.[1] !== undefined) {
    const other = readDigits(band[1], kind);
    if (other !== null) {
      return { kind: 'band', floor: Math.min(value, other), ceiling: Math.max(value, other), measure };
    }
  }

  let op = operatorBefore(s.slice(0, first.start).replace(/-\s*$/, ''));
  const tail = /^\s*%?\s*tro\s+(len|xuong)(?![a-z])/.exec(after);
  if (tail) op = { kind: tail[1] === 'len' ? 'atLeast' : 'atMost', strict: false, weak: false };
  // A rank's bare number says neither direction nor threshold; only an explicit comparison makes it a figure.
  if (rank && (!op || op.weak)) return qualitative;
  const chosen = op ?? { kind: 'atLeast', strict: false };
  return { kind: chosen.kind, value, strict: chosen.strict, measure };
}

export function meetsTarget(target: Target, value: number): boolean | null {
  // NaN or infinity is no usable value, not a miss.
  if (target.kind === 'qualitative' || !Number.isFinite(value)) return null;
  switch (target.kind) {
    case 'atLeast':
      return target.strict ? value > target.value : value >= target.value;
    case 'atMost':
      return target.strict ? value < target.value : value <= target.value;
    case 'band':
      return value >= target.floor;
  }
}

export function describeTarget(target: Target, lang: 'vi' | 'en'): string {
  if (target.kind === 'qualitative') {
    return target.text !== '' ? target.text : lang === 'vi' ? 'Đạt / Không đạt' : 'met / not met';
  }
  const pct = target.measure === 'count' ? '' : '%';
  const suffix = target.measure === 'share' ? (lang === 'vi' ? ' (tỷ trọng)' : ' (share)') : '';
  const n = (x: number) => `${formatNumber(x, lang)}${pct}`;
  switch (target.kind) {
    case 'atLeast':
      return `${target.strict ? '>' : '≥'} ${n(target.value)}${suffix}`;
    case 'atMost':
      return `${target.strict ? '<' : '≤'} ${n(target.value)}${suffix}`;
    case 'band':
      return lang === 'vi'
        ? `từ ${n(target.floor)} đến ${n(target.ceiling)}${suffix}`
        : `${n(target.floor)} to ${n(target.ceiling)}${suffix}`;
  }
}

/** First number that is a target figure: years ("năm 2030") and date parts ("30/6") are context, not targets. */
function firstFigure(s: string): { token: string; start: number; end: number } | null {
  for (const m of s.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (s[start - 1] === '/' || s[end] === '/') continue;
    if (/(?<![a-z])nam\s*$/.test(s.slice(0, start))) continue;
    return { token: m[0], start, end };
  }
  return null;
}

/** Parts of a target separated by `;` or a line break that each carry a figure of their own. */
function partsWithFigures(written: string): number {
  return written.split(/[;\n\r]/).filter((part) => firstFigure(fold(part)) !== null).length;
}

function operatorBefore(prefix: string): Op | null {
  let best: { end: number; len: number; op: Op } | null = null;
  for (const [word, op] of OPERATORS) {
    const pattern = /[a-z]/.test(word)
      ? new RegExp(`(?<![a-z])${word.replace(/ /g, '\\s+')}(?![a-z])`, 'g')
      : new RegExp(escapeRegExp(word), 'g');
    for (const m of prefix.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.len)) {
        best = { end, len: m[0].length, op };
      }
    }
  }
  return best?.op ?? null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
