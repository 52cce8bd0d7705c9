// Numbers and dates as officers type them into report cells, read without guessing wrong.
import { z } from 'zod';
import { DATE_MIN } from '../excel-limits';
import type { CellValue } from '../grid';
import { looseKey, nfc } from './normalise';
import { cellDay, isoDate as calendarDay, isoFromSerial } from './iso-date';

export const NumberKind = z.enum(['percent', 'count']);
export type NumberKind = z.infer<typeof NumberKind>;

export const ParsedNumber = z.discriminatedUnion('kind', [
  /** For a percentage, value is on the 0–100 scale. */
  /** approximate: the officer wrote `khoảng 96`, `ước 80`: used, with a warning. */
  z.object({ kind: z.literal('number'), value: z.number(), approximate: z.boolean().optional() }),
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('no_data'), text: z.string() }),
  z.object({ kind: z.literal('judgement'), met: z.boolean(), text: z.string() }),
  z.object({ kind: z.literal('invalid'), text: z.string() }),
]);
export type ParsedNumber = z.infer<typeof ParsedNumber>;

export const ParsedDate = z.discriminatedUnion('kind', [
  /** 'YYYY-MM-DD'. */
  z.object({ kind: z.literal('date'), iso: z.string() }),
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('invalid'), text: z.string() }),
]);
export type ParsedDate = z.infer<typeof ParsedDate>;

// Compared after looseKey, so `Chưa có số liệu.` and `chua co so lieu` both count; a phrase may go
// on (`chưa có số liệu năm 2025`) without its year being read as the value.
export const NO_DATA_PHRASES = [
  'chua co so lieu',
  'chua co du lieu',
  'chua co',
  'khong co so lieu',
  'khong co du lieu',
  'dang cap nhat',
  'dang cap nhat so lieu',
  'chua cap nhat',
  'chua thong ke',
  'dang thong ke',
  'chua tong hop',
  'dang tong hop',
];
export const NO_DATA_WORDS = new Set(['n a', 'na']);
// Placeholders that looseKey would erase to nothing, so they are matched as typed.
const NO_DATA_MARKS = /^(?:-{1,3}|\u2026|\.{2,3}|[\u2013\u2014])$/u;
// Excel's "not available" reaches us as its text: no data. Every other error value (`#REF!`, `#DIV/0!`,
// `#VALUE!`) is a broken formula the office must fix, so it is no number (issue 11), never "no data".
const EXCEL_NA = /^#N\/A$/iu;

const JUDGEMENTS = new Map<string, boolean>([
  ['dat', true],
  ['da dat', true],
  ['dat yeu cau', true],
  ['dat chi tieu', true],
  ['vuot chi tieu', true],
  ['hoan thanh', true],
  ['da hoan thanh', true],
  ['khong dat', false],
  ['chua dat', false],
  ['khong dat yeu cau', false],
  ['chua dat yeu cau', false],
  ['khong dat chi tieu', false],
  ['chua dat chi tieu', false],
  ['chua hoan thanh', false],
  ['khong hoan thanh', false],
]);

// The digits and marks of one number as typed, in either notation: `1 000` (space groups), `1.234,5`,
// `1,234.5`, `66,5`. A space group is three digits and no more, so `2 2026` is two numbers, not `2 202`.
export const NUMBER_BODY = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*`;
// One number in a report cell, `,5` too, with an optional sign. Not preceded by a letter or digit, so
// `H2O` and the `70` of `66-70` are not read as signed numbers.
const NUMBER_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}])([+\-\u2212]?)(${NUMBER_BODY}|[.,]\d+)`, 'gu');

/** The text form of a value that is no number, for messages. */
function textOf(raw: CellValue): string {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  return String(raw);
}

/** A fraction a `%` format shows as a percentage (0.665 → 66.5), without the float noise of `0.665 * 100` that would make 66.5 miss a target of 66.5. */
export function percentFromFraction(x: number): number {
  return Number.parseFloat((x * 100).toFixed(10));
}

/** Number format text without its literal parts, so `0"%"` or `[Red]` cannot mislead. */
function formatCodes(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
}

export function isPercentFormat(numFmt: string | null | undefined): boolean {
  return !!numFmt && formatCodes(numFmt).includes('%');
}

