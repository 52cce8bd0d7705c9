// What a sheet should look like, as plain data: each host (ExcelJS, Excel JS API, SpreadsheetApp) renders it.
import { z } from 'zod';

/** Named looks, so every host draws the same form; hosts map each to fill, font and border. */
export const StyleName = z.enum([
  'title', // bold, larger
  'subtitle', // italic
  'label', // bold label on a cover (`Đơn vị báo cáo:`)
  'header', // table header: bold, filled, bordered, wrapped, centred
  'section', // section row: bold, light fill, bordered
  'readonly', // plan text in a table: bordered, wrapped
  'input', // a cell the office fills: shaded light yellow, bordered, unlocked
  'good', // met / done: green
  'bad', // missed / overdue / error: red
  'warn', // warning / no data: amber
  'muted', // grey text: notes, coordinated part
  'hint', // instructions, wrapped
]);
export type StyleName = z.infer<typeof StyleName>;

/** Colours per style, shared by all hosts (ARGB without alpha: 'RRGGBB'). */
export const STYLE_COLOURS: Record<StyleName, { fill?: string; font?: string; bold?: boolean; italic?: boolean; border?: boolean; wrap?: boolean; size?: number }> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  label: { bold: true },
  header: { fill: 'D9E2F3', bold: true, border: true, wrap: true },
  section: { fill: 'EDEDED', bold: true, border: true, wrap: true },
  readonly: { border: true, wrap: true },
  input: { fill: 'FFF2CC', border: true, wrap: true },
  good: { fill: 'C6EFCE', font: '006100', border: true, wrap: true },
  bad: { fill: 'FFC7CE', font: '9C0006', border: true, wrap: true },
  warn: { fill: 'FFEB9C', font: '9C5700', border: true, wrap: true },
  muted: { font: '7F7F7F', wrap: true },
  hint: { wrap: true },
};

/** A link target built from names and an A1 address only, never from text a person typed; renderers quote and check it. */
export const CellLink = z.object({ sheet: z.string(), cell: z.string(), file: z.string().optional() });
export type CellLink = z.infer<typeof CellLink>;

export const CellPlan = z.object({
  /** Value to write. Strings are written as text, never as formulas. */
  value: z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]),
  /** A formula without the leading '=' (the core only emits its own formulas here, never office text). */
  formula: z.string().optional(),
  /** Text that came from an office: the host must keep it inert (text format, leading apostrophe, or a string value the host never parses). */
  untrusted: z.boolean().optional(),
  numFmt: z.string().optional(),
  style: StyleName.optional(),
  /**
   * Whether the cell stays locked on a protected sheet. Missing: locked, except a cell styled 'input' (one the office
   * fills); resolveCell (shared/render/resolve-cell.ts) applies this once for every renderer.
   */
  locked: z.boolean().optional(),
  /** A jump to a cell: in this workbook (sheet and A1 cell), or in a report file beside it (file also given). */
  link: CellLink.optional(),
});
export type CellPlan = z.infer<typeof CellPlan>;

export const ValidationRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decimal'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('whole'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('list'), values: z.array(z.string()) }),
  /** min/max: ISO dates, inclusive (Excel's own range when missing). */
  z.object({ type: z.literal('date'), min: z.string().optional(), max: z.string().optional() }),
  /** Formula relative to the top-left cell of the range, without '=' (e.g. 'OR(F12="",F12<=G12)'). */
  z.object({ type: z.literal('custom'), formula: z.string() }),
]);
export type ValidationRule = z.infer<typeof ValidationRule>;

export const DataValidationPlan = z.object({
  range: z.string(),
  rule: ValidationRule,
  allowBlank: z.boolean().default(true),
  prompt: z.object({ title: z.string(), text: z.string() }).optional(),
  error: z.object({ title: z.string(), text: z.string() }).optional(),
  /**
   * For a custom rule: the built-in rule it stands for where the value alone decides (a percentage 0–100, a count),
   * for readers of the plan that do not calculate formulas (the guided form in the pane).
   */
  accepts: ValidationRule.optional(),
  /** 'stop' refuses the entry (the default); 'warning' asks and may keep it, for words check also accepts. */
  errorStyle: z.enum(['stop', 'warning']).optional(),
});
export type DataValidationPlan = z.infer<typeof DataValidationPlan>;

/** A conditional format by formula, relative to the top-left cell of its range (works in Excel, LibreOffice, Sheets). */
export const ConditionalFormatPlan = z.object({
  range: z.string(),
  formula: z.string(),
  style: z.enum(['good', 'bad', 'warn']),
});
export type ConditionalFormatPlan = z.infer<typeof ConditionalFormatPlan>;

export const SheetPlan = z.object({
  name: z.string().max(31),
  /** cells[r][c]; null or missing means leave empty. */
  cells: z.array(z.array(CellPlan.nullable())),
  columnWidths: z.array(z.number()).optional(),
  /** Row heights in points where a row needs more than one line; null or missing: the host's default. */
  rowHeights: z.array(z.number().nullable()).optional(),
  merges: z.array(z.string()).optional(),
  freeze: z.object({ rows: z.number().int(), columns: z.number().int() }).optional(),
  validations: z.array(DataValidationPlan).optional(),
  conditionalFormats: z.array(ConditionalFormatPlan).optional(),
  /** Protect without a password: officers may lift it, the layout still resists accidents. */
  protect: z.boolean().optional(),
  hidden: z.boolean().optional(),
  /** Columns (0-based) kept out of sight and out of print: helper cells the core's formulas read, a fingerprint. */
  hiddenColumns: z.array(z.number().int()).optional(),
  /**
   * The language numbers are shown in. 'vi': a decimal comma (75,5) whatever the computer's settings, where the host's
   * format codes can say so: the core tags General numbers with the Vietnamese locale (resolveCell), which a file and
   * Excel carry (LibreOffice shows the comma by it; Excel by its own regional setting); Sheets has no such tag and
   * shows numbers in the spreadsheet's locale.
   */
  numberLocale: z.enum(['vi', 'en']).optional(),
  /** Header row and the columns under it that filter (e.g. 'A3:J3'). */
  autoFilter: z.string().optional(),
  print: z
    .object({
      landscape: z.boolean(),
      fitToWidth: z.boolean(),
      /** Rows repeated on every printed page, e.g. '5:6'. */
      repeatRows: z.string().optional(),
      /** Paper: A4 unless said otherwise. */
      paper: z.enum(['A4']).optional(),
      /** Fixed print scale in percent, used instead of fitToWidth where manual page breaks must hold. */
      scale: z.number().int().min(10).max(400).optional(),
      /** 0-based rows that start a new printed page. */
      pageBreaks: z.array(z.number().int()).optional(),
      /** Margins in inches. */
      margins: z.object({ left: z.number(), right: z.number(), top: z.number(), bottom: z.number(), header: z.number(), footer: z.number() }).optional(),
      /** What prints, e.g. 'A1:I80'. */
      area: z.string().optional(),
    })
    .optional(),
});
export type SheetPlan = z.infer<typeof SheetPlan>;
