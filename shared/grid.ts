// A sheet as every host hands it to the core: plain values, optional number formats and merges.
import { z } from 'zod';

/** Dates arrive as Date (ExcelJS, Apps Script) or as serial numbers with a date format (Excel JS API). */
export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

export const Grid = z.object({
  /** Sheet name as the host shows it. */
  name: z.string(),
  /** Report or plan file as given on the command line; null inside Excel / Sheets. */
  file: z.string().nullable(),
  /** values[r][c], row 0 is sheet row 1. Merged areas hold their value in the top-left cell only. */
  values: z.array(z.array(CellValue)),
  /** Number format per cell where the host gives it ('0%', '@', 'dd/mm/yyyy'); missing means General. */
  formats: z.array(z.array(z.string().nullable())).optional(),
  /** Merged ranges in A1 notation ('A1:G1'). */
  merges: z.array(z.string()).optional(),
});
export type Grid = z.infer<typeof Grid>;

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  return r === undefined ? null : (r[col] ?? null);
}

/** Rows up to the last one holding a value: a blank row inside a log counts, so appending never overwrites. */
export function usedRows(grid: Grid | undefined): number {
  if (!grid) return 0;
  return grid.values.reduce((last, r, i) => (r.some((v) => v !== null && v !== '') ? i + 1 : last), 0);
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.formats?.[row]?.[col] ?? null;
}

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address without `$` or sheet name. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 'F12' → { row: 11, col: 5 }; null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 'A1:C2' → corners (0-based, inclusive). A single address is a 1×1 range. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A merge larger than this (after clamping) covers the sheet rather than a header: only its master holds the value. */
const MERGE_FILL_MAX = 1 << 20;

/**
 * Copies each merged area's value into all its cells, so a header merged over two rows reads on both.
 * Areas are clamped to the rows that exist and to each row's length: a merge over the whole sheet never makes
 * a million rows. Rows are copied only when written to (readers may share one frozen blank row among many).
 */
export function fillMerges(grid: Grid): CellValue[][] {
  const values = grid.values.slice();
  const copied = new Set<number>();
  let width = 0;
  for (let i = 0; i < values.length; i++) width = Math.max(width, values[i]?.length ?? 0);
  for (const m of grid.merges ?? []) {
    const r = parseRange(m);
    if (!r) continue;
    const bottom = Math.min(r.bottom, values.length - 1);
    const right = Math.min(r.right, width - 1);
    if (bottom < r.top || right < r.left) continue;
    if ((bottom - r.top + 1) * (right - r.left + 1) > MERGE_FILL_MAX) continue;
    const v = cellAt(grid, r.top, r.left);
    for (let i = r.top; i <= bottom; i++) {
      if (!copied.has(i)) {
        values[i] = values[i] ? values[i].slice() : [];
        copied.add(i);
      }
      const row = values[i];
      for (let j = r.left; j <= right; j++) row[j] = v;
    }
  }
  return values;
}