/** A number format showing months and years but no day (`mmm-yy`, `m/yyyy`): what Excel gives a pasted `6/2025`. */
export function isMonthYearFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  const f = formatCodes(numFmt).toLowerCase();
  return f.includes('m') && f.includes('y') && !f.includes('d') && !f.includes('h') && !f.includes('s');
}

export function isDateFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  const f = formatCodes(numFmt).toLowerCase();
  return f.includes('d') && f.includes('m') && f.includes('y') && !f.includes('%');
}

/** Thousands groups after the first must be exactly three digits, and the first must not be `0`. */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** Digits with `.`/`,` to a JS number string, by the rules in domain.md; null when the marks make no sense. */
function digitsToNumber(body: string, kind: NumberKind): string | null {
  const spaced = /[ \u00A0\u202F]/.test(body);
  const compact = body.replace(/[ \u00A0\u202F]/g, '');
  if (spaced) {
    // With space groups, a remaining mark can only be the decimal one.
    return compact.replace(',', '.');
  }
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  if (dots === 0 && commas === 0) return compact;
  if (compact.startsWith('.') || compact.startsWith(',')) {
    return dots + commas === 1 ? `0.${compact.slice(1)}` : null;
  }
  if (dots > 0 && commas > 0) {
    // With both marks the last one is decimal (`1.234,5`, `1,234.5`), and it may occur once.
    const decimal = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = compact.lastIndexOf(decimal);
    const intPart = compact.slice(0, at);
    if (intPart.includes(decimal)) return null;
    if (!validGroups(intPart.split(thousands))) return null;
    return `${intPart.split(thousands).join('')}.${compact.slice(at + 1)}`;
  }
  const mark = dots > 0 ? '.' : ',';
  const parts = compact.split(mark);
  if (parts.length === 2) {
    // A lone comma is always decimal; a lone dot before exactly three digits groups thousands
    // in a count (`1.000` hộ) but is a decimal point in a percentage.
    const thousands = mark === '.' && kind === 'count' && parts[1].length === 3 && validGroups(parts);
    return thousands ? parts.join('') : parts.join('.');
  }
  // Several identical marks (`1.234.567`) can only group thousands.
  return validGroups(parts) ? parts.join('') : null;
}

/**
 * The one reader of a number's digits and marks, for report cells and plan targets alike: `1.234,5` and
 * `1,234.5` are 1234.5, `66,5` is 66.5, `1.000` is 1000 in a count and 1 in a percentage. Null when the
 * marks make no sense (`1.2.3`, `12,34,56`, `1,5.3`), so a garbled figure is never read as some number.
 */
export function readDigits(body: string, kind: NumberKind): number | null {
  const digits = digitsToNumber(body, kind);
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isFinite(n) ? n : null;
}

export const LEAD_WORDS = new Set(['', 'dat', 'dat duoc', 'da dat', 'ty le', 'ti le', 'ket qua', 'la', 'dat ty le', 'dat ti le']);
// Words that say the figure is an estimate: still a number, never silently (contract §6 APPROXIMATE_VALUE).
export const APPROXIMATE_WORDS = new Set([
  'khoang', 'uoc', 'uoc dat', 'uoc tinh', 'uoc khoang', 'gan', 'gan dat', 'xap xi', 'tam tinh', 'du kien', 'du kien dat',
  'dat khoang', 'dat gan', 'dat xap xi', 'khoang chung', 'ty le khoang', 'ti le khoang', 'dat ty le khoang',
]);
// After the number only a unit set off by a space, or a percent sign, may follow (`12 hộ`, `66,5 %`, `80%.`):
// `12a`, `1e3`, `0x10` and `1....x` are no numbers (contract §6).
const AFTER_NUMBER = /^(?:\s*%)?\.?$|^(?:\s*%)?\s+\S/u;

