// What every renderer writes for a plan cell, decided once: its lock, its text within Excel's limits, a date as the
// serial of its day in Vietnam with its format, the number format in the sheet's language, its link target. The
// three renderers (Excel add-in, Sheets, ExcelJS file) only map a ResolvedCell to their host's calls.
import type { CellLink, CellPlan, SheetPlan, StyleName } from '../sheet-plan';
import { cellText } from '../excel-limits';
import { a1, parseA1 } from '../grid';
import { VIETNAM_OFFSET_MS } from '../text/iso-date';

const DAY_MS = 86_400_000;
/** Excel's and Sheets' day 0 is 30/12/1899; 1/1/1970 is day 25,569 (for days after 28/2/1900, Lotus' leap-year bug). */
const EPOCH_1970 = 25_569;

/** The format a date cell shows when the plan names none. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A date cell is a calendar day in Asia/Ho_Chi_Minh: its serial is that day's whole number, whichever instant of the
 * day the Date holds (UTC midnight and Vietnamese midnight name the same day).
 */
export function dateSerial(date: Date): number {
  return Math.floor((date.getTime() + VIETNAM_OFFSET_MS) / DAY_MS) + EPOCH_1970;
}

/** A day's serial from an ISO date ('2026-06-30'); Excel counts 29/2/1900, so days before 1/3/1900 are one less. */
export function isoSerial(iso: string): number {
  const days = Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS) + EPOCH_1970;
  return iso < '1900-03-01' ? days - 1 : days;
}

/** Midnight in Vietnam of the day a serial names: what a host's reader gives for a date cell. */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_1970) * DAY_MS) - VIETNAM_OFFSET_MS);
}

/** Column width in characters (the plan's unit, Excel's) to pixels: 7 a character and 5 of padding. */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/**
 * Excel's locale tag for Vietnamese (LCID 0x042A) on a General number: spreadsheet programs then show a decimal comma.
 * Only General is tagged: LibreOffice reads an explicit code such as `0.0` under that tag with Vietnamese separators
 * (`.` grouping), which would change what the code means.
 */
export const VI_GENERAL = '[$-42A]General';

export function viNumberFormat(numFmt: string | null | undefined): string {
  return numFmt === undefined || numFmt === null || numFmt === 'General' ? VI_GENERAL : numFmt;
}

/** Text an office typed that a spreadsheet program would take as a formula if someone re-entered the cell. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

export type ResolvedCell = {
  /** Text within Excel's limits, a number, a boolean, a date's serial, or null for none (a formula's cached result). */
  value: string | number | boolean | null;
  kind: 'empty' | 'text' | 'number' | 'boolean' | 'date' | 'error';
  /** The core's own formula, without '='. */
  formula: string | null;
  /** The number format to give the cell; null: the host's default (General). */
  numFmt: string | null;
  /** Office text that a re-entry would turn into a formula: the host keeps the cell a text cell. */
  keepText: boolean;
  style: StyleName | null;
  /** Every cell is locked on a protected sheet except the cells an office fills. */
  locked: boolean;
  /** A cell to jump to, its address checked; the sheet and file are names, never a target written by anyone. */
  link: CellLink | null;
};

/**
 * The one lock rule: a cell is locked unless the plan unlocks it, and a cell styled 'input' (one the office fills)
 * is unlocked unless the plan locks it.
 */
export function lockOf(cell: CellPlan | null | undefined): boolean {
  if (!cell) return true;
  return cell.locked ?? cell.style !== 'input';
}

const EMPTY: ResolvedCell = { value: null, kind: 'empty', formula: null, numFmt: null, keepText: false, style: null, locked: true, link: null };

export function resolveCell(cell: CellPlan | null | undefined, numberLocale?: SheetPlan['numberLocale']): ResolvedCell {
  if (!cell) return EMPTY;
  const v = cell.value;
  const formula = cell.formula === undefined ? null : cell.formula.replace(/^=/, '');
  let value: ResolvedCell['value'] = null;
  let kind: ResolvedCell['kind'] = 'empty';
  let numFmt = cell.numFmt ?? null;
  if (typeof v === 'string') {
    value = cellText(v);
    kind = value === '' ? 'empty' : 'text';
    if (value === '') value = null;
  } else if (typeof v === 'number') {
    // NaN or Infinity cannot be stored: Excel would call the file corrupt.
    if (Number.isFinite(v)) [value, kind] = [v, 'number'];
    else [value, kind] = ['#NUM!', 'error'];
  } else if (typeof v === 'boolean') [value, kind] = [v, 'boolean'];
  else if (v instanceof Date) {
    value = dateSerial(v);
    kind = 'date';
    numFmt ??= DATE_FORMAT;
  }
  // A number in a Vietnamese sheet: the format carries the Vietnamese locale, so 75.5 shows as 75,5.
  if (numberLocale === 'vi' && (kind === 'number' || formula !== null)) numFmt = viNumberFormat(numFmt);
  const keepText = cell.untrusted === true && kind === 'text' && FORMULA_LEAD.test(value as string);
  const at = cell.link && formula === null ? parseA1(cell.link.cell) : null;
  const link = cell.link && at ? { ...cell.link, cell: a1(at.row, at.col) } : null;
  return { value, kind, formula, numFmt, keepText, style: cell.style ?? null, locked: lockOf(cell), link };
}

/** A sheet reference with the name quoted ("'Phòng Kinh tế'!F12"): an apostrophe in the name doubled, nothing else read. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
