// Where printed pages break on A4, worked out from the plan's own widths and heights, so every page can carry its table's header.
import type { SheetPlan } from '../sheet-plan';

/** A4 in points, and the margins (inches) every printed sheet of ours uses. */
export const A4 = { long: 842, short: 595 };
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 };
/** Excel's default row, and a little room for the way LibreOffice and Excel round heights. */
const DEFAULT_ROW = 15;
const SAFETY = 0.93;

/**
 * Column width (characters) to printed points. Excel draws a character as 7 px (5,25 pt); LibreOffice prints the
 * same width wider (measured here: 6,5 to 7 pt), so the wider one decides and every page fits in both.
 */
export function columnPoints(width: number): number {
  return width * 7.1 + 2;
}

/** The largest whole percent (never above 100) at which the given columns fit across the page. */
export function scaleToFit(widths: number[], landscape: boolean): number {
  const page = (landscape ? A4.long : A4.short) - 72 * (PRINT_MARGINS.left + PRINT_MARGINS.right);
  const need = widths.reduce((s, w) => s + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((100 * page) / need) - 1));
}

/** Height of sheet rows (points, at 100 %) that one page holds at `scale`. */
export function pageRowPoints(scale: number, landscape: boolean): number {
  const page = (landscape ? A4.short : A4.long) - 72 * (PRINT_MARGINS.top + PRINT_MARGINS.bottom);
  return (page * SAFETY * 100) / scale;
}

export function rowPoints(plan: Pick<SheetPlan, 'rowHeights'>, row: number): number {
  return plan.rowHeights?.[row] ?? DEFAULT_ROW;
}
