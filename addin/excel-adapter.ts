// The Excel side of the workbook port (shared/port.ts): sheets in as Grids (two batches), writes queued for the batch
// Excel.run sends at its end (another sync only past the request size limit).
/// <reference types="office-js" />
import {
  type CellPlan,
  type CellValue,
  type Grid,
  type SheetPlan,
  type TypedValue,
  type WorkbookPort,
  type WorkbookRead,
  type WorkbookWrite,
  parseA1,
  isoSerial,
} from '../shared';
import { renderCells, renderSheetPlan, type Caps } from './render-sheet-plan';
import { PAYLOAD_LIMIT, WriteBudget } from './write-budget';

export type { WorkbookRead };

type PendingRead = { name: string; used: Excel.Range | null; merged: Excel.RangeAreas | null; protected: boolean };

/**
 * Reads the workbook in two batches whatever its size: sheet names first (a sheet can only be addressed once its
 * name is known), then every wanted sheet's used range. Sheets not wanted still appear, empty, under their name.
 */
export async function readWorkbook(context: Excel.RequestContext, opts: { caps: Caps; wanted?: (name: string) => boolean }): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  // ExcelApi 1.2: a sheet's protection state comes with its name, so the second batch knows which sheets to ask more of.
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const reads: PendingRead[] = worksheets.items.map((sheet) => {
    const isProtected = sheet.protection.protected;
    if (opts.wanted && !opts.wanted(sheet.name)) return { name: sheet.name, used: null, merged: null, protected: isProtected };
    // valuesOnly: a formatted but empty form row does not stretch what we read.
    const used = sheet.getUsedRangeOrNullObject(true);
    // On a protected sheet, whether every used cell is locked (true), none (false) or some (null): the approval lock
    // locks all, a form as made leaves its inputs open. The lock is its own marker, so nothing can drift from it.
    used.load(isProtected ? 'values,numberFormat,rowIndex,columnIndex,format/protection/locked' : 'values,numberFormat,rowIndex,columnIndex');
    // Merged headers (a label over two rows) matter to the plan reader; the call needs ExcelApi 1.13.
    const merged = opts.caps.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: sheet.name, used, merged, protected: isProtected };
  });
  await context.sync();

  return {
    grids: reads.map(toGrid),
    sheets: worksheets.items.map((s, k) => ({ name: s.name, visible: s.visibility === 'Visible', approvalLock: lockedWhole(reads[k]) })),
    active: active.name,
  };
}

function lockedWhole(read: PendingRead): boolean {
  return read.protected && read.used !== null && !read.used.isNullObject && read.used.format.protection.locked === true;
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

/** Replaces an output sheet whole (delete, then add under the same name). */
async function replaceSheet(context: Excel.RequestContext, plan: SheetPlan, existing: Set<string>, budget: WriteBudget, caps: Caps): Promise<void> {
  if (existing.has(plan.name)) context.workbook.worksheets.getItem(plan.name).delete();
  const sheet = context.workbook.worksheets.add(plan.name);
  existing.add(plan.name);
  await budget.spend(300);
  await renderSheetPlan(sheet, plan, budget, caps);
}

/** Appends rows to a sheet (made when missing) from row `startRow`, leaving the rows above as they are. */
async function appendRows(context: Excel.RequestContext, name: string, existing: Set<string>, startRow: number, rows: CellPlan[][], budget: WriteBudget): Promise<void> {
  if (rows.length === 0) return;
  const sheet = existing.has(name) ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  existing.add(name);
  await budget.spend(300);
  await renderCells(sheet, rows, startRow, budget);
}

/**
 * An approved office's form sheet locked whole, its input cells too (contract §6). No password, like every
 * protection here: the standing office can lift it to return the report.
 */
function lockSheet(context: Excel.RequestContext, grid: Grid | undefined): void {
  if (!grid || grid.values.length === 0) return;
  const ws = context.workbook.worksheets.getItem(grid.name);
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  ws.protection.unprotect();
  ws.getRangeByIndexes(0, 0, grid.values.length, width).format.protection.locked = true;
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/**
 * An approval withdrawn: the form's protection as the form had it (renderSheetPlan), the office's input cells open
 * again. Unprotect first: a protected sheet refuses the format change.
 */
function unlockSheet(context: Excel.RequestContext, sheet: string, inputs: string[]): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.protection.unprotect();
  for (const range of inputs) ws.getRange(range).format.protection.locked = false;
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/** The port over one Excel.run's context; `extraSyncs` counts the syncs the request size limit forced. */
export type ExcelPort = WorkbookPort & { read(): Promise<WorkbookRead>; write(writes: WorkbookWrite[]): Promise<void>; extraSyncs(): number };

export function excelPort(context: Excel.RequestContext, opts: { caps: Caps; payloadLimit?: number }): ExcelPort {
  const budget = new WriteBudget(context, opts.payloadLimit ?? PAYLOAD_LIMIT);
  let last: WorkbookRead | null = null;
  return {
    async read() {
      last = await readWorkbook(context, { caps: opts.caps });
      return last;
    },
    async write(writes) {
      const existing = new Set((last?.sheets ?? []).map((s) => s.name));
      for (const w of writes) {
        switch (w.kind) {
          case 'replaceSheet':
            await replaceSheet(context, w.plan, existing, budget, opts.caps);
            break;
          case 'addSheet': {
            const sheet = context.workbook.worksheets.add(w.plan.name);
            existing.add(w.plan.name);
            await renderSheetPlan(sheet, w.plan, budget, opts.caps);
            break;
          }
          case 'appendRows':
            await appendRows(context, w.sheet, existing, w.startRow, w.rows, budget);
            break;
          case 'lockSheet':
            lockSheet(context, last?.grids.find((g) => g.name === w.sheet));
            break;
          case 'unlockSheet':
            await budget.spend(300 + w.inputs.length * 200);
            unlockSheet(context, w.sheet, w.inputs);
            break;
          case 'removeSheet':
            if (existing.has(w.sheet)) context.workbook.worksheets.getItem(w.sheet).delete();
            existing.delete(w.sheet);
            break;
          case 'writeValue':
            writeTypedValue(context, w.sheet, w.cell, w.value);
            break;
          case 'activate':
            if (w.cell) selectCell(context, w.sheet, w.cell);
            else context.workbook.worksheets.getItem(w.sheet).activate();
            break;
        }
      }
    },
    extraSyncs: () => budget.extraSyncs,
  };
}

/** Shows a cell to the user: its sheet becomes the active one and the cell is selected. */
function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): void {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
}

/**
 * Writes one typed value. Text goes with a leading apostrophe, which Excel keeps out of the value and which makes
 * it text whatever it looks like ('=…' never becomes a formula); a date goes as its serial into the form's date
 * cell; the cell keeps its format for later typing.
 */
function writeTypedValue(context: Excel.RequestContext, sheetName: string, cell: string, typed: TypedValue): void {
  if (!parseA1(cell)) throw new Error(`not a cell address: ${cell}`);
  const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
  const value = typed.kind === 'number' ? typed.value : typed.kind === 'date' ? isoSerial(typed.iso) : typed.text === '' ? '' : `'${typed.text}`;
  range.values = [[value]];
}
