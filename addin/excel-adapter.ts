// The Excel side of the Workbook port: sheets in as Grids (two batches), SheetPlans out (queued, never synced here).
/// <reference types="office-js" />
import type { CellPlan, CellValue, Grid, SheetPlan } from '../shared';
import { parseA1 } from '../shared';
import { renderCells, renderSheetPlan, type Caps } from './render-sheet-plan';
import type { WriteBudget } from './write-budget';

export type SheetInfo = { name: string; visible: boolean };
export type WorkbookRead = { grids: Grid[]; sheets: SheetInfo[]; active: string | null };

type PendingRead = { name: string; used: Excel.Range | null; merged: Excel.RangeAreas | null };

/**
 * Reads the workbook in two batches whatever its size: sheet names first (a sheet can only be addressed once its
 * name is known), then every wanted sheet's used range. Sheets not wanted still appear, empty, under their name.
 */
export async function readWorkbook(context: Excel.RequestContext, opts: { caps: Caps; wanted?: (name: string) => boolean }): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const reads: PendingRead[] = worksheets.items.map((sheet) => {
    if (opts.wanted && !opts.wanted(sheet.name)) return { name: sheet.name, used: null, merged: null };
    // valuesOnly: a formatted but empty form row does not stretch what we read.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,numberFormat,rowIndex,columnIndex');
    // Merged headers (a label over two rows) matter to the plan reader; the call needs ExcelApi 1.13.
    const merged = opts.caps.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: sheet.name, used, merged };
  });
  await context.sync();

  return {
    grids: reads.map(toGrid),
    sheets: worksheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' })),
    active: active.name,
  };
}

function toGrid(read: PendingRead): Grid {
  const grid: Grid = { name: read.name, file: null, values: [], formats: [], merges: [] };
  if (!read.used || read.used.isNullObject) return grid;
  const { rowIndex, columnIndex } = read.used;
  const values: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  const formats: Array<Array<string | null>> = Array.from({ length: rowIndex }, () => []);
  const lead = Array.from({ length: columnIndex }, () => null);
  read.used.values.forEach((row, r) => {
    // Excel gives '' for a blank cell; the core's blank is null.
    values.push([...lead, ...row.map((v: unknown) => (v === '' || v === undefined ? null : (v as CellValue)))]);
    formats.push([...lead, ...read.used!.numberFormat[r].map((f: unknown) => (typeof f === 'string' && f !== 'General' ? f : null))]);
  });
  grid.values = values;
  grid.formats = formats;
  if (read.merged && !read.merged.isNullObject) grid.merges = mergedAddresses(read.merged.address, read.name);
  return grid;
}

/** "'Phụ lục I'!A1:E1,'Phụ lục I'!A2:E2" → ['A1:E1', 'A2:E2']: the sheet prefix is removed before splitting. */
export function mergedAddresses(address: string, sheet: string): string[] {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  const bare = address.split(quoted).join('').split(`${sheet}!`).join('');
  return bare
    .split(',')
    .map((a) => a.trim().replace(/\$/g, ''))
    .filter((a) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(a));
}

/** Index of the row after the last row holding anything (0 for an empty grid). */
export function rowsInUse(grid: Grid | undefined): number {
  if (!grid) return 0;
  for (let r = grid.values.length - 1; r >= 0; r--) if (grid.values[r].some((v) => v !== null && v !== '')) return r + 1;
  return 0;
}

/** Replaces output sheets whole (delete, then add under the same name); returns the new sheets by name. */
export async function replaceSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  existing: Set<string>,
  budget: WriteBudget,
  caps: Caps,
): Promise<Map<string, Excel.Worksheet>> {
  const added = new Map<string, Excel.Worksheet>();
  for (const plan of plans) {
    if (existing.has(plan.name)) context.workbook.worksheets.getItem(plan.name).delete();
    const sheet = context.workbook.worksheets.add(plan.name);
    await budget.spend(300);
    await renderSheetPlan(sheet, plan, budget, caps);
    added.set(plan.name, sheet);
  }
  return added;
}

/** Appends rows to a sheet (made when missing) from row `startRow`, leaving the rows above as they are. */
export async function appendRows(context: Excel.RequestContext, name: string, exists: boolean, startRow: number, rows: CellPlan[][], budget: WriteBudget): Promise<void> {
  if (rows.length === 0) return;
  const sheet = exists ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  await budget.spend(300);
  await renderCells(sheet, rows, startRow, budget);
}

/** Shows a cell to the user: its sheet becomes the active one and the cell is selected. */
export function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): void {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
}

/** A value typed in the pane, as the office would type it into the cell: a number, or text. */
export type TypedValue = { kind: 'number'; value: number } | { kind: 'text'; text: string };

/**
 * Writes one typed value. Text goes with a leading apostrophe, which Excel keeps out of the value and which makes
 * it text whatever it looks like ('=…' never becomes a formula); the cell keeps its format for later typing.
 */
export function writeTypedValue(context: Excel.RequestContext, sheetName: string, cell: string, typed: TypedValue): void {
  if (!parseA1(cell)) throw new Error(`not a cell address: ${cell}`);
  const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
  range.values = [[typed.kind === 'number' ? typed.value : typed.text === '' ? '' : `'${typed.text}`]];
}
