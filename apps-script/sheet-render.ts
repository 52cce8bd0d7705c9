// Writes sheet-plan cells into a Sheet in a fixed number of batched calls, whatever the number of cells.
import { a1, type CellPlan, type SheetPlan } from '../shared';
import { DEFAULT_LOOK, inertValue, lookOf, widthInPixels, type Look } from './cell-values';
import { runsByKey } from './a1-runs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type BlockOptions = {
  /** Sheet row (1-based) of the block's first row. */
  top?: number;
  /** Resolves an internal link target ("'Sheet'!F12") to a '#gid=…&range=…' address. */
  link?: (target: string) => string | null;
};

/**
 * One block of cells: one getRange + one setValues, then one call per look that differs from
 * Sheets' defaults (the sheet is new or cleared, so default looks need nothing), and one
 * RangeList for borders and for each number format (or the block's own range when they cover it).
 */
export function writeBlock(sheet: Sheet, rows: Array<Array<CellPlan | null>>, opts: BlockOptions = {}): void {
  const height = rows.length;
  if (height === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const top = opts.top ?? 1;
  const cell = (r: number, c: number) => rows[r][c] ?? null;
  const grid = <T>(f: (cell: CellPlan | null) => T): T[][] => rows.map((_, r) => Array.from({ length: width }, (_x, c) => f(cell(r, c))));

  const range = sheet.getRange(top, 1, height, width);
  const whole = blockA1(top, height, width);
  const areas = (list: string[]) => (list.length === 1 && list[0] === whole ? range : sheet.getRangeList(list));
  const looks = grid(lookOf);
  // Number formats go first: a date or number written into a cell takes the format it finds.
  const formats = runsByKey(height, width, (r, c) => cell(r, c)?.numFmt ?? null, top - 1);
  for (const [fmt, list] of formats) areas(list).setNumberFormat(fmt);
  range.setValues(grid((c) => inertValue(c, opts.link)));

  const batch = <K extends keyof typeof DEFAULT_LOOK>(key: K, apply: (values: Array<Array<Look[K]>>) => void) => {
    const values = looks.map((row) => row.map((l) => l[key]));
    if (values.some((row) => row.some((v) => v !== DEFAULT_LOOK[key]))) apply(values);
  };
  batch('background', (v) => range.setBackgrounds(v));
  batch('fontColor', (v) => range.setFontColors(v));
  batch('fontWeight', (v) => range.setFontWeights(v));
  batch('fontStyle', (v) => range.setFontStyles(v));
  batch('fontSize', (v) => range.setFontSizes(v));
  batch('wrap', (v) => range.setWraps(v));
  batch('alignment', (v) => range.setHorizontalAlignments(v));

  const borders = runsByKey(height, width, (r, c) => (looks[r][c].border ? 'b' : null), top - 1).get('b');
  if (borders) areas(borders).setBorder(true, true, true, true, true, true);

  const notes = grid((c) => c?.note ?? '');
  if (notes.some((row) => row.some((n) => n !== ''))) range.setNotes(notes);
}

/** The block's own A1 address, computed here rather than asked of Sheets (that would be a call). */
function blockA1(top: number, height: number, width: number): string {
  const from = a1(top - 1, 0);
  return height === 1 && width === 1 ? from : `${from}:${a1(top + height - 2, width - 1)}`;
}

/**
 * Column widths (grouped: one call per run of equal widths) and frozen panes of a new sheet.
 * The plan's rowHeights are left out on purpose: Sheets fits a row to its wrapped text by itself,
 * and a fixed height would stop it doing so (and cost a call per row).
 */
export function writeLayout(sheet: Sheet, plan: Pick<SheetPlan, 'columnWidths' | 'freeze'>): void {
  const widths = plan.columnWidths ?? [];
  for (let c = 0; c < widths.length; ) {
    let n = 1;
    while (c + n < widths.length && widths[c + n] === widths[c]) n++;
    if (n === 1) sheet.setColumnWidth(c + 1, widthInPixels(widths[c]));
    else sheet.setColumnWidths(c + 1, n, widthInPixels(widths[c]));
    c += n;
  }
  if (plan.freeze?.rows) sheet.setFrozenRows(plan.freeze.rows);
  if (plan.freeze?.columns) sheet.setFrozenColumns(plan.freeze.columns);
}
