// Renders SheetPlans into an .xlsx with ExcelJS: values, styles, merges, validations, conditional formats, protection.
import * as nodePath from 'node:path';
import { writeFileAtomic } from './safe-output';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type {
  Alignment,
  Borders,
  Cell,
  CellValue as ExcelCellValue,
  DataValidation,
  Fill,
  Font,
  Workbook,
  Worksheet,
} from 'exceljs';
import {
  STYLE_COLOURS,
  type ConditionalFormatPlan,
  type DataValidationPlan,
  type SheetPlan,
  type StyleName,
  clipText,
  isValidSheetName,
  safeSheetName,
  VALIDATION_TEXT_MAX,
  validationTexts,
  isoSerial,
  resolveCell,
  sheetRef,
  type ResolvedCell,
} from '../shared';

export type WriteOptions = {
  creator?: string;
  /** The workbook's saved time (docProps/core.xml); now when not given. */
  modified?: Date;
  /** Where the workbook goes: links to report files are written relative to it. */
  baseDir?: string;
};

/** The column width ExcelJS leaves out of the file as its default. */
const EXCELJS_DEFAULT_WIDTH = 9;

/** Excel's limit on an in-cell list (`"A,B,C"` without the quotes). */
const LIST_MAX = 255;

/** Writes the workbook to a temporary file beside `path`, then renames it: an interrupted run leaves no half file. */
export async function writeWorkbook(path: string, sheets: SheetPlan[], opts?: WriteOptions): Promise<void> {
  await writeFileAtomic(path, await workbookBuffer(sheets, { ...opts, baseDir: opts?.baseDir ?? nodePath.dirname(path) }));
}

export async function workbookBuffer(sheets: SheetPlan[], opts?: WriteOptions): Promise<Buffer> {
  // Loaded here, not at the top: `nq57 --help` does not pay for ExcelJS.
  const ExcelJS = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = opts?.creator ?? 'nq57';
  workbook.lastModifiedBy = workbook.creator;
  if (opts?.modified) workbook.modified = opts.modified;
  // Most formulas carry no cached result: ask Excel to calculate them all when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;

  // Excel refuses a workbook without a visible sheet: that is a bug in the plan, not something to write.
  if (sheets.every((s) => s.hidden)) throw new Error('workbook plan: a workbook needs at least one visible sheet');
  for (const plan of sheets) await renderSheet(workbook, plan, opts?.baseDir);

  // The active tab must be a visible sheet, or Excel opens on a hidden one.
  const activeTab = Math.max(0, sheets.findIndex((s) => !s.hidden));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];

  // Fast deflate: about a fifth less time for files a sixth larger (measured on the summary), and these are small.
  const out = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return quoteSheetNamesInDefinedNames(Buffer.from(out as ArrayBuffer), workbook.worksheets.map((w) => w.name));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/**
 * ExcelJS 4.4 writes a print-titles name as `'Sheet'!$1:$3` without doubling an apostrophe inside the sheet name,
 * which Excel reads as a broken reference: the defined names of such sheets are rewritten with `''`.
 */
export function quoteSheetNamesInDefinedNames(buffer: Buffer, sheetNames: string[]): Buffer {
  const quoted = sheetNames.filter((n) => n.includes("'"));
  if (quoted.length === 0) return buffer;
  const files = unzipSync(new Uint8Array(buffer));
  const xml = files['xl/workbook.xml'];
  if (!xml) return buffer;
  const text = strFromU8(xml);
  const fixed = text.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_m, open: string, body: string, close: string) => {
    let b = body;
    for (const n of quoted) b = b.split(`&apos;${xmlEscape(n)}&apos;!`).join(`&apos;${xmlEscape(n.replace(/'/g, "''"))}&apos;!`);
    return open + b + close;
  });
  if (fixed === text) return buffer;
  files['xl/workbook.xml'] = strToU8(fixed);
  return Buffer.from(zipSync(files, { level: 1 }));
}

