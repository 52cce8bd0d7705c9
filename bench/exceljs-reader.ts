// The reader nq57 used before the streaming one (ExcelJS, whole model in memory), kept for the bench's
// comparison on the same files; `options` are ExcelJS's own reader options (nodes to skip, row and column caps).
import { promises as fs } from 'node:fs';
import type { Cell, CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { parseRange, type CellValue, type Grid } from '../shared/grid';

/** ExcelJS's reader options: skip what a report check never uses. */
export const EXCELJS_OPTIONS = { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'legacyDrawing', 'picture', 'extLst', 'sheetProtection', 'autoFilter', 'rowBreaks', 'colBreaks', 'pageSetup', 'printOptions', 'pageMargins', 'headerFooter', 'tableParts'] };

export type ReadFailure = { reason: string; detail: string };
/** savedAt: when the workbook was last saved (docProps/core.xml dcterms:modified), ISO in Vietnam time, or null. */
export type ReadResult = { ok: true; grids: Grid[]; savedAt: string | null } | { ok: false; failure: ReadFailure };

/** OLE compound file signature: password-protected .xlsx (an encrypted package) and old .xls files. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Every zip archive (and so every .xlsx) starts with a local file header `PK\x03\x04`. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function fail(reason: ReadFailure['reason'], detail: string): ReadResult {
  return { ok: false, failure: { reason, detail } };
}

/** Reads the file once into memory, then parses that buffer; the file itself is never opened for writing. */
export async function readWorkbookGridsExcelJS(path: string): Promise<ReadResult> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') return fail('not_a_workbook', `${path} is a directory, not a workbook`);
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return fail('not_found', `${path} does not exist`);
    return fail('not_found', `${path} cannot be read: ${err.message}`);
  }
  return readWorkbookBufferExcelJS(buffer, path);
}

export async function readWorkbookBufferExcelJS(buffer: Buffer, file: string): Promise<ReadResult> {
  if (buffer.length === 0) return fail('empty', `${file} is an empty file (0 bytes)`);
  if (startsWith(buffer, OLE_SIGNATURE)) {
    return fail(
      'encrypted',
      `${file} is encrypted or old .xls (an OLE compound file, not an .xlsx package): remove the password or save it as .xlsx`,
    );
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) return fail('not_a_workbook', `${file} is not an .xlsx workbook`);

  let workbook: Workbook;
  try {
    // Loaded here, not at the top: commands that never read a workbook (`--help`) do not pay for ExcelJS.
    const ExcelJS = await import('exceljs');
    workbook = new ExcelJS.Workbook();
    // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0], EXCELJS_OPTIONS as Parameters<Workbook['xlsx']['load']>[1]);
  } catch (e) {
    return fail('not_a_workbook', `${file} cannot be opened as an .xlsx workbook: ${errorMessage(e)}`);
  }

  let grids: Grid[];
  try {
    if (workbook.worksheets.length === 0) return fail('not_a_workbook', `${file} holds no worksheets`);
    grids = workbook.worksheets.map((ws) => worksheetGrid(ws, file));
  } catch (e) {
    return fail('not_a_workbook', `${file} holds a sheet that cannot be read: ${errorMessage(e)}`);
  }
  if (grids.every((g) => g.values.every((row) => row.every((v) => v === null)))) {
    return fail('empty', `${file} holds no values in any sheet`);
  }
  return { ok: true, grids, savedAt: savedTime(workbook.modified) };
}

/** The workbook's own saved time as ISO 8601 with the Vietnam offset (+07:00), or null when absent or invalid. */
export function savedTime(d: unknown): string | null {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One sheet as a Grid: values (masters only in merged areas), number formats and merges, trimmed to the used size. */
export function worksheetGrid(ws: Worksheet, file: string | null): Grid {
  const merges = worksheetMerges(ws);
  const cells: { row: number; col: number; value: CellValue; format: string | null }[] = [];
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A non-master cell of a merged area reports the master's value: the Grid keeps it in the master only.
      if (cell.isMerged && cell.master !== cell) return;
      // A formula with no cached result still occupies its cell (it reads as null).
      if (cell.value === null || cell.value === undefined) return;
      const value = plainValue(cell.value);
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      cells.push({ row: r, col: c, value, format: cellFormat(cell) });
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  // Merged areas count towards the used size only when the sheet has content; an empty sheet stays empty.
  if (cells.length > 0) {
    for (const m of merges) {
      const corners = parseRange(m);
      if (!corners) continue;
      rows = Math.max(rows, corners.bottom + 1);
      cols = Math.max(cols, corners.right + 1);
    }
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  for (const { row, col, value, format } of cells) {
    values[row][col] = value;
    formats[row][col] = format;
  }
  // Formats of empty cells inside the used area (an input cell with '0%' not yet filled) are kept too.
  if (rows > 0) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      const r = Number(row.number) - 1;
      if (r >= rows) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const c = Number(cell.col) - 1;
        if (c < cols && formats[r][c] === null) formats[r][c] = cellFormat(cell);
      });
    });
  }
  return { name: ws.name, file, values, formats, merges };
}

function cellFormat(cell: Cell): string | null {
  const f = cell.numFmt;
  return typeof f === 'string' && f !== '' ? f : null;
}

function worksheetMerges(ws: Worksheet): string[] {
  // `_merges` (master address → Range) is what `ws.model.merges` is built from, without building the whole model.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  const ranges = internal
    ? Object.values(internal).flatMap((m) => (m && typeof m.range === 'string' ? [m.range] : []))
    : (ws.model.merges ?? []);
  return ranges.map((r) => r.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase());
}

/** An ExcelJS cell value as a plain CellValue. */
export function plainValue(v: ExcelCellValue | unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return (o.richText as { text?: unknown }[]).map((run) => (typeof run?.text === 'string' ? run.text : '')).join('');
  }
  if ('error' in o && typeof o.error === 'string') return o.error;
  // Formula and shared-formula cells: the cached result, or null when no program has calculated it.
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? plainValue(o.result) : null;
  // Hyperlink cells: their text (which may itself be rich text).
  if ('hyperlink' in o || 'text' in o) return plainValue(o.text);
  return null;
}
