// Queues the Excel JS API calls that draw a SheetPlan, without syncing: the caller decides when the batch goes.
/// <reference types="office-js" />
import { cellText, STYLE_COLOURS, type CellPlan, type DataValidationPlan, type SheetPlan, type StyleName } from '../shared';
import { a1 } from '../shared/grid';
import type { WriteBudget } from './write-budget';

/** Optional API beyond the manifest's minimum (ExcelApi 1.8), detected at run time. */
export type Caps = { pageLayout: boolean; notes: boolean; mergedAreas: boolean };
export const NO_CAPS: Caps = { pageLayout: false, notes: false, mergedAreas: false };

/** Rough size of one queued action in the request JSON (object path, method or property name, ids). */
export const ACTION_BYTES = 160;

/** Excel's limits on validation messages: the API refuses longer ones. */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

/** Days from Excel's epoch (30/12/1899) to a date: Excel stores dates as serial numbers. */
export function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

type ExcelCell = { value: string | number | boolean; format: string };

/**
 * One cell as Excel should receive it. Every string goes with the text format '@': Excel would otherwise parse
 * it as if typed ('2.10' → 2.1, '1/2' → a date, '=…' → a formula), and the format keeps it text if re-entered.
 */
export function excelCell(c: CellPlan | null | undefined): ExcelCell {
  if (!c) return { value: '', format: 'General' };
  if (c.formula !== undefined) return { value: `=${c.formula.replace(/^=/, '')}`, format: c.numFmt ?? 'General' };
  const v = c.value;
  if (v === null) return { value: '', format: c.numFmt ?? 'General' };
  if (v instanceof Date) return { value: excelSerial(v), format: c.numFmt ?? 'dd/mm/yyyy' };
  // Excel refuses a write of more than 32,767 characters (shared/excel-limits.ts applies its limits once).
  if (typeof v === 'string') return { value: cellText(v), format: '@' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { value: '#NUM!', format: '@' };
  return { value: v, format: c.numFmt ?? 'General' };
}

/** Excel counts UTF-16 units; never cut a surrogate pair in half. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

type Rect = { top: number; left: number; bottom: number; right: number; key: string };

/**
 * Equal-looking cells grouped into rectangles: runs along each row, joined with the same run on the row above.
 * One proxy per rectangle keeps the batch proportional to the plan's layout, not to its cell count.
 */
export function styleRects(cells: Array<Array<CellPlan | null>>): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  cells.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const key = cellKey(row[c]);
      let end = c;
      while (end + 1 < row.length && cellKey(row[end + 1]) === key) end++;
      if (key) {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above) {
          above.bottom = r;
          open.delete(id);
          next.set(id, above);
        } else next.set(id, { top: r, left: c, bottom: r, right: end, key });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

function cellKey(c: CellPlan | null | undefined): string {
  if (!c) return '';
  const unlocked = c.locked === false || (c.style === 'input' && c.locked !== true);
  return c.style || unlocked ? `${c.style ?? ''}|${unlocked ? 'u' : ''}` : '';
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

/** Draws one named style on a range; returns the number of actions queued. */
function applyStyle(range: Excel.Range, name: StyleName, rows: number, cols: number): number {
  const s = STYLE_COLOURS[name];
  const f = range.format;
  let n = 0;
  if (s.fill) {
    f.fill.color = `#${s.fill}`;
    n++;
  }
  if (s.font) {
    f.font.color = `#${s.font}`;
    n++;
  }
  if (s.bold) {
    f.font.bold = true;
    n++;
  }
  if (s.italic) {
    f.font.italic = true;
    n++;
  }
  if (s.size) {
    f.font.size = s.size;
    n++;
  }
  if (s.wrap) {
    f.wrapText = true;
    f.verticalAlignment = 'Top';
    n += 2;
  }
  if (name === 'header') {
    f.horizontalAlignment = 'Center';
    f.verticalAlignment = 'Center';
    n += 2;
  }
  if (s.border) {
    const edges = [...EDGES];
    // Inside borders exist only where a range has inner edges.
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const e of edges) {
      const b = f.borders.getItem(e);
      b.style = 'Continuous';
      b.color = '#808080';
      n += 3;
    }
  }
  return n;
}

/** Writes cell values, number formats and looks from row `top` (0-based); also used to append history rows. */
export async function renderCells(sheet: Excel.Worksheet, cells: Array<Array<CellPlan | null>>, top: number, budget: WriteBudget): Promise<void> {
  const width = Math.max(1, ...cells.map((r) => r.length));
  const values: ExcelCell['value'][][] = [];
  const formats: string[][] = [];
  for (const row of cells) {
    const vs: ExcelCell['value'][] = [];
    const fs: string[] = [];
    for (let c = 0; c < width; c++) {
      const x = excelCell(row[c]);
      vs.push(x.value);
      fs.push(x.format);
    }
    values.push(vs);
    formats.push(fs);
  }

  // Values in as few range writes as the payload limit allows: normally one per sheet.
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = 0;
    while (end < values.length) {
      const rowBytes = JSON.stringify(values[end]).length + JSON.stringify(formats[end]).length + 2;
      if (end > start && bytes + rowBytes > budget.limit / 2) break;
      bytes += rowBytes;
      end++;
    }
    await budget.spend(bytes + 2 * ACTION_BYTES);
    const range = sheet.getRangeByIndexes(top + start, 0, end - start, width);
    // Format first: a string must land in a text cell, not be parsed as typed input.
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }

  for (const rect of styleRects(cells)) {
    const [style, unlocked] = rect.key.split('|');
    const range = sheet.getRangeByIndexes(top + rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
    let n = 1;
    if (style) n += applyStyle(range, style as StyleName, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
    if (unlocked) {
      range.format.protection.locked = false;
      n++;
    }
    await budget.spend(n * ACTION_BYTES);
  }

  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      const cell = cells[r][c];
      if (!cell?.link) continue;
      const range = sheet.getRangeByIndexes(top + r, c, 1, 1);
      const text = cell.value === null ? cell.link : String(values[r][c]);
      range.hyperlink = { documentReference: cell.link.replace(/^#/, ''), textToDisplay: text };
      await budget.spend(2 * ACTION_BYTES + text.length + cell.link.length);
    }
  }
}

function validationRule(v: DataValidationPlan): Excel.DataValidationRule {
  const rule = v.rule;
  switch (rule.type) {
    case 'decimal':
    case 'whole': {
      const { min, max } = rule;
      const basic: Excel.BasicDataValidation =
        min !== undefined && max !== undefined
          ? { formula1: min, formula2: max, operator: 'Between' }
          : min !== undefined
            ? { formula1: min, operator: 'GreaterThanOrEqualTo' }
            : max !== undefined
              ? { formula1: max, operator: 'LessThanOrEqualTo' }
              : { formula1: -1e307, formula2: 1e307, operator: 'Between' };
      return rule.type === 'decimal' ? { decimal: basic } : { wholeNumber: basic };
    }
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'date':
      // check reads 1/1/1900 to 31/12/9999: the form accepts the same dates.
      return { date: { formula1: rule.min ?? '1900-01-01', formula2: rule.max ?? '9999-12-31', operator: 'Between' } };
    case 'custom':
      return { custom: { formula: `=${rule.formula.replace(/^=/, '')}` } };
  }
}

/** Queues a whole sheet plan on a new, empty worksheet. Protection comes last: a protected sheet refuses writes. */
export async function renderSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, budget: WriteBudget, caps: Caps): Promise<void> {
  await renderCells(sheet, plan.cells, 0, budget);

  const widths = plan.columnWidths ?? [];
  for (let i = 0; i < widths.length; i++) {
    if (!(widths[i] > 0)) continue;
    // Column width in characters → pixels (7 per character + 5 padding) → points (¾ of a pixel).
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = Math.round((widths[i] * 7 + 5) * 0.75 * 100) / 100;
    await budget.spend(2 * ACTION_BYTES);
  }

  for (const c of plan.hiddenColumns ?? []) {
    // Helper cells the form's formulas read: out of sight and out of print.
    sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
    await budget.spend(2 * ACTION_BYTES);
  }

  // After the cells: merging keeps the top-left cell's value and look for the whole area.
  for (const m of plan.merges ?? []) {
    sheet.getRange(m).merge(false);
    await budget.spend(2 * ACTION_BYTES);
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
    await budget.spend(2 * ACTION_BYTES);
  }

  for (const v of plan.validations ?? []) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.ignoreBlanks = v.allowBlank ?? true;
    dv.rule = validationRule(v);
    if (v.prompt) dv.prompt = { showPrompt: true, title: truncate(v.prompt.title, TITLE_MAX), message: truncate(v.prompt.text, PROMPT_MAX) };
    // Always an alert: without it Excel accepts any entry silently. 'Warning' asks and keeps words check also accepts.
    dv.errorAlert = {
      showAlert: true,
      style: v.errorStyle === 'warning' ? 'Warning' : 'Stop',
      title: truncate(v.error?.title ?? '', TITLE_MAX),
      message: truncate(v.error?.text ?? '', ERROR_MAX),
    };
    await budget.spend(5 * ACTION_BYTES + (v.prompt?.text.length ?? 0) + (v.error?.text.length ?? 0) + 100);
  }

  for (const cf of plan.conditionalFormats ?? []) {
    const s = STYLE_COLOURS[cf.style];
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula.replace(/^=/, '')}`;
    if (s.fill) format.custom.format.fill.color = `#${s.fill}`;
    if (s.font) format.custom.format.font.color = `#${s.font}`;
    await budget.spend(5 * ACTION_BYTES + cf.formula.length);
  }

  if (caps.notes) {
    for (let r = 0; r < plan.cells.length; r++) {
      for (let c = 0; c < plan.cells[r].length; c++) {
        const note = plan.cells[r][c]?.note;
        if (!note) continue;
        sheet.notes.add(sheet.getRangeByIndexes(r, c, 1, 1), note);
        await budget.spend(2 * ACTION_BYTES + note.length);
      }
    }
  }

  if (plan.print && caps.pageLayout) {
    const print = plan.print;
    const layout = sheet.pageLayout;
    layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    // A fixed scale keeps manual page breaks (fit-to-page would ignore them).
    if (print.scale !== undefined) layout.zoom = { scale: print.scale };
    else if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) {
      const [a, b = a] = print.repeatRows.split(':');
      layout.setPrintTitleRows(`$${a}:$${b}`);
    }
    if (print.area) layout.setPrintArea(print.area);
    if (print.margins) {
      const pt = (inches: number) => inches * 72;
      layout.leftMargin = pt(print.margins.left);
      layout.rightMargin = pt(print.margins.right);
      layout.topMargin = pt(print.margins.top);
      layout.bottomMargin = pt(print.margins.bottom);
      layout.headerMargin = pt(print.margins.header);
      layout.footerMargin = pt(print.margins.footer);
    }
    for (const r of print.pageBreaks ?? []) if (r > 0) sheet.horizontalPageBreaks.add(a1(r, 0));
    await budget.spend((12 + (print.pageBreaks?.length ?? 0)) * ACTION_BYTES);
  }
  // AutoFilter is ExcelApi 1.9, as the page layout is.
  if (plan.autoFilter && caps.pageLayout) {
    sheet.autoFilter.apply(plan.autoFilter);
    await budget.spend(2 * ACTION_BYTES);
  }

  if (plan.hidden) sheet.visibility = 'Hidden';
  if (plan.protect) {
    // No password: officers may lift it; it only guards the layout against accidents.
    sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await budget.spend(ACTION_BYTES);
  }
}
