// Between the core's cells and the Sheets API's CellData: one sheet-plan cell out, one read cell back in.
import { cellText, isDateFormat, isPercentFormat, STYLE_COLOURS, type CellPlan, type CellValue } from '../shared';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;

const DAY_MS = 86_400_000;
/** Sheets counts days from 30/12/1899 in the spreadsheet's zone, which is Asia/Ho_Chi_Minh (UTC+7, no summer time). */
const SERIAL_EPOCH_DAYS = 25_569;
const ZONE_MS = 7 * 3_600_000;
const DATE_FORMAT = 'dd/mm/yyyy';

/** The calendar day a Date names in Vietnam, as a Sheets serial (UTC or Vietnamese midnight give the same day). */
export function serialOf(date: Date): number {
  return Math.floor((date.getTime() + ZONE_MS) / DAY_MS) + SERIAL_EPOCH_DAYS;
}

/** What SpreadsheetApp.getValues would give for a date cell: midnight of that day in Vietnam. */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - SERIAL_EPOCH_DAYS) * DAY_MS) - ZONE_MS);
}

/** The API wants a type beside every pattern it is given. */
function numberFormat(pattern: string): NumberFormat {
  const type = pattern === '@' ? 'TEXT' : isPercentFormat(pattern) ? 'PERCENT' : isDateFormat(pattern) ? 'DATE' : 'NUMBER';
  return { type, pattern };
}

/** 'RRGGBB' to the API's colour: components from 0 to 1. */
export function colour(hex: string): Color {
  const part = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: part(0), green: part(2), blue: part(4) };
}

/** The look of a plan cell (style and number format); cells with the same look share one request. */
export function cellLook(cell: CellPlan | null | undefined): CellFormat | undefined {
  if (!cell) return undefined;
  const f: CellFormat = {};
  const pattern = cell.numFmt ?? (cell.value instanceof Date ? DATE_FORMAT : undefined);
  if (pattern) f.numberFormat = numberFormat(pattern);
  const s = cell.style ? STYLE_COLOURS[cell.style] : undefined;
  if (s?.fill) f.backgroundColor = colour(s.fill);
  if (s && (s.font || s.bold || s.italic || s.size)) {
    f.textFormat = {
      ...(s.font ? { foregroundColor: colour(s.font) } : {}),
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.size ? { fontSize: s.size } : {}),
    };
  }
  if (s?.wrap) f.wrapStrategy = 'WRAP';
  if (cell.style === 'header') f.horizontalAlignment = 'CENTER';
  if (s?.border) {
    const solid = { style: 'SOLID' };
    f.borders = { top: solid, bottom: solid, left: solid, right: solid };
  }
  return Object.keys(f).length > 0 ? f : undefined;
}

/**
 * A plan cell's value and note as the API writes them (its look goes by cellLook). A stringValue
 * is stored as the text it is, never parsed as typing would be: '=…', '+…', '2.10' and '30/6/2026'
 * from an office stay text, with no apostrophe. Only the core's own formulas and links become
 * formulaValue; a link's text sits in a string literal, where no content can escape.
 */
export function cellData(cell: CellPlan | null | undefined, link?: (target: string) => string | null): CellData {
  if (!cell) return {};
  const out: CellData = {};
  const v = cell.value;
  const href = cell.link && typeof v === 'string' ? link?.(cell.link) : null;
  if (cell.formula) out.userEnteredValue = { formulaValue: `=${cell.formula}` };
  else if (href) out.userEnteredValue = { formulaValue: `=HYPERLINK("${href}","${(v as string).replace(/"/g, '""')}")` };
  // Excel's cell limit (shared/excel-limits.ts) here too, so the workbook opens in Excel as it is.
  else if (typeof v === 'string' && v !== '') out.userEnteredValue = { stringValue: cellText(v) };
  else if (typeof v === 'number') out.userEnteredValue = { numberValue: v };
  else if (typeof v === 'boolean') out.userEnteredValue = { boolValue: v };
  else if (v instanceof Date) out.userEnteredValue = { numberValue: serialOf(v) };
  if (cell.note) out.note = cell.note;
  return out;
}

/** A read cell as the core takes it: Dates for date-formatted numbers, error text as the sheet shows it. */
export function cellValue(cell: CellData | undefined): CellValue {
  const v = cell?.effectiveValue;
  if (!v) return null;
  if (v.stringValue !== undefined) return v.stringValue === '' ? null : v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.numberValue !== undefined) {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    return type === 'DATE' || type === 'DATE_TIME' ? dateOfSerial(v.numberValue) : v.numberValue;
  }
  if (v.errorValue) return cell?.formattedValue ?? '#ERROR!';
  return null;
}

/** The number format the core reads percentages and dates by; null for Sheets' automatic format. */
export function cellFormat(cell: CellData | undefined): string | null {
  const nf = cell?.effectiveFormat?.numberFormat;
  if (!nf) return null;
  if (nf.pattern) return nf.pattern;
  return nf.type === 'PERCENT' ? '0%' : nf.type === 'DATE' ? DATE_FORMAT : null;
}

/** Excel column widths (characters) to Sheets pixels, about 7 px a character plus padding. */
export function widthInPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}
