// The Sheets side of the core's workbook port: every sheet read in one API call, every write collected into one batch.
import {
  a1,
  parseA1,
  type CellLink,
  type CellPlan,
  type Grid,
  type SheetPlan,
  type TypedValue,
  type WorkbookPort,
  type WorkbookRead,
  type WorkbookWrite,
  rectanglesByKey,
  isoSerial,
  resolveCell,
  type ResolvedCell,
  t,
} from '../shared';
import { cellData, cellFormat, cellLook, cellValue, widthInPixels } from './cell-data';
import { readSpreadsheet, sendRequests, type Request } from './sheets-api';
import { formRules } from './sheet-rules';
import { gridRange, rectRange } from './a1-runs';

type SheetData = GoogleAppsScript.Sheets.Schema.Sheet;

export type SheetInfo = { sheetId: number; rowCount: number; columnCount: number };

/** The description of the protected range that locks an approved office's form. */
export const APPROVED_LOCK = 'NQ57: báo cáo đã duyệt, không sửa';

/** Sheets gives a new sheet 1000 rows and 26 columns; ours get at least that, so officers have room. */
const NEW_ROWS = 1000;
const NEW_COLUMNS = 26;

/** What a value write covers; looks go by their own requests, validations and protections too. */
const VALUE_FIELDS = 'userEnteredValue,note';
/** What replacing a sheet clears first, as clear() would. */
const CLEARED_FIELDS = 'userEnteredValue,userEnteredFormat,note';

function toGrid(sheet: SheetData, name: string): Grid {
  const rows = sheet.data?.[0]?.rowData ?? [];
  const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
  const fill = <T>(f: (c: GoogleAppsScript.Sheets.Schema.CellData | undefined) => T) => rows.map((r) => Array.from({ length: width }, (_, c) => f(r.values?.[c])));
  const merges = (sheet.merges ?? []).map((m) => `${a1(m.startRowIndex ?? 0, m.startColumnIndex ?? 0)}:${a1((m.endRowIndex ?? 1) - 1, (m.endColumnIndex ?? 1) - 1)}`);
  return { name, file: null, values: fill(cellValue), formats: fill(cellFormat), merges };
}

function widthOf(rows: Array<Array<CellPlan | null>>): number {
  return Math.max(1, ...rows.map((r) => r.length));
}

/**
 * One run's view of the spreadsheet: read whole at the start, written once at the end. Writers only
 * queue requests, so a run that fails half-way (the core refuses, a rule is wrong) writes nothing.
 */
export class Workbook implements WorkbookPort {
  readonly grids: Grid[] = [];
  private readonly sheets = new Map<string, SheetInfo>();
  private readonly requests: Request[] = [];
  private nextSheetId = 1;
  /** Sheets already locked after an approval: the id of their protected range described APPROVED_LOCK (-1: added in this run). */
  private readonly locked = new Map<string, number>();
  /** Sheets and cells to show the user, in order, once the batch is sent (SpreadsheetApp, not the API). */
  private readonly shown: Array<{ sheet: string; cell?: string }> = [];

