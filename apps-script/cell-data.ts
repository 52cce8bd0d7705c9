// Between the core's cells and the Sheets API's CellData: one sheet-plan cell out, one read cell back in.
import {
  isDateFormat,
  isPercentFormat,
  STYLE_COLOURS,
  type CellLink,
  type CellValue,
  columnPixels,
  DATE_FORMAT,
  dateOfSerial,
  type ResolvedCell,
} from '../shared';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;

/**
 * The API wants a type beside every pattern it is given. A pattern has no locale tag in Sheets: the spreadsheet's
 * own locale (vi_VN) shows the decimal comma, so the tag is dropped and a tagged General is Sheets' automatic format.
 */
function numberFormat(numFmt: string | null): NumberFormat | undefined {
  const pattern = numFmt?.replace(/^\[\$-[0-9A-Fa-f]+\]/, '');
  if (!pattern || pattern === 'General') return undefined;
  const type = pattern === '@' ? 'TEXT' : isPercentFormat(pattern) ? 'PERCENT' : isDateFormat(pattern) ? 'DATE' : 'NUMBER';
  return { type, pattern };
}

/** 'RRGGBB' to the API's colour: components from 0 to 1. */
export function colour(hex: string): Color {
  const part = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: part(0), green: part(2), blue: part(4) };
}

/** The look of a resolved plan cell (style and number format); cells with the same look share one request. */
export function cellLook(cell: ResolvedCell): CellFormat | undefined {
  const f: CellFormat = {};
  const nf = numberFormat(cell.numFmt);
  if (nf) f.numberFormat = nf;
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
 * A resolved plan cell's value as the API writes it (its look goes by cellLook). A stringValue is stored as the
 * text it is, never parsed as typing would be: '=…', '+…', '2.10' and '30/6/2026' from an office stay text, with
 * no apostrophe. Only the core's own formulas and links become formulaValue; a link's text sits in a string
 * literal, where no content can escape, and its target is a sheet id and a checked address.
 */
export function cellData(cell: ResolvedCell, href?: (link: CellLink) => string | null): CellData {
  const link = cell.link && cell.link.file === undefined ? href?.(cell.link) : null;
  const v = cell.value;
  if (cell.formula !== null) return { userEnteredValue: { formulaValue: `=${cell.formula}` } };
  if (link) {
    const text = typeof v === 'string' ? v : cell.link!.cell;
    return { userEnteredValue: { formulaValue: `=HYPERLINK("${link}","${text.replace(/"/g, '""')}")` } };
  }
  if (typeof v === 'string') return { userEnteredValue: { stringValue: v } };
  if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
  if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
  return {};
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

/** The plan's column widths (characters) in Sheets' pixels. */
export const widthInPixels = columnPixels;
