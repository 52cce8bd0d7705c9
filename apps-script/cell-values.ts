// What one sheet-plan cell becomes in Sheets: an inert value and the looks of its style name.
import { STYLE_COLOURS, type CellPlan, type CellValue } from '../shared';

/**
 * The value handed to setValues. Sheets parses strings as if typed: '=…' and '+…'/'-…' become
 * formulas, '2.10' a number, '30/6/2026' a date. A leading apostrophe keeps any string as the
 * text it is (Sheets shows and returns it without the apostrophe), so every string gets one:
 * text from an office can never turn into a live formula, and plan codes keep their spelling.
 */
export function inertValue(cell: CellPlan | null | undefined, link?: (target: string) => string | null): unknown {
  if (!cell) return '';
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (cell.link && typeof v === 'string') {
    const href = link?.(cell.link);
    // A string literal inside HYPERLINK stays inert whatever it holds.
    if (href) return `=HYPERLINK("${href}","${v.replace(/"/g, '""')}")`;
  }
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  return v;
}

/** Sheets' own defaults: a cell left at these needs no call at all on a cleared sheet. */
export const DEFAULT_LOOK = {
  background: null as string | null,
  fontColor: '#000000',
  fontWeight: 'normal' as GoogleAppsScript.Spreadsheet.FontWeight,
  fontStyle: 'normal' as GoogleAppsScript.Spreadsheet.FontStyle,
  fontSize: 10,
  wrap: false,
  /** 'normal' is Sheets' own alignment: text left, numbers right. */
  alignment: 'normal' as 'normal' | 'center',
};

export type Look = typeof DEFAULT_LOOK & { border: boolean };

export function lookOf(cell: CellPlan | null | undefined): Look {
  const s = cell?.style ? STYLE_COLOURS[cell.style] : undefined;
  return {
    background: s?.fill ? `#${s.fill}` : null,
    fontColor: s?.font ? `#${s.font}` : DEFAULT_LOOK.fontColor,
    fontWeight: s?.bold ? 'bold' : 'normal',
    fontStyle: s?.italic ? 'italic' : 'normal',
    fontSize: s?.size ?? DEFAULT_LOOK.fontSize,
    wrap: s?.wrap ?? false,
    alignment: cell?.style === 'header' ? 'center' : 'normal',
    border: s?.border ?? false,
  };
}

/** A cell read back from getValues as the core's CellValue: Sheets gives '' for an empty cell. */
export function gridValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}

/** Excel column widths (characters) to Sheets pixels, about 7 px a character plus padding. */
export function widthInPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