  private constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    readonly spreadsheetId: string,
  ) {}

  /** SpreadsheetApp only names the spreadsheet; the API reads every sheet, whatever their number and size. */
  static open(): Workbook {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = new Workbook(ss, ss.getId());
    for (const sheet of readSpreadsheet(wb.spreadsheetId).sheets ?? []) {
      const p = sheet.properties ?? {};
      const name = p.title ?? '';
      const sheetId = p.sheetId ?? 0;
      wb.sheets.set(name, { sheetId, rowCount: p.gridProperties?.rowCount ?? NEW_ROWS, columnCount: p.gridProperties?.columnCount ?? NEW_COLUMNS });
      wb.nextSheetId = Math.max(wb.nextSheetId, sheetId + 1);
      wb.grids.push(toGrid(sheet, name));
      const lock = (sheet.protectedRanges ?? []).find((p) => p.description === APPROVED_LOCK);
      if (lock) wb.locked.set(name, lock.protectedRangeId ?? -1);
    }
    return wb;
  }

  /**
   * The port's read: what open() read. The API read does not say which sheet the user is on; a run that needs it
   * (the guided form) asks SpreadsheetApp, one service call, and passes it here.
   */
  /** The sheet the user is on (the API read cannot tell): two SpreadsheetApp calls, only for runs that need it. */
  activeSheetName(): string {
    return this.spreadsheet.getActiveSheet().getName();
  }

  read(active: string | null = null): WorkbookRead {
    return { grids: this.grids, sheets: this.grids.map((g) => ({ name: g.name, visible: true, approvalLock: this.locked.has(g.name) })), active };
  }

  /** The port's write: the core's writes queued in order, sent by commit(). */
  write(writes: WorkbookWrite[]): void {
    for (const w of writes) {
      switch (w.kind) {
        case 'replaceSheet':
          this.replaceSheet(w.plan);
          break;
        case 'addSheet':
          this.addForm(w.plan);
          break;
        case 'appendRows':
          this.appendRows(w.sheet, w.rows, w.startRow, { columnWidths: w.columnWidths });
          break;
        case 'lockSheet':
          this.lockApproved(w.sheet);
          break;
        case 'unlockSheet': {
          // The approval lock is a protected range of its own over the form's protection: deleting it leaves the
          // form as it was made (inputs open), so `inputs` is not needed here.
          const id = this.locked.get(w.sheet);
          if (id !== undefined && id >= 0) this.requests.push({ deleteProtectedRange: { protectedRangeId: id } });
          this.locked.delete(w.sheet);
          break;
        }
        case 'removeSheet': {
          const info = this.sheets.get(w.sheet);
          if (info) this.requests.push({ deleteSheet: { sheetId: info.sheetId } });
          this.sheets.delete(w.sheet);
          break;
        }
        case 'writeValue':
          this.writeValue(w.sheet, w.cell, w.value);
          break;
        case 'activate':
          this.shown.push({ sheet: w.sheet, cell: w.cell });
          break;
      }
    }
  }

  /** Sends what was queued, then shows what the run asked to show (a new value is then on screen). */
  commit(): void {
    sendRequests(this.spreadsheetId, this.requests);
    this.requests.length = 0;
    for (const { sheet, cell } of this.shown.splice(0)) {
      const found = this.spreadsheet.getSheetByName(sheet);
      if (!found) throw new Error(t('vi', 'appsScript.sheetMissing', { sheet }));
      if (cell && parseA1(cell)) found.getRange(cell).activate();
      else found.activate();
    }
  }

  /**
   * One value the office typed, with only the value sent: the cell keeps its format, validation and note. Text goes
   * as a stringValue, which Sheets never reads as a formula or a number; a date as the serial of its calendar day,
   * shown by the form cell's own date format; empty text clears the value.
   */
  private writeValue(sheet: string, cell: string, typed: TypedValue): void {
    const info = this.sheets.get(sheet);
    const at = parseA1(cell);
    if (!info || !at) throw new Error(t('vi', 'appsScript.cellMissing', { sheet, cell }));
    const value: GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined =
      typed.kind === 'number' ? { numberValue: typed.value } : typed.kind === 'date' ? { numberValue: isoSerial(typed.iso) } : typed.text === '' ? undefined : { stringValue: typed.text };
    this.fit(info, at.row + 1, at.col + 1);
    this.requests.push({ updateCells: { start: { sheetId: info.sheetId, rowIndex: at.row, columnIndex: at.col }, rows: [{ values: [value ? { userEnteredValue: value } : {}] }], fields: 'userEnteredValue' } });
  }

  /** '#gid=…&range=F12' for a cell of a sheet of this spreadsheet: Sheets links within a file by sheet id. */
  private link = (target: CellLink): string | null => {
    const sheet = this.sheets.get(target.sheet);
    if (!sheet || !parseA1(target.cell)) return null;
    return `#gid=${sheet.sheetId}&range=${target.cell.replace(/\$/g, '')}`;
  };

  private rows(cells: ResolvedCell[][]): GoogleAppsScript.Sheets.Schema.RowData[] {
    return cells.map((row) => ({ values: row.map((c) => cellData(c, this.link)) }));
  }

  /**
   * A block of cells from sheet row `top` (0-based): looks first, one repeatCell per rectangle of
   * equal looks (a date written into a cell takes the format it finds), then the values in one
   * updateCells. Far smaller than a format on every cell: a form's columns share their looks.
   */
  private writeCells(sheetId: number, cells: Array<Array<CellPlan | null>>, top = 0, numberLocale?: SheetPlan['numberLocale']): void {
    const resolved = cells.map((row) => row.map((c) => resolveCell(c, numberLocale)));
    const keys = resolved.map((row) => row.map((c) => {
      const look = cellLook(c);
      return look ? JSON.stringify(look) : null;
    }));
    for (const [key, rects] of rectanglesByKey(cells.length, widthOf(cells), (r, c) => keys[r][c] ?? null, top)) {
      const look = JSON.parse(key) as GoogleAppsScript.Sheets.Schema.CellFormat;
      for (const rect of rects) this.requests.push({ repeatCell: { range: rectRange(sheetId, rect), cell: { userEnteredFormat: look }, fields: 'userEnteredFormat' } });
    }
    this.requests.push({ updateCells: { start: { sheetId, rowIndex: top, columnIndex: 0 }, rows: this.rows(resolved), fields: VALUE_FIELDS } });
  }

  /** A new sheet big enough for `rows` × `columns`, with its frozen panes and column widths. */
  private addSheet(plan: Pick<SheetPlan, 'name' | 'freeze' | 'columnWidths' | 'hidden'>, rows: number, columns: number): SheetInfo {
    const info: SheetInfo = { sheetId: this.nextSheetId++, rowCount: Math.max(NEW_ROWS, rows), columnCount: Math.max(NEW_COLUMNS, columns) };
    this.sheets.set(plan.name, info);
    const grid: GoogleAppsScript.Sheets.Schema.GridProperties = { rowCount: info.rowCount, columnCount: info.columnCount };
    if (plan.freeze?.rows) grid.frozenRowCount = plan.freeze.rows;
    if (plan.freeze?.columns) grid.frozenColumnCount = plan.freeze.columns;
    this.requests.push({ addSheet: { properties: { sheetId: info.sheetId, title: plan.name, gridProperties: grid, ...(plan.hidden ? { hidden: true } : {}) } } });
    this.columnWidths(info.sheetId, plan.columnWidths ?? []);
    return info;
  }

  /** Grows a sheet's grid to hold `rows` × `columns` (an officer may have deleted rows): the API refuses writes past it. */
  private fit(info: SheetInfo, rows: number, columns: number): void {
    if (info.rowCount >= rows && info.columnCount >= columns) return;
    info.rowCount = Math.max(info.rowCount, rows);
    info.columnCount = Math.max(info.columnCount, columns);
    this.requests.push({
      updateSheetProperties: { properties: { sheetId: info.sheetId, gridProperties: { rowCount: info.rowCount, columnCount: info.columnCount } }, fields: 'gridProperties.rowCount,gridProperties.columnCount' },
    });
  }

  /** After the values: a merge keeps its top-left value. */
  private merge(sheetId: number, merges: string[] = []): void {
    for (const m of merges) this.requests.push({ mergeCells: { range: gridRange(sheetId, m), mergeType: 'MERGE_ALL' } });
  }

  /** One request per run of equal widths. Row heights are left out: Sheets fits a row to its wrapped text itself. */
  private columnWidths(sheetId: number, widths: number[]): void {
    for (let c = 0; c < widths.length; ) {
      let n = 1;
      while (c + n < widths.length && widths[c + n] === widths[c]) n++;
      this.requests.push({
        updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + n }, properties: { pixelSize: widthInPixels(widths[c]) }, fields: 'pixelSize' },
      });
      c += n;
    }
  }

  /**
   * Replaces an output sheet whole: old merges, values, looks and notes are cleared over the
   * unbounded range, as clear() would, then the plan is written. The sheet keeps its id, so links and
   * formulas pointing at it survive, and an existing sheet keeps the widths an officer gave it.
   */
  replaceSheet(plan: SheetPlan): void {
    const height = plan.cells.length;
    const width = widthOf(plan.cells);
    let info = this.sheets.get(plan.name);
    if (!info) info = this.addSheet(plan, height, width);
    else {
      this.fit(info, height, width);
      this.requests.push({ unmergeCells: { range: { sheetId: info.sheetId } } });
      this.requests.push({ updateCells: { range: { sheetId: info.sheetId }, fields: CLEARED_FIELDS } });
    }
    this.writeCells(info.sheetId, plan.cells, 0, plan.numberLocale);
    this.merge(info.sheetId, plan.merges);
  }

  /**
   * An approved office's form locked whole, input cells too (contract §6): one protected range over the sheet,
   * added once. Warning-only like the form's own protection: the standing office can still return the report.
   */
  lockApproved(name: string): void {
    const info = this.sheets.get(name);
    if (!info || this.locked.has(name)) return;
    this.locked.set(name, -1);
    this.requests.push({ addProtectedRange: { protectedRange: { range: { sheetId: info.sheetId }, description: APPROVED_LOCK, warningOnly: true } } });
  }

  /** A new form: cells, merges, then validations, conditional formats and protection. */
  addForm(plan: SheetPlan): void {
    const info = this.addSheet(plan, plan.cells.length, widthOf(plan.cells));
    this.writeCells(info.sheetId, plan.cells, 0, plan.numberLocale);
    this.merge(info.sheetId, plan.merges);
    this.requests.push(...formRules(plan, info.sheetId));
  }

  /**
   * Writes rows of a log-like sheet (history, reminder log) from row `top`, which the core chose under
   * what the sheet held: the same compact requests as a whole sheet, where appendCells would carry
   * every cell's look. The grid grows first when the rows do not fit.
   */
  private appendRows(name: string, rows: CellPlan[][], top: number, layout: Pick<SheetPlan, 'columnWidths'> = {}): void {
    if (rows.length === 0) return;
    const width = widthOf(rows);
    const info = this.sheets.get(name) ?? this.addSheet({ name, freeze: { rows: 1, columns: 0 }, columnWidths: layout.columnWidths }, rows.length, width);
    this.fit(info, top + rows.length, width);
    this.writeCells(info.sheetId, rows, top);
  }
}