async function renderSheet(workbook: Workbook, plan: SheetPlan, baseDir?: string): Promise<void> {
  const ws = workbook.addWorksheet(sheetNameIn(workbook, plan.name), { state: plan.hidden ? 'hidden' : 'visible' });

  plan.columnWidths?.forEach((width, i) => {
    // ExcelJS takes a width of exactly 9 for its default and writes no <col>: Excel would then use its own 8.43.
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 1e-6 : width;
  });
  for (const c of plan.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;

  plan.rowHeights?.forEach((height, r) => {
    if (height !== null && Number.isFinite(height) && height > 0) ws.getRow(r + 1).height = height;
  });

  plan.cells.forEach((row, r) => {
    row.forEach((cellPlan, c) => {
      if (cellPlan) writeCell(ws.getCell(r + 1, c + 1), resolveCell(cellPlan, plan.numberLocale), baseDir);
    });
  });

  // After the cells: merging copies the master's style (borders, fill) to the other cells of the area.
  for (const range of plan.merges ?? []) ws.mergeCells(range);

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: Math.max(0, plan.freeze.columns), ySplit: Math.max(0, plan.freeze.rows) }];
  }

  for (const v of plan.validations ?? []) addValidation(ws, v);

  plan.conditionalFormats?.forEach((cf, i) => { addConditionalFormat(ws, cf, i + 1); });

  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;

  if (plan.print) renderPrint(ws, plan.print);

  if (plan.protect) {
    // No password: ExcelJS then writes `<sheetProtection sheet="1" …/>` with no hash, so anyone can lift it.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

/**
 * The file format reads `_xHHHH_` in text as the character U+HHHH (ECMA-376 ST_Xstring): text that holds such a
 * sequence literally has its underscore escaped as `_x005F_`, so it reads back as typed and never becomes, say,
 * U+FFFF (which no XML may carry).
 */
export function escapeXstring(text: string): string {
  // Every underscore that starts such a sequence, overlapping ones too (`_x005f_x0041_`).
  // A carriage return would be folded into a line feed by any XML reader: Excel writes it escaped too.
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(/\r/g, '_x000D_');
}

/** A sheet name the plan gives is written as it is when Excel accepts it; otherwise made acceptable, never a crash mid-write. */
function sheetNameIn(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  return isValidSheetName(wanted) && !taken.has(wanted.toLowerCase()) ? wanted : safeSheetName(wanted, taken);
}

/** Page setup: A4, orientation, a fixed scale (manual page breaks hold) or fit to width, titles, breaks, area. */
function renderPrint(ws: Worksheet, print: NonNullable<SheetPlan['print']>): void {
  ws.pageSetup.paperSize = 9; // A4, the only paper a plan asks for
  ws.pageSetup.orientation = print.landscape ? 'landscape' : 'portrait';
  if (print.scale !== undefined) {
    // Excel and LibreOffice ignore manual page breaks under fit-to-page; a scale keeps them.
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = print.scale;
  } else if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.margins) ws.pageSetup.margins = { ...print.margins };
  if (print.repeatRows) ws.pageSetup.printTitlesRow = print.repeatRows;
  if (print.area) ws.pageSetup.printArea = print.area;
  // ExcelJS puts a break after the 1-based row given, which is before our 0-based row of the same number.
  for (const r of print.pageBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
}

/**
 * A link to a cell of another workbook beside this one: `file.xlsx#'Sheet'!F12`. The path is percent-encoded
 * and the sheet quoted, so no office text can end the target early or make it anything but a relative file.
 */
export function externalTarget(link: { file: string; sheet: string; cell: string }, baseDir?: string): string {
  // Relative to the workbook, so the summary and its reports can move together. The command line already names
  // each report relative to the summary's folder: only an absolute name is made relative here.
  const rel = baseDir && nodePath.isAbsolute(link.file) ? nodePath.relative(baseDir, link.file) : link.file;
  const file = rel
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
  const cell = /^[A-Z]{1,3}\d{1,7}$/.test(link.cell) ? link.cell : 'A1';
  return `${file}#${sheetRef(link.sheet, cell)}`;
}

function writeCell(cell: Cell, x: ResolvedCell, baseDir?: string): void {
  const value = typeof x.value === 'string' ? escapeXstring(x.value) : x.value;
  if (x.formula !== null) {
    // The plan's value, when it gives one, is kept as the cached result so readers without a calculator see it.
    cell.value = (value === null ? { formula: x.formula } : { formula: x.formula, result: value }) as ExcelCellValue;
  } else if (x.link) {
    const text = value === null ? x.link.cell : String(value);
    const hyperlink = x.link.file !== undefined ? externalTarget({ ...x.link, file: x.link.file }, baseDir) : `#${internalTarget(sheetRef(x.link.sheet, x.link.cell))}`;
    cell.value = { text, hyperlink };
  } else if (x.kind === 'error') {
    cell.value = { error: x.value } as ExcelCellValue;
  } else {
    // A string is always written as a shared string: ExcelJS never turns a string into a formula. A date goes as
    // its serial with its format: ExcelJS's own conversion of a Date would keep the time of day in UTC.
    cell.value = value;
  }

  if (x.numFmt !== null) cell.numFmt = x.numFmt;
  // Office text that looks like a formula: text format so that re-entering the cell keeps it text.
  // (ExcelJS 4.4 cannot write the quotePrefix style attribute; '@' is the part it can write.)
  if (x.keepText) cell.numFmt = '@';

  if (x.style) applyStyle(cell, x.style);
  if (!x.locked) cell.protection = { locked: false };
}

/**
 * The link target with its cell reference made absolute ("'Phòng Kinh tế'!F12" → "'Phòng Kinh tế'!$F$12").
 * ExcelJS 4.4 writes a target matching `Sheet!A1` both as the relationship target and as `location`, which Excel
 * and LibreOffice join into a broken "#X!A1##X!A1"; an absolute reference takes the relationship path only,
 * where a target starting with '#' is a jump inside the workbook.
 */
export function internalTarget(link: string): string {
  const t = link.replace(/^#/, '');
  const bang = t.lastIndexOf('!');
  const sheet = bang >= 0 ? t.slice(0, bang + 1) : '';
  const ref = bang >= 0 ? t.slice(bang + 1) : t;
  const abs = ref.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, (_m, col: string, row: string) => `$${col.toUpperCase()}$${row}`);
  return sheet + abs;
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function applyStyle(cell: Cell, name: StyleName): void {
  const s = STYLE_COLOURS[name];
  if (s.size || s.bold || s.italic || s.font) {
    // ExcelJS's default font, with the style's changes (a font entry without a name renders unpredictably).
    const font: Partial<Font> = { name: 'Calibri', family: 2, size: s.size ?? 11 };
    if (s.bold) font.bold = true;
    if (s.italic) font.italic = true;
    if (s.font) font.color = { argb: argb(s.font) };
    cell.font = font;
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) }, bgColor: { argb: argb(s.fill) } } as Fill;
  if (s.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin } as Partial<Borders>;
  }
  const alignment: Partial<Alignment> = {};
  if (s.wrap) {
    alignment.wrapText = true;
    alignment.vertical = 'top';
  }
  if (name === 'header') {
    alignment.horizontal = 'center';
    alignment.vertical = 'middle';
  }
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}

