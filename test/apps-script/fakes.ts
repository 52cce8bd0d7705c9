// Faithful fakes of the Apps Script services the bundle uses, run in a Node `vm` context; every call is counted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { a1, parseA1, parseRange } from '../../shared/grid';

/** One call of a service method, as 'Spreadsheet.Range.getValues' or 'MailApp.sendEmail'. */
export class CallLog {
  readonly calls: string[] = [];
  tick(name: string): void {
    this.calls.push(name);
  }
  reset(): void {
    this.calls.length = 0;
  }
  /**
   * Calls that reach the spreadsheet: on SpreadsheetApp and every object reached from it (Spreadsheet,
   * Sheet, Range, RangeList, builders, Ui…), and on the Advanced Sheets service (Sheets.Spreadsheets.get…).
   */
  spreadsheetCalls(): string[] {
    return this.calls.filter((c) => c.startsWith('Spreadsheet.') || c.startsWith('Sheets.'));
  }
  /** Counts by name without the service prefix: 'Range.getValues', 'Spreadsheets.batchUpdate'. */
  histogram(calls = this.spreadsheetCalls()): Record<string, number> {
    const h: Record<string, number> = {};
    for (const c of calls) {
      const name = c.replace(/^(Spreadsheet|Sheets)\./, '');
      h[name] = (h[name] ?? 0) + 1;
    }
    return h;
  }
}

/** Base of every fake object: its service and class name prefix each counted call. */
export abstract class Fake {
  abstract readonly kind: string;
}

const RAW = new WeakMap<object, object>();

function unwrap(x: unknown, depth = 3): unknown {
  if (x && typeof x === 'object' && RAW.has(x)) return RAW.get(x);
  if (Array.isArray(x) && depth > 0) return x.map((y) => unwrap(y, depth - 1));
  return x;
}

/**
 * Wraps fake objects (and arrays of them) in a Proxy that counts each method call and unwraps arguments.
 * A property holding a fake is wrapped too, so calls through it count (Sheets.Spreadsheets.get).
 */
function expose(x: unknown, log: CallLog): unknown {
  if (Array.isArray(x)) return x.some((y) => y instanceof Fake) ? x.map((y) => expose(y, log)) : x;
  if (!(x instanceof Fake)) return x;
  const proxy = new Proxy(x, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (v instanceof Fake) return expose(v, log);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        log.tick(`${target.kind}.${prop}`);
        return expose(v.apply(target, args.map((a) => unwrap(a))), log);
      };
    },
  });
  RAW.set(proxy, x);
  return proxy;
}

// ---------------------------------------------------------------- Spreadsheet service

export type Cell = {
  value: unknown;
  formula?: string;
  /** What setValues received, before Sheets parsed it ("'=x" stays visible here). */
  input?: unknown;
  numFmt?: string;
  background?: string | null;
  fontColor?: string | null;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontSize?: number | null;
  wrap?: boolean | null;
  hAlign?: string | null;
  border?: boolean;
  note?: string;
  validation?: FakeDataValidation | null;
};

/** Sheets' format of a cell nobody formatted, as getNumberFormats returns it. */
export const AUTOMATIC_FORMAT = '0.###############';

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * A string written with setValues is parsed as if typed into a Vietnamese-locale sheet: "'…" is
 * text without its apostrophe, '=…' a formula, '+x'/'-x' a formula that fails, '2.10' a number,
 * '30/6/2026' a date, TRUE/FALSE booleans. Unescaped office text is what this catches.
 */
export function parseTyped(s: string): Pick<Cell, 'value' | 'formula'> {
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=')) return { value: '', formula: s };
  if (/^[+-]/.test(s) && !/^[+-]\s*\d/.test(s)) return { value: '#ERROR!', formula: `=${s}` };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s.trim())) return { value: Number(s.trim()) };
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (d) return { value: new Date(Date.UTC(+d[3], +d[2] - 1, +d[1]) - 7 * 3_600_000) };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === 'true' };
  return { value: s };
}

