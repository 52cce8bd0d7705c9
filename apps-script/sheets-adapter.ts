// The Sheets side of the core's workbook port: read every sheet into a Grid, write output sheets whole.
import { isFormSheet, isOutputSheet, parseA1, type CellPlan, type Grid, type SheetPlan } from '../shared';
import { gridValue } from './cell-values';
import { writeBlock, writeLayout } from './sheet-render';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type WorkbookRead = {
  spreadsheet: Spreadsheet;
  /** Every sheet by name, outputs included, so writers find them without another call. */
  sheets: Map<string, Sheet>;
  /** Every sheet as the core reads it (output-named ones: values only). */
  grids: Grid[];
};

/**
 * Reads the workbook with a fixed number of calls per sheet, whatever its size: getName, then for
 * plan and form sheets getDataRange + getValues + getNumberFormats (a '%' format changes what a
 * number means), and for plan sheets only getMergedRanges (a lead office merged down several rows
 * belongs to each of them) with one getA1Notation per merged area. Output-named sheets cost
 * getDataRange + getValues: the core checks they are ours before anything replaces them.
 */
export function readWorkbook(spreadsheet: Spreadsheet): WorkbookRead {
  const sheets = new Map<string, Sheet>();
  const grids: Grid[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (isOutputSheet(name)) {
      // Values only: an output-named sheet may be the commune's own (a plan sheet called 'Chỉ tiêu'),
      // which the core must see to refuse replacing it.
      grids.push({ name, file: null, values: sheet.getDataRange().getValues().map((row) => row.map(gridValue)) });
      continue;
    }
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map(gridValue));
    const formats = range.getNumberFormats().map((row) => row.map((f) => f || null));
    const grid: Grid = { name, file: null, values, formats };
    if (!isFormSheet(grid)) grid.merges = range.getMergedRanges().map((m) => m.getA1Notation());
    grids.push(grid);
  }
  return { spreadsheet, sheets, grids };
}

function sheetFor(wb: WorkbookRead, name: string): { sheet: Sheet; fresh: boolean } {
  const found = wb.sheets.get(name);
  if (found) return { sheet: found, fresh: false };
  const sheet = wb.spreadsheet.insertSheet(name);
  wb.sheets.set(name, sheet);
  return { sheet, fresh: true };
}

/** '#gid=…&range=F12' for "'Sheet name'!F12": Sheets links within a file by sheet id. */
function linker(wb: WorkbookRead): (target: string) => string | null {
  const ids = new Map<string, number>();
  return (target) => {
    const m = /^'?(.*?)'?!\$?([A-Z]+\$?\d+)$/.exec(target);
    if (!m) return null;
    const name = m[1].replace(/''/g, "'");
    const sheet = wb.sheets.get(name);
    if (!sheet || !parseA1(m[2])) return null;
    if (!ids.has(name)) ids.set(name, sheet.getSheetId());
    return `#gid=${ids.get(name)}&range=${m[2].replace(/\$/g, '')}`;
  };
}

/**
 * Replaces an output sheet whole: clear() drops the old values and looks, then one block write.
 * Column widths and frozen rows are set only when the sheet is new, so an officer's own widths stay.
 */
export function replaceSheet(wb: WorkbookRead, plan: SheetPlan): Sheet {
  const { sheet, fresh } = sheetFor(wb, plan.name);
  if (!fresh) sheet.clear();
  writeBlock(sheet, plan.cells, { link: linker(wb) });
  if (fresh) writeLayout(sheet, plan);
  return sheet;
}

/**
 * Appends rows under what a log-like sheet (history, reminder log) already holds: one getLastRow,
 * one block write. `header` is written first when the sheet is new or empty.
 */
export function appendRows(wb: WorkbookRead, name: string, header: CellPlan[], rows: CellPlan[][], layout: Pick<SheetPlan, 'columnWidths' | 'freeze'> = {}): void {
  if (rows.length === 0) return;
  const { sheet, fresh } = sheetFor(wb, name);
  const last = fresh ? 0 : sheet.getLastRow();
  writeBlock(sheet, last === 0 ? [header, ...rows] : rows, { top: last + 1 });
  if (fresh) writeLayout(sheet, { freeze: { rows: 1, columns: 0 }, ...layout });
}