/** A validation message as the file holds it: cut to Excel's limit in the core, escaped here, cut again if that grew it. */
function fileText(text: string, max: number): string {
  return clipText(escapeXstring(text), max);
}

/** ExcelJS 4.4 has `worksheet.dataValidations` (range keys allowed) but its typings omit it. */
type WithValidations = { dataValidations: { add(address: string, validation: DataValidation): void } };

const ANY_NUMBER = 1e307;

export function validationModel(v: DataValidationPlan): DataValidation {
  const rule = v.rule;
  let dv: DataValidation;
  switch (rule.type) {
    case 'decimal':
    case 'whole': {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined) dv = { type: rule.type, operator: 'between', formulae: [min, max] };
      else if (min !== undefined) dv = { type: rule.type, operator: 'greaterThanOrEqual', formulae: [min] };
      else if (max !== undefined) dv = { type: rule.type, operator: 'lessThanOrEqual', formulae: [max] };
      else if (rule.type === 'whole') dv = { type: 'whole', operator: 'between', formulae: [-2147483648, 2147483647] };
      else dv = { type: 'decimal', operator: 'between', formulae: [-ANY_NUMBER, ANY_NUMBER] };
      break;
    }
    case 'list': {
      for (const item of rule.values) {
        if (item.includes(',') || item.includes('"')) {
          throw new Error(`validation list for ${v.range}: value ${JSON.stringify(item)} contains a comma or a quote`);
        }
      }
      const joined = rule.values.join(',');
      if (joined.length > LIST_MAX) throw new Error(`validation list for ${v.range} is longer than ${LIST_MAX} characters`);
      dv = { type: 'list', formulae: [`"${joined}"`] };
      break;
    }
    case 'date': {
      // Serial numbers, as the file stores dates: check reads 1/1/1900 to 31/12/9999, and so does the form.
      const min = rule.min ? isoSerial(rule.min) : 1;
      dv = rule.max ? { type: 'date', operator: 'between', formulae: [min, isoSerial(rule.max)] } : { type: 'date', operator: 'greaterThanOrEqual', formulae: [min] };
      break;
    }
    case 'custom':
      dv = { type: 'custom', formulae: [rule.formula.replace(/^=/, '')] };
      break;
  }
  dv.allowBlank = v.allowBlank ?? true;
  const { prompt, error } = validationTexts(v);
  if (prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = fileText(prompt.title, VALIDATION_TEXT_MAX.title);
    dv.prompt = fileText(prompt.text, VALIDATION_TEXT_MAX.prompt);
  }
  // Always on: with showErrorMessage off (the file format's default) Excel accepts any entry silently.
  dv.showErrorMessage = true;
  dv.errorStyle = v.errorStyle ?? 'stop';
  if (error) {
    dv.errorTitle = fileText(error.title, VALIDATION_TEXT_MAX.title);
    dv.error = fileText(error.text, VALIDATION_TEXT_MAX.error);
  }
  return dv;
}

function addValidation(ws: Worksheet, v: DataValidationPlan): void {
  const range = v.range.replace(/\$/g, '').toUpperCase();
  (ws as unknown as WithValidations).dataValidations.add(range, validationModel(v));
}

function addConditionalFormat(ws: Worksheet, cf: ConditionalFormatPlan, priority: number): void {
  const s = STYLE_COLOURS[cf.style];
  const style: { fill?: Fill; font?: Partial<Font> } = {};
  // In a conditional format (a dxf) a solid fill's colour is its bgColor.
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } } as Fill;
  if (s.font) style.font = { color: { argb: argb(s.font) } };
  ws.addConditionalFormatting({
    ref: cf.range.replace(/\$/g, '').toUpperCase(),
    rules: [{ type: 'expression', formulae: [cf.formula.replace(/^=/, '')], style, priority }],
  });
}