function parseText(rawText: string, kind: NumberKind): ParsedNumber {
  const text = nfc(rawText).replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim();
  if (text === '') return { kind: 'empty' };
  if (NO_DATA_MARKS.test(text) || EXCEL_NA.test(text)) return { kind: 'no_data', text };
  const key = looseKey(text);
  if (NO_DATA_WORDS.has(key) || NO_DATA_PHRASES.some((p) => key === p || key.startsWith(`${p} `))) {
    return { kind: 'no_data', text };
  }
  const met = JUDGEMENTS.get(key);
  if (met !== undefined) return { kind: 'judgement', met, text };

  // `66,5 % dân số`, `12 hộ`, `khoảng 80`, `đạt 80%`: words around one number are commentary;
  // two numbers (`12/20`, `66-70`) leave us unable to tell which one is the value.
  const tokens = [...text.matchAll(NUMBER_TOKEN)];
  if (tokens.length !== 1) return { kind: 'invalid', text };
  // Units may follow the number, but before it only words that say "this is the value" (`abc 5` is no number).
  const before = looseKey(text.slice(0, tokens[0].index));
  const approximate = APPROXIMATE_WORDS.has(before) || /^[~\u2248]\s*$/u.test(text.slice(0, tokens[0].index).trim());
  if (!approximate && !LEAD_WORDS.has(before)) return { kind: 'invalid', text };
  if (!AFTER_NUMBER.test(text.slice(tokens[0].index + tokens[0][0].length))) return { kind: 'invalid', text };
  const [, sign, body] = tokens[0];
  const magnitude = readDigits(body, kind);
  if (magnitude === null) return { kind: 'invalid', text };
  const value = sign === '' || sign === '+' ? magnitude : -magnitude;
  // Text never gets rescaled: `66,5%` typed into a `0%` cell already means 66.5.
  return approximate ? { kind: 'number', value: value === 0 ? 0 : value, approximate } : { kind: 'number', value: value === 0 ? 0 : value };
}

/** What an officer typed into a numeric report cell. Never throws. */
export function parseNumber(raw: CellValue, opts: { kind: NumberKind; numFmt?: string | null }): ParsedNumber {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'string') return parseText(raw, opts.kind);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', text: String(raw) };
    // A `%` format shows 0.665 as 66,5%: the cell holds the fraction.
    const value = isPercentFormat(opts.numFmt) ? percentFromFraction(raw) : raw;
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(raw) };
    return { kind: 'number', value: value === 0 ? 0 : value };
  }
  return { kind: 'invalid', text: textOf(raw) };
}

// Kept where it was first exported; the date builder itself is iso-date.ts.
export { VIETNAM_OFFSET_MS } from './iso-date';

// Excel's date range, serial 1 to 2958465; outside it a year is a typo, not a deadline.
function inExcelRange(iso: string | null): string | null {
  return iso !== null && iso >= DATE_MIN ? iso : null;
}

/** y/m/d to ISO when the day exists (`31/2/2026` does not) and Excel could hold it. */
function isoDate(y: number, m: number, d: number): string | null {
  return inExcelRange(calendarDay(y, m, d));
}

// Vietnamese order is always day first; `5/6/2026` is 5 June, never May 6.
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/u;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const WORDED = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/u;

function isoFromText(text: string): string | null {
  const dmy = DMY.exec(text);
  if (dmy) {
    // A two-digit year is this century's: nobody reports on 1926.
    const year = dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    return isoDate(year, Number(dmy[2]), Number(dmy[1]));
  }
  const ymd = YMD.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const worded = WORDED.exec(looseKey(text));
  if (worded) return isoDate(Number(worded[3]), Number(worded[2]), Number(worded[1]));
  return null;
}

/** A `Ngày hoàn thành` cell as a calendar date. Never throws. */
export function parseDateCell(raw: CellValue, numFmt?: string | null): ParsedDate {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (raw instanceof Date) {
    const day = cellDay(raw);
    const iso = day === null ? null : inExcelRange(day);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: textOf(raw) };
  }
  if (typeof raw === 'number') {
    // Without a date format the officer sees a plain number, so it is no date to them either.
    const iso = Number.isFinite(raw) && isDateFormat(numFmt) ? isoFromSerial(raw) : null;
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: String(raw) };
  }
  if (typeof raw === 'string') {
    const text = nfc(raw).replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim().replace(/\.$/, '');
    if (text === '') return { kind: 'empty' };
    const iso = isoFromText(text);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: raw.trim() };
  }
  return { kind: 'invalid', text: textOf(raw) };
}
