// Queues the Excel JS API calls that draw a SheetPlan, without syncing: the caller decides when the batch goes.
/// <reference types="office-js" />
import {
  validationTexts,
  STYLE_COLOURS,
  type CellPlan,
  type DataValidationPlan,
  type SheetPlan,
  type StyleName,
  columnPixels,
  resolveCell,
  sheetRef,
  type ResolvedCell,
  rectangles,
  a1,
  DATE_MAX,
  DATE_MIN,
} from '../shared';
import type { WriteBudget } from './write-budget';

/** Optional API beyond the manifest's minimum (ExcelApi 1.8), detected at run time. */
export type Caps = { pageLayout: boolean; mergedAreas: boolean };
export const NO_CAPS: Caps = { pageLayout: false, mergedAreas: false };

/** Rough size of one queued action in the request JSON (object path, method or property name, ids). */
export const ACTION_BYTES = 160;

type ExcelCell = { value: string | number | boolean; format: string };

/**
 * One cell as Excel should receive it. Every string goes with the text format '@': Excel would otherwise parse
 * it as if typed ('2.10' → 2.1, '1/2' → a date, '=…' → a formula), and the format keeps it text if re-entered.
 */
export function excelCell(c: CellPlan | null | undefined, numberLocale?: SheetPlan['numberLocale']): ExcelCell {
  return excelOf(resolveCell(c, numberLocale));
}

function excelOf(x: ResolvedCell): ExcelCell {
  const format = x.numFmt ?? 'General';
  if (x.formula !== null) return { value: `=${x.formula}`, format };
  if (x.kind === 'text' || x.kind === 'error') return { value: x.value as string, format: '@' };
  if (x.value === null) return { value: '', format };
  return { value: x.value, format };
}

/** What one range call draws: the cell's look and whether it is unlocked. */
function lookKey(x: ResolvedCell): string | null {
  return x.style || !x.locked ? `${x.style ?? ''}|${x.locked ? '' : 'u'}` : null;
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
export async function renderCells(
  sheet: Excel.Worksheet,
  cells: Array<Array<CellPlan | null>>,
  top: number,
  budget: WriteBudget,
  numberLocale?: SheetPlan['numberLocale'],
): Promise<void> {
  const width = Math.max(1, ...cells.map((r) => r.length));
  const resolved = cells.map((row) => Array.from({ length: width }, (_, c) => resolveCell(row[c], numberLocale)));
  const values: ExcelCell['value'][][] = [];
  const formats: string[][] = [];
  for (const row of resolved) {
    const xs = row.map(excelOf);
    values.push(xs.map((x) => x.value));
    formats.push(xs.map((x) => x.format));
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

  for (const rect of rectangles(resolved.length, width, (r, c) => lookKey(resolved[r][c]))) {
    const [style, unlocked] = rect.key.split('|');
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const range = sheet.getRangeByIndexes(top + rect.top, rect.left, rows, cols);
    let n = 1;
    if (style) n += applyStyle(range, style as StyleName, rows, cols);
    if (unlocked) {
      range.format.protection.locked = false;
      n++;
    }
    await budget.spend(n * ACTION_BYTES);
  }

  for (let r = 0; r < resolved.length; r++) {
    for (let c = 0; c < width; c++) {
      const link = resolved[r][c].link;
      // A report file is not in this workbook: Excel and Sheets link within it only.
      if (!link || link.file !== undefined) continue;
      const range = sheet.getRangeByIndexes(top + r, c, 1, 1);
      const target = sheetRef(link.sheet, link.cell);
      const text = values[r][c] === '' ? link.cell : String(values[r][c]);
      range.hyperlink = { documentReference: target, textToDisplay: text };
      await budget.spend(2 * ACTION_BYTES + text.length + target.length);
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
      return { date: { formula1: rule.min ?? DATE_MIN, formula2: rule.max ?? DATE_MAX, operator: 'Between' } };
    case 'custom':
      return { custom: { formula: `=${rule.formula.replace(/^=/, '')}` } };
  }
}

/** Queues a whole sheet plan on a new, empty worksheet. Protection comes last: a protected sheet refuses writes. */
export async function renderSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, budget: WriteBudget, caps: Caps): Promise<void> {
  await renderCells(sheet, plan.cells, 0, budget, plan.numberLocale);

  const widths = plan.columnWidths ?? [];
  for (let i = 0; i < widths.length; i++) {
    if (!(widths[i] > 0)) continue;
    // The API takes points: ¾ of a pixel.
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = columnPixels(widths[i]) * 0.75;
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
    const { prompt, error } = validationTexts(v);
    if (prompt) dv.prompt = { showPrompt: true, title: prompt.title, message: prompt.text };
    // Always an alert: without it Excel accepts any entry silently. 'Warning' asks and keeps words check also accepts.
    dv.errorAlert = { showAlert: true, style: v.errorStyle === 'warning' ? 'Warning' : 'Stop', title: error?.title ?? '', message: error?.text ?? '' };
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