function checkDims(data: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) throw new Error('Cannot convert Array to Object[][].');
  if (data.length !== rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
  for (const r of data as unknown[][]) {
    if (r.length !== cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${cols}.`);
  }
  return data as unknown[][];
}

function checkOneOf<T>(v: T, allowed: string[], what: string): T {
  if (v !== null && !allowed.includes(v as unknown as string)) throw new Error(`Invalid ${what}: ${String(v)}`);
  return v;
}

function checkAlignment<T>(a: T): T {
  return checkOneOf(a, ['left', 'center', 'normal', 'right'], 'horizontal alignment');
}

/** CSS colours as Sheets takes them: '#rrggbb' (or null to reset). */
function checkColour<T>(c: T): T {
  if (c !== null && !(typeof c === 'string' && /^#[0-9a-fA-F]{6}$/.test(c))) throw new Error(`Invalid color: ${String(c)}`);
  return c;
}

export class FakeDataValidation extends Fake {
  readonly kind = 'Spreadsheet.DataValidation';
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly helpText: string | null,
    readonly allowInvalid: boolean,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.args;
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

class FakeDataValidationBuilder extends Fake {
  readonly kind = 'Spreadsheet.DataValidationBuilder';
  private criteria: string | null = null;
  private args: unknown[] = [];
  private help: string | null = null;
  private allowInvalid = true;
  private set(c: string, args: unknown[]): this {
    this.criteria = c;
    this.args = args;
    return this;
  }
  requireNumberBetween(a: number, b: number) {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(a: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberLessThanOrEqualTo(a: number) {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
    return this.set('VALUE_IN_LIST', [values.slice(), showDropdown]);
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string) {
    if (typeof formula !== 'string' || !formula.startsWith('=')) throw new Error(`Invalid formula: ${formula}`);
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setHelpText(text: string) {
    this.help = text;
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('A data validation rule needs criteria.');
    return new FakeDataValidation(this.criteria, this.args, this.help, this.allowInvalid);
  }
}

export class FakeConditionalFormatRule extends Fake {
  readonly kind = 'Spreadsheet.ConditionalFormatRule';
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: string[],
  ) {
    super();
  }
}

class FakeConditionalFormatRuleBuilder extends Fake {
  readonly kind = 'Spreadsheet.ConditionalFormatRuleBuilder';
  private formula: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(f: string) {
    if (typeof f !== 'string' || !f.startsWith('=')) throw new Error(`Invalid formula: ${f}`);
    this.formula = f;
    return this;
  }
  setBackground(c: string | null) {
    this.background = c;
    return this;
  }
  setFontColor(c: string | null) {
    this.fontColor = c;
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    if (!ranges.every((r) => r instanceof FakeRange)) throw new Error('setRanges takes Range objects.');
    this.ranges = ranges;
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.formula || this.ranges.length === 0) throw new Error('A conditional format rule needs a condition and at least one range.');
    return new FakeConditionalFormatRule(this.formula, this.background, this.fontColor, this.ranges.map((r) => r.getA1Notation()));
  }
}

export class FakeProtection extends Fake {
  readonly kind = 'Spreadsheet.Protection';
  /** The protected area in A1 notation; null when the whole sheet is protected. */
  range: string | null = null;
  description = '';
  warningOnly = false;
  unprotected: string[] = [];
  constructor(readonly id: number) {
    super();
  }
  setDescription(d: string) {
    this.description = d;
    return this;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setUnprotectedRanges(ranges: FakeRange[]) {
    if (!ranges.every((r) => r instanceof FakeRange)) throw new Error('setUnprotectedRanges takes Range objects.');
    this.unprotected = ranges.map((r) => r.getA1Notation());
    return this;
  }
  getUnprotectedRanges() {
    return this.unprotected;
  }
}

export class FakeRange extends Fake {
  readonly kind = 'Spreadsheet.Range';
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    super();
  }
  private each(f: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) f(this.sheet.cellAt(this.row + r, this.col + c, true)!, r, c);
  }
  private grid<T>(f: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) => Array.from({ length: this.numCols }, (_x, c) => f(this.sheet.cellAt(this.row + r, this.col + c, false))));
  }
  private setEach<K extends keyof Cell>(key: K, data: unknown): this {
    const d = checkDims(data, this.numRows, this.numCols);
    this.each((cell, r, c) => {
      cell[key] = d[r][c] as Cell[K];
    });
    return this;
  }
  private setAll<K extends keyof Cell>(key: K, v: Cell[K]): this {
    this.each((cell) => {
      cell[key] = v;
    });
    return this;
  }
  getSheet() {
    return this.sheet;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numCols;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    const from = a1(this.row - 1, this.col - 1);
    return this.numRows === 1 && this.numCols === 1 ? from : `${from}:${a1(this.row + this.numRows - 2, this.col + this.numCols - 2)}`;
  }
  getValues(): unknown[][] {
    const D = this.sheet.spreadsheet.realmDate();
    return this.grid((cell) => {
      const v = cell?.value;
      if (v === undefined || v === null) return '';
      return isDate(v) ? new D(v.getTime()) : v;
    });
  }
  getValue(): unknown {
    return this.getValues()[0][0];
  }
  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.numFmt ?? AUTOMATIC_FORMAT);
  }
  getBackgrounds(): string[][] {
    return this.grid((cell) => cell?.background ?? '#ffffff');
  }
  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .map((m) => parseRange(m)!)
      .filter((m) => m.top + 1 <= this.getLastRow() && m.bottom + 1 >= this.row && m.left + 1 <= this.getLastColumn() && m.right + 1 >= this.col)
      .map((m) => new FakeRange(this.sheet, m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1));
  }
  setValues(data: unknown): this {
    const d = checkDims(data, this.numRows, this.numCols);
    for (const row of d) {
      for (const v of row) {
        if (v !== null && v !== undefined && typeof v === 'object' && !isDate(v)) throw new Error('Cannot convert object to a cell value.');
      }
    }
    this.each((cell, r, c) => {
      const v = d[r][c];
      cell.input = v;
      delete cell.formula;
      if (typeof v === 'string') Object.assign(cell, parseTyped(v));
      else cell.value = v === null || v === undefined ? '' : v;
    });
    return this;
  }
  setValue(v: unknown) {
    return new FakeRange(this.sheet, this.row, this.col, 1, 1).setValues([[v]]);
  }
  setNumberFormats(d: unknown) {
    return this.setEach('numFmt', d);
  }
  setNumberFormat(f: string) {
    return this.setAll('numFmt', f);
  }
  setBackgrounds(d: unknown) {
    checkDims(d, this.numRows, this.numCols).forEach((row) => row.forEach((c) => checkColour(c)));
    return this.setEach('background', d);
  }
  setBackground(c: string | null) {
    return this.setAll('background', checkColour(c));
  }
  setFontColors(d: unknown) {
    checkDims(d, this.numRows, this.numCols).forEach((row) => row.forEach((c) => checkColour(c)));
    return this.setEach('fontColor', d);
  }
  setFontColor(c: string | null) {
    return this.setAll('fontColor', checkColour(c));
  }
  setFontWeights(d: unknown) {
    checkDims(d, this.numRows, this.numCols).forEach((row) => row.forEach((w) => checkOneOf(w, ['bold', 'normal'], 'font weight')));
    return this.setEach('fontWeight', d);
  }
  setFontWeight(w: string | null) {
    return this.setAll('fontWeight', checkOneOf(w, ['bold', 'normal'], 'font weight'));
  }
  setFontStyles(d: unknown) {
    checkDims(d, this.numRows, this.numCols).forEach((row) => row.forEach((x) => checkOneOf(x, ['italic', 'normal'], 'font style')));
    return this.setEach('fontStyle', d);
  }
  setFontStyle(s: string | null) {
    return this.setAll('fontStyle', checkOneOf(s, ['italic', 'normal'], 'font style'));
  }
  setFontSizes(d: unknown) {
    return this.setEach('fontSize', d);
  }
  setFontSize(s: number) {
    return this.setAll('fontSize', s);
  }
  setWraps(d: unknown) {
    return this.setEach('wrap', d);
  }
  setWrap(w: boolean) {
    return this.setAll('wrap', w);
  }
  setHorizontalAlignments(d: unknown) {
    checkDims(d, this.numRows, this.numCols).forEach((row) => row.forEach((a) => checkAlignment(a)));
    return this.setEach('hAlign', d);
  }
  setHorizontalAlignment(a: string | null) {
    return this.setAll('hAlign', checkAlignment(a));
  }
  setNotes(d: unknown) {
    return this.setEach('note', d);
  }
  setNote(n: string) {
    return this.setAll('note', n);
  }
  setBorder(...flags: Array<boolean | null | string>) {
    if (flags.length !== 6 && flags.length !== 8) throw new Error('setBorder takes 6 or 8 arguments.');
    return this.setAll('border', flags.slice(0, 6).some((f) => f === true));
  }
  merge() {
    const a = this.getA1Notation();
    if (this.sheet.merges.some((m) => {
      const x = parseRange(m)!;
      return x.top + 1 <= this.getLastRow() && x.bottom + 1 >= this.row && x.left + 1 <= this.getLastColumn() && x.right + 1 >= this.col;
    })) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    // Sheets keeps the top-left value and empties the rest.
    this.each((cell, r, c) => {
      if (r > 0 || c > 0) cell.value = '';
    });
    this.sheet.merges.push(a);
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('setDataValidation takes a DataValidation.');
    return this.setAll('validation', rule);
  }
  setDataValidations(rules: unknown) {
    const d = checkDims(rules, this.numRows, this.numCols);
    if (!d.every((r) => r.every((x) => x === null || x instanceof FakeDataValidation))) throw new Error('setDataValidations takes DataValidation or null.');
    return this.setEach('validation', d);
  }
  getDataValidations() {
    return this.grid((cell) => cell?.validation ?? null);
  }
  activate() {
    this.sheet.spreadsheet.active = { sheet: this.sheet.name, range: this.getA1Notation() };
    return this;
  }
  clear() {
    this.each((cell) => {
      for (const k of Object.keys(cell)) if (k !== 'validation') delete (cell as Record<string, unknown>)[k];
      cell.value = '';
    });
    return this;
  }
}

class FakeRangeList extends Fake {
  readonly kind = 'Spreadsheet.RangeList';
  constructor(readonly ranges: FakeRange[]) {
    super();
  }
  getRanges() {
    return this.ranges.slice();
  }
  private all(f: (r: FakeRange) => void): this {
    this.ranges.forEach(f);
    return this;
  }
  setBorder(...flags: Array<boolean | null | string>) {
    return this.all((r) => r.setBorder(...flags));
  }
  setNumberFormat(f: string) {
    return this.all((r) => r.setNumberFormat(f));
  }
  setHorizontalAlignment(a: string | null) {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  setBackground(c: string | null) {
    return this.all((r) => r.setBackground(c));
  }
  setFontWeight(w: string | null) {
    return this.all((r) => r.setFontWeight(w));
  }
  setWrap(w: boolean) {
    return this.all((r) => r.setWrap(w));
  }
  clear() {
    return this.all((r) => r.clear());
  }
}

export class FakeSheet extends Fake {
  readonly kind = 'Spreadsheet.Sheet';
  rows: Cell[][] = [];
  merges: string[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Grid size, 1000 × 26 for a new sheet. A SpreadsheetApp write beyond it grows it; the Sheets API fake refuses such writes. */
  rowCount = 1000;
  columnCount = 26;
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  /** Writes (calls that change cells) that reached this sheet, for "office cells untouched" checks. */
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    super();
  }
  cellAt(row: number, col: number, create: boolean): Cell | undefined {
    if (!create) return this.rows[row - 1]?.[col - 1];
    this.rowCount = Math.max(this.rowCount, row);
    this.columnCount = Math.max(this.columnCount, col);
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col) r.push({ value: '' });
    return r[col - 1];
  }
  /** Puts values as an officer would have typed them (no parsing), for fixtures. */
  seed(values: unknown[][], formats?: Array<Array<string | null | undefined>>, merges: string[] = []): this {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = this.cellAt(r + 1, c + 1, true)!;
        cell.value = v;
        const f = formats?.[r]?.[c];
        if (f) cell.numFmt = f;
      }),
    );
    this.merges.push(...merges);
    return this;
  }
  /** Plain snapshot of values (Dates as ISO) for comparisons. */
  snapshot(): unknown[][] {
    return this.rows.map((row) => row.map((c) => (isDate(c.value) ? c.value.toISOString() : c.value)));
  }
  /** The cell at an A1 address, for assertions. */
  cell(address: string): Cell | undefined {
    const p = parseA1(address)!;
    return this.cellAt(p.row + 1, p.col + 1, false);
  }
  /** Values of the used area, '' for empty, as getValues would give them. */
  values(): unknown[][] {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    return this.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ''));
  }
  getName() {
    return this.name;
  }
  setName(n: string) {
    this.name = n;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getLastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1].some((c) => c.value !== '' || c.formula)) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.rows) row.forEach((c, i) => {
      if (c.value !== '' || c.formula) last = Math.max(last, i + 1);
    });
    return last;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(a: number | string, col?: number, numRows = 1, numCols = 1): FakeRange {
    if (typeof a === 'string') {
      const r = parseRange(a.includes('!') ? a.slice(a.indexOf('!') + 1) : a);
      if (!r) throw new Error(`Range not found: ${a}`);
      return new FakeRange(this, r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1);
    }
    for (const n of [a, col, numRows, numCols]) if (typeof n !== 'number' || !Number.isInteger(n)) throw new Error('Range coordinates must be integers.');
    if (a < 1 || col! < 1) throw new Error('The starting row or column of the range is too small.');
    if (numRows < 1 || numCols < 1) throw new Error('The number of rows or columns in the range must be at least 1.');
    return new FakeRange(this, a, col!, numRows, numCols);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    if (!Array.isArray(a1s) || a1s.length === 0) throw new Error('getRangeList needs at least one A1 notation.');
    return new FakeRangeList(a1s.map((x) => this.getRange(x)));
  }
  clear() {
    for (const row of this.rows) for (const cell of row) {
      for (const k of Object.keys(cell)) if (k !== 'validation') delete (cell as Record<string, unknown>)[k];
      cell.value = '';
    }
    return this;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) {
    this.frozenColumns = n;
  }
  setColumnWidth(col: number, px: number) {
    this.columnWidths.set(col, px);
    return this;
  }
  setColumnWidths(start: number, n: number, px: number) {
    for (let i = 0; i < n; i++) this.columnWidths.set(start + i, px);
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this.spreadsheet.newProtectionId());
    this.protections.push(p);
    return p;
  }
  hideSheet() {
    this.hidden = true;
    return this;
  }
  activate() {
    this.spreadsheet.active = { sheet: this.name, range: null };
    return this;
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    if (!rules.every((r) => r instanceof FakeConditionalFormatRule)) throw new Error('setConditionalFormatRules takes ConditionalFormatRule objects.');
    this.conditionalRules = rules.slice();
  }
  getConditionalFormatRules() {
    return this.conditionalRules.slice();
  }
}

export class FakeSpreadsheet extends Fake {
  readonly kind = 'Spreadsheet.Spreadsheet';
  sheets: FakeSheet[] = [];
  active: { sheet: string; range: string | null } | null = null;
  toasts: string[] = [];
  title = 'Báo cáo NQ57 (thử nghiệm)';
  private nextId = 1000;
  private nextProtectionId = 1;
  constructor(readonly realmDate: () => DateConstructor) {
    super();
  }
  /** The next sheet id from 1000 that no sheet holds (the Sheets API may have taken one). */
  newSheetId(): number {
    while (this.sheets.some((s) => s.id === this.nextId)) this.nextId++;
    return this.nextId++;
  }
  newProtectionId(): number {
    return this.nextProtectionId++;
  }
  /** For fixtures: a sheet added without counting. */
  add(name: string): FakeSheet {
    const s = new FakeSheet(this, name, this.newSheetId());
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  getSheets() {
    return this.sheets.slice();
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getNumSheets() {
    return this.sheets.length;
  }
  insertSheet(name: string): FakeSheet {
    if (typeof name !== 'string' || name === '') throw new Error('insertSheet needs a name.');
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (name.length > 100) throw new Error('Sheet names are limited to 100 characters.');
    const s = this.add(name);
    this.active = { sheet: name, range: null };
    return s;
  }
  deleteSheet(sheet: FakeSheet) {
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  getSpreadsheetTimeZone() {
    return 'Asia/Ho_Chi_Minh';
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  toast(msg: string) {
    this.toasts.push(msg);
  }
}

class FakeMenu extends Fake {
  readonly kind = 'Spreadsheet.Menu';
  items: Array<{ caption: string; fn: string } | '---'> = [];
  constructor(
    readonly ui: FakeUi,
    readonly name: string,
  ) {
    super();
  }
  addItem(caption: string, fn: string) {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator() {
    this.items.push('---');
    return this;
  }
  addToUi() {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput extends Fake {
  readonly kind = 'HtmlService.HtmlOutput';
  title = '';
  width: number | null = null;
  constructor(public content: string) {
    super();
  }
  setTitle(t: string) {
    this.title = t;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(w: number) {
    this.width = w;
    return this;
  }
  getContent() {
    return this.content;
  }
  append(more: string) {
    this.content += more;
    return this;
  }
}

class FakeUi extends Fake {
  readonly kind = 'Spreadsheet.Ui';
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  createMenu(name: string) {
    return new FakeMenu(this, name);
  }
  showSidebar(html: FakeHtmlOutput) {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('showSidebar takes an HtmlOutput.');
    this.sidebars.push(html);
  }
}

class FakeSpreadsheetApp extends Fake {
  readonly kind = 'Spreadsheet.SpreadsheetApp';
  readonly ui = new FakeUi();
  flushes = 0;
  constructor(readonly spreadsheet: FakeSpreadsheet) {
    super();
  }
  getActiveSpreadsheet() {
    return this.spreadsheet;
  }
  getActive() {
    return this.spreadsheet;
  }
  getUi() {
    return this.ui;
  }
  flush() {
    this.flushes++;
  }
  newDataValidation() {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule() {
    return new FakeConditionalFormatRuleBuilder();
  }
}

// ---------------------------------------------------------------- other services

export type SentMail = { to: string; subject: string; body: string; htmlBody?: string; replyTo?: string; name?: string };

class FakeMailApp extends Fake {
  readonly kind = 'MailApp';
  readonly sent: SentMail[] = [];
  constructor(public quota: number) {
    super();
  }
  getRemainingDailyQuota() {
    return this.quota;
  }
  sendEmail(a: SentMail | string, subject?: string, body?: string, options: Partial<SentMail> = {}) {
    const mail: SentMail = typeof a === 'string' ? { to: a, subject: subject!, body: body!, ...options } : { ...a };
    if (!mail.to || !mail.subject) throw new Error('Invalid argument: recipient and subject are required.');
    const recipients = mail.to.split(',').filter((x) => x.trim() !== '').length;
    if (recipients > this.quota) throw new Error('Service invoked too many times for one day: email.');
    this.quota -= recipients;
    this.sent.push(mail);
  }
}

class FakeTrigger extends Fake {
  readonly kind = 'ScriptApp.Trigger';
  constructor(
    readonly handler: string,
    readonly uid: string,
    readonly schedule: { everyDays: number | null; atHour: number | null; timezone: string | null },
  ) {
    super();
  }
  getHandlerFunction() {
    return this.handler;
  }
  getUniqueId() {
    return this.uid;
  }
  getEventType() {
    return 'CLOCK';
  }
  getTriggerSource() {
    return 'CLOCK';
  }
}

class FakeClockBuilder extends Fake {
  readonly kind = 'ScriptApp.ClockTriggerBuilder';
  private schedule = { everyDays: null as number | null, atHour: null as number | null, timezone: null as string | null };
  constructor(
    readonly app: FakeScriptApp,
    readonly handler: string,
  ) {
    super();
  }
  everyDays(n: number) {
    if (!Number.isInteger(n) || n < 1) throw new Error('everyDays takes a positive integer.');
    this.schedule.everyDays = n;
    return this;
  }
  atHour(h: number) {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error('The hour must be between 0 and 23.');
    this.schedule.atHour = h;
    return this;
  }
  inTimezone(tz: string) {
    this.schedule.timezone = tz;
    return this;
  }
  create() {
    if (this.schedule.atHour !== null && this.schedule.everyDays === null) throw new Error('atHour needs everyDays.');
    const t = new FakeTrigger(this.handler, `t${this.app.triggers.length + this.app.deleted + 1}`, { ...this.schedule });
    this.app.triggers.push(t);
    return t;
  }
}

class FakeTriggerBuilder extends Fake {
  readonly kind = 'ScriptApp.TriggerBuilder';
  constructor(
    readonly app: FakeScriptApp,
    readonly handler: string,
  ) {
    super();
  }
  timeBased() {
    return new FakeClockBuilder(this.app, this.handler);
  }
}

class FakeScriptApp extends Fake {
  readonly kind = 'ScriptApp';
  triggers: FakeTrigger[] = [];
  deleted = 0;
  getProjectTriggers() {
    return this.triggers.slice();
  }
  deleteTrigger(t: FakeTrigger) {
    if (!this.triggers.includes(t)) throw new Error('No trigger to delete.');
    this.triggers = this.triggers.filter((x) => x !== t);
    this.deleted++;
  }
  newTrigger(handler: string) {
    return new FakeTriggerBuilder(this, handler);
  }
}

class FakeProperties extends Fake {
  readonly kind = 'PropertiesService.Properties';
  readonly store = new Map<string, string>();
  getProperty(k: string) {
    return this.store.get(k) ?? null;
  }
  setProperty(k: string, v: unknown) {
    const s = String(v);
    if (s.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(k, s);
    return this;
  }
  deleteProperty(k: string) {
    this.store.delete(k);
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
  getKeys() {
    return [...this.store.keys()];
  }
}

class FakePropertiesService extends Fake {
  readonly kind = 'PropertiesService';
  readonly document = new FakeProperties();
  readonly script = new FakeProperties();
  readonly user = new FakeProperties();
  getDocumentProperties() {
    return this.document;
  }
  getScriptProperties() {
    return this.script;
  }
  getUserProperties() {
    return this.user;
  }
}

class FakeLock extends Fake {
  readonly kind = 'LockService.Lock';
  held = false;
  constructor(readonly service: FakeLockService) {
    super();
  }
  tryLock(ms: number) {
    if (typeof ms !== 'number' || ms < 0) throw new Error('tryLock takes a timeout in milliseconds.');
    if (this.service.heldElsewhere) return false;
    this.held = true;
    this.service.acquired++;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    this.held = false;
    this.service.released++;
  }
  hasLock() {
    return this.held;
  }
}

class FakeLockService extends Fake {
  readonly kind = 'LockService';
  /** Another execution holds the script lock for the whole wait. */
  heldElsewhere = false;
  acquired = 0;
  released = 0;
  getScriptLock() {
    return new FakeLock(this);
  }
  getDocumentLock() {
    return new FakeLock(this);
  }
}

class FakeHtmlService extends Fake {
  readonly kind = 'HtmlService';
  constructor(readonly dir: string) {
    super();
  }
  createHtmlOutputFromFile(name: string) {
    const file = path.join(this.dir, `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(fs.readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html = '') {
    return new FakeHtmlOutput(html);
  }
}

class FakeUser extends Fake {
  readonly kind = 'Session.User';
  constructor(readonly email: string) {
    super();
  }
  getEmail() {
    return this.email;
  }
}

class FakeSession extends Fake {
  readonly kind = 'Session';
  constructor(public locale: string) {
    super();
  }
  getActiveUserLocale() {
    return this.locale;
  }
  getScriptTimeZone() {
    return 'Asia/Ho_Chi_Minh';
  }
  getEffectiveUser() {
    return new FakeUser('vanphong@thu-nghiem.example');
  }
  getActiveUser() {
    return new FakeUser('vanphong@thu-nghiem.example');
  }
}

const TZ_OFFSET_HOURS: Record<string, number> = { 'Asia/Ho_Chi_Minh': 7, 'Asia/Saigon': 7, 'GMT+7': 7, UTC: 0, GMT: 0, 'Etc/UTC': 0 };

class FakeUtilities extends Fake {
  readonly kind = 'Utilities';
  readonly DigestAlgorithm = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' };
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };
  /** The patterns of java.text.SimpleDateFormat the bundle uses: yyyy MM dd HH mm ss. */
  formatDate(date: Date, tz: string, pattern: string): string {
    if (!isDate(date)) throw new Error('formatDate takes a Date.');
    if (!(tz in TZ_OFFSET_HOURS)) throw new Error(`Unknown time zone in the fake: ${tz}`);
    const d = new Date(date.getTime() + TZ_OFFSET_HOURS[tz] * 3_600_000);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const parts: Record<string, string> = {
      yyyy: String(d.getUTCFullYear()),
      MM: p2(d.getUTCMonth() + 1),
      dd: p2(d.getUTCDate()),
      HH: p2(d.getUTCHours()),
      mm: p2(d.getUTCMinutes()),
      ss: p2(d.getUTCSeconds()),
    };
    const out = pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (m) => parts[m]);
    if (/[a-zA-Z]/.test(out.replace(/T/g, ''))) throw new Error(`Pattern not supported by the fake: ${pattern}`);
    return out;
  }
  /** Signed bytes, as Apps Script returns them. */
  computeDigest(alg: string, value: string, charset = 'UTF_8'): number[] {
    const name = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' }[alg];
    if (!name) throw new Error(`Unsupported digest ${alg}`);
    const buf = createHash(name).update(Buffer.from(value, charset === 'US_ASCII' ? 'ascii' : 'utf8')).digest();
    return [...buf].map((b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: number[] | string): string {
    return typeof data === 'string' ? Buffer.from(data, 'utf8').toString('base64') : Buffer.from(data.map((b) => (b + 256) % 256)).toString('base64');
  }
  sleep(): void {}
}

export type FakeOptions = {
  /** The vm context's Date at the time of the call (so a fixed-clock Date installed there is honoured). */
  realmDate: () => DateConstructor;
  /** Where createHtmlOutputFromFile finds 'sidebar.html'. */
  htmlDir: string;
  locale?: string;
  mailQuota?: number;
};

/** Every fake service, the globals to put into the vm context, and the call log they all write to. */
export function createFakes(opts: FakeOptions) {
  // Loaded here, not imported: its classes extend Fake, which must exist before that module runs.
  const { FakeSheetsService } = require('./fake-sheets-api') as typeof import('./fake-sheets-api');
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(opts.realmDate);
  const spreadsheetApp = new FakeSpreadsheetApp(spreadsheet);
  const sheetsApi = new FakeSheetsService(spreadsheet);
  const mail = new FakeMailApp(opts.mailQuota ?? 100);
  const script = new FakeScriptApp();
  const properties = new FakePropertiesService();
  const locks = new FakeLockService();
  const html = new FakeHtmlService(opts.htmlDir);
  const session = new FakeSession(opts.locale ?? 'vi');
  const utilities = new FakeUtilities();
  const lines: string[] = [];
  const consoleFake = {
    log: (...a: unknown[]) => lines.push(a.map(String).join(' ')),
    info: (...a: unknown[]) => lines.push(a.map(String).join(' ')),
    warn: (...a: unknown[]) => lines.push(a.map(String).join(' ')),
    error: (...a: unknown[]) => lines.push(a.map(String).join(' ')),
  };
  const globals = {
    SpreadsheetApp: expose(spreadsheetApp, log),
    Sheets: expose(sheetsApi, log),
    MailApp: expose(mail, log),
    ScriptApp: expose(script, log),
    PropertiesService: expose(properties, log),
    LockService: expose(locks, log),
    HtmlService: expose(html, log),
    Session: expose(session, log),
    Utilities: expose(utilities, log),
    Logger: { log: consoleFake.log },
    console: consoleFake,
  };
  return { log, spreadsheet, spreadsheetApp, sheetsApi, mail, script, properties, locks, html, session, utilities, consoleLines: lines, globals };
}

export type Fakes = ReturnType<typeof createFakes>;
