// One worksheet part streamed into a Grid: only cell values, their number formats and merged ranges are kept
// (validations, conditional formats, the declared dimension are never modelled), so memory follows the cells
// that hold something, never a declared or used range.
import { parseA1, parseRange, type CellValue, type Grid } from '../../shared';
import { decodeEscapes, LimitError, type Part } from './workbook-parts';
import { streamXml } from './xml-stream';
import type { ZipEntry } from './zip-entries';

export type SheetContext = {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
  /** Cells (values and formatted blanks) still allowed in this workbook; shared across its sheets. */
  budget: { cells: number; merges: number };
};

/** A number format that shows a date or time: ExcelJS's test, with quoted text, [..] and escapes removed first. */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\.|_.|\*./g, '');
  return /[ymdhsb]/i.test(bare.replace(/general/gi, '').replace(/E[+-]/g, ''));
}

/** A serial number in the workbook's date system as a Date (UTC midnight for whole days), null if out of range. */
export function serialDate(serial: number, date1904: boolean): Date | null {
  // Excel shows #### for serials outside 1900-01-00 … 9999-12-31: such a number stays a number for the core to judge.
  if (serial < 0 || serial >= 2_958_466) return null;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** occupied: holds a value or a formula (one with no cached result still counts towards the used size). */
type Cells = { rows: number[]; cols: number[]; values: CellValue[]; formats: (string | null)[]; occupied: boolean[] };

export function readSheetGrid(part: Part, entry: ZipEntry, name: string, file: string | null, ctx: SheetContext): Grid {
  const cells: Cells = { rows: [], cols: [], values: [], formats: [], occupied: [] };
  const merges: string[] = [];
  let inData = false;
  let row = -1;
  let col = -1;
  let type = 'n';
  let style = 0;
  let hasCell = false;
  let text: string[] = [];
  let inV = false;
  let inInline = false;
  let inT = false;
  let phonetic = 0;
  let gotValue = false;
  let formula = false;

  const cellValue = (raw: string, format: string | null): CellValue => {
    switch (type) {
      case 's': {
        const s = ctx.strings[Number(raw)];
        return s === undefined ? null : s;
      }
      case 'str':
      case 'inlineStr':
        return decodeEscapes(raw);
      case 'e':
        return raw.trim();
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'd': {
        const d = new Date(raw.trim());
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      default: {
        if (raw.trim() === '') return null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return null;
        return isDateFormat(format) ? (serialDate(n, ctx.date1904) ?? n) : n;
      }
    }
  };

  streamXml(part, entry, {
    open(tag, a) {
      if (tag === 'sheetData') inData = true;
      else if (!inData) {
        if (tag === 'mergeCell' && a.ref !== undefined) {
          const ref = a.ref.replace(/\$/g, '').toUpperCase();
          if (parseRange(ref)) {
            if (--ctx.budget.merges < 0) throw new LimitError('too many merged areas');
            merges.push(ref);
          }
        }
      } else if (tag === 'row') {
        const r = a.r !== undefined ? Number(a.r) - 1 : row + 1;
        row = Number.isInteger(r) && r >= 0 && r < 1_048_576 ? r : row + 1;
        col = -1;
      } else if (tag === 'c') {
        const at = a.r !== undefined ? parseA1(a.r) : null;
        if (at && at.row < 1_048_576 && at.col < 16_384) {
          row = Math.max(at.row, 0);
          col = at.col;
        } else col += 1;
        if (row < 0) row = 0;
        type = a.t ?? 'n';
        style = a.s !== undefined ? Number(a.s) : 0;
        hasCell = true;
        gotValue = false;
        formula = false;
        text = [];
      } else if (tag === 'v' && hasCell) {
        inV = true;
        gotValue = true;
      } else if (tag === 'f' && hasCell) formula = true;
      else if (tag === 'is' && hasCell) {
        inInline = true;
        gotValue = true;
      } else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && inInline && phonetic === 0) inT = true;
    },
    close(tag) {
      if (tag === 'sheetData') inData = false;
      else if (tag === 'v') inV = false;
      else if (tag === 't') inT = false;
      else if (tag === 'is') inInline = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'c' && hasCell) {
        hasCell = false;
        const format = ctx.formats[style] ?? null;
        // A formula with no cached result holds nothing yet; a styled blank keeps only its format.
        const value = gotValue ? cellValue(text.join(''), format) : null;
        if (value === null && format === null && !formula) return;
        if (--ctx.budget.cells < 0) throw new LimitError('too many cells');
        cells.rows.push(row);
        cells.cols.push(col);
        cells.values.push(value);
        cells.formats.push(format);
        cells.occupied.push(value !== null || formula);
      }
    },
    text(t) {
      if (inV || inT) text.push(t);
    },
  });
  return buildGrid(name, file, cells, merges);
}

/**
 * Rows up to the last one holding a value, as wide as the widest; a row with nothing in it is one shared, frozen
 * row of nulls. When that rectangle is far larger than the cells (a value at XFD1048576), rows are sparse: each
 * holds only its own cells (holes elsewhere) and a blank row is one shared empty row.
 */
function buildGrid(name: string, file: string | null, cells: Cells, merges: string[]): Grid {
  let height = 0;
  let width = 0;
  for (let i = 0; i < cells.values.length; i++) {
    if (!cells.occupied[i]) continue;
    height = Math.max(height, cells.rows[i] + 1);
    width = Math.max(width, cells.cols[i] + 1);
  }
  if (height === 0) return { name, file, values: [], formats: [], merges };

  // Dense when the whole rectangle is of the order of the cells: the core walks every row to its length, so a
  // shared blank row as wide as a far cell would cost it height × width steps even though it costs no memory.
  const dense = height * width <= Math.max(4 * cells.values.length, 1 << 20);
  const blank: CellValue[] = Object.freeze(dense ? new Array<CellValue>(width).fill(null) : []) as CellValue[];
  const values: CellValue[][] = new Array<CellValue[]>(height).fill(blank);
  const formats: (string | null)[][] = new Array<(string | null)[]>(height).fill(blank as (string | null)[]);
  const fresh = <T>() => (dense ? new Array<T | null>(width).fill(null) : []) as T[];
  for (let i = 0; i < cells.values.length; i++) {
    const r = cells.rows[i];
    const c = cells.cols[i];
    if (r >= height || c >= width) continue;
    const value = cells.values[i];
    const format = cells.formats[i];
    if (value !== null) {
      if (values[r] === blank) values[r] = fresh<CellValue>();
      values[r][c] = value;
    }
    if (format !== null) {
      if (formats[r] === blank) formats[r] = fresh<string | null>();
      formats[r][c] = format;
    }
  }
  return { name, file, values, formats, merges };
}
