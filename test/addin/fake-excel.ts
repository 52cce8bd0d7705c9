// A small, faithful fake of the Excel JS objects the add-in uses: queued writes applied on sync, loads that must be
// synced before they are read (PropertyNotLoaded otherwise), null objects, protection, and a count of every batch.
// Self-contained (no imports) so the browser test can transpile it and inject it into the built pane.
/// <reference types="office-js" />

export type Scalar = string | number | boolean;
type Rect = { top: number; left: number; bottom: number; right: number };

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Errors shaped like OfficeExtension.Error: a name, a code, a message. */
export class FakeExcelError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function notLoaded(property: string): never {
  throw new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---------------------------------------------------------------- addresses

export function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(a: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Z]{0,3})\$?(\d*)$/.exec(a.trim().toUpperCase());
  if (!m || (!m[1] && !m[2])) throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: m[2] ? Number(m[2]) - 1 : null, col: m[1] ? col - 1 : null };
}

/** 'B3', 'A1:C4', 'A:A', '5:5' (without a sheet name) to a rectangle. */
export function parseAddress(address: string): Rect {
  const [from, to = from] = address.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    top: Math.min(a.row ?? 0, b.row ?? MAX_ROWS - 1),
    left: Math.min(a.col ?? 0, b.col ?? MAX_COLS - 1),
    bottom: Math.max(a.row ?? 0, b.row ?? MAX_ROWS - 1),
    right: Math.max(a.col ?? 0, b.col ?? MAX_COLS - 1),
  };
}

export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${colLetters(r.right)}${r.bottom + 1}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellsOf(r: Rect): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push([i, j]);
  return out;
}

const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

// ---------------------------------------------------------------- the workbook state

export type CellLook = {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: Record<string, { style?: string; color?: string }>;
  locked: boolean;
};

export type FakeCell = {
  value: Scalar;
  /** Set when what was written became a live formula. */
  formula: string | null;
  numberFormat: string;
  look: CellLook;
  hyperlink?: Excel.RangeHyperlink;
  validation?: { rule?: Excel.DataValidationRule; prompt?: Excel.DataValidationPrompt; errorAlert?: Excel.DataValidationErrorAlert; ignoreBlanks?: boolean };
};

export type FakeConditionalFormat = { range: Rect; type: string; formula?: string; fill?: string; fontColor?: string };

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions } = { protected: false };
  freeze: { rows: number; columns: number } | null = null;
  columnWidths = new Map<number, number>();
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Excel.PageLayoutZoomOptions;
    printTitleRows?: string;
    printArea?: string;
    margins?: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  } = {};
  /** Columns hidden by Range.columnHidden (0-based). */
  hiddenColumns = new Set<number>();
  /** Worksheet.autoFilter.apply(range): the range, as an address. */
  autoFilter: string | null = null;
  /** Worksheet.horizontalPageBreaks.add(range): the 0-based row above which each break stands. */
  pageBreaks: number[] = [];

  constructor(public name: string) {}

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: '', formula: null, numberFormat: 'General', look: { borders: {}, locked: true } };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Cells holding a value or formula, as Excel's getUsedRange(true) sees them. */
  usedRect(): Rect | null {
    let r: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === '' && c.formula === null) continue;
      const [row, col] = key.split(',').map(Number);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  value(address: string): Scalar {
    const { top, left } = parseAddress(address);
    return this.peek(top, left)?.value ?? '';
  }

  /** Values of the used range from A1, '' for blanks. */
  grid(): Scalar[][] {
    const used = this.usedRect();
    if (!used) return [];
    return Array.from({ length: used.bottom + 1 }, (_, i) => Array.from({ length: used.right + 1 }, (_, j) => this.peek(i, j)?.value ?? ''));
  }

  /** A write by the add-in or by a person: refused on a locked cell of a protected sheet, as Excel does. */
  assertWritable(r: Rect, what: 'values' | 'format'): void {
    if (!this.protection.protected) return;
    if (what === 'format') throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${this.name}).`);
    for (const [i, j] of cellsOf(r)) {
      if (this.peek(i, j)?.look.locked ?? true) throw new FakeExcelError('AccessDenied', `The cell you're trying to change is protected (${this.name}!${colLetters(j)}${i + 1}).`);
    }
  }
}

/**
 * How Excel stores a written value: a text-formatted cell keeps any string as text; otherwise a leading apostrophe
 * makes text (and is not stored), '=' makes a formula, and number-looking text becomes a number (en-US, as the API parses).
 */
export function storeTyped(cell: FakeCell, v: Scalar | null | undefined): void {
  if (v === null || v === undefined) return; // null leaves the cell as it is
  cell.formula = null;
  if (typeof v !== 'string') {
    cell.value = v;
    return;
  }
  if (cell.numberFormat === '@') cell.value = v;
  else if (v.startsWith("'")) cell.value = v.slice(1);
  else if (v.startsWith('=') && v.length > 1) {
    cell.formula = v;
    cell.value = 0; // the fake does not calculate; a formula's value is not what was written
  } else if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v.trim())) cell.value = Number(v);
  else if (/^(true|false)$/i.test(v.trim())) cell.value = v.trim().toLowerCase() === 'true';
  else cell.value = v;
}

export type SyncStats = { syncs: number; roundTrips: number; batchBytes: number[] };

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active: string | null = null;
  selected: { sheet: string; address: string } | null = null;
  stats: SyncStats = { syncs: 0, roundTrips: 0, batchBytes: [] };
  /** Excel on the web refuses a request over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  /** Requirement sets the host claims (Office.context.requirements.isSetSupported('ExcelApi', v)). */
  apiVersion = 1.18;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A resource with the same name or identifier already exists: ${name}`);
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeExcelError('InvalidArgument', `Invalid sheet name: ${name}`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    this.active ??= name;
    return s;
  }

  /** Puts plain values (and number formats) into a new sheet, as if the workbook was opened with them. */
  seed(name: string, values: Array<Array<Scalar | null>>, formats?: Array<Array<string | null>>): FakeSheet {
    const s = this.addSheet(name);
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        const f = formats?.[i]?.[j];
        if ((v === null || v === '') && !f) return;
        const c = s.cell(i, j);
        if (f) c.numberFormat = f;
        if (v !== null) c.value = v;
      });
    });
    return s;
  }

  /** What an officer does by typing into a cell: Excel's parsing, and refused on a locked cell of a protected sheet. */
  typeIn(sheetName: string, address: string, v: Scalar, numberFormat?: string): void {
    const s = this.sheet(sheetName);
    if (!s) throw new FakeExcelError('ItemNotFound', `no sheet ${sheetName}`);
    const r = parseAddress(address);
    s.assertWritable(r, 'values');
    const c = s.cell(r.top, r.left);
    // Typing '75%' gives 0.75 and a % format: the format comes with the typing.
    if (numberFormat) c.numberFormat = numberFormat;
    storeTyped(c, v);
  }

  /** Every cell's value and formula, for before/after comparisons. */
  snapshot(sheetName: string): Record<string, { value: Scalar; formula: string | null; numberFormat: string }> {
    const s = this.sheet(sheetName)!;
    const out: Record<string, { value: Scalar; formula: string | null; numberFormat: string }> = {};
    for (const [key, c] of s.cells) {
      const [i, j] = key.split(',').map(Number);
      if (c.value !== '' || c.formula !== null) out[`${colLetters(j)}${i + 1}`] = { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
    }
    return out;
  }

  /** Excel.run: the batch function, then one more sync for what it left queued (counted like any other). */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync();
    return result;
  };

  /** What the pane sees as the global `Excel`. */
  excelGlobal(): Pick<typeof Excel, 'run'> {
    return { run: this.run as unknown as typeof Excel.run };
  }

  /** What the pane sees as the global `Office` when it runs inside Excel. */
  officeGlobal(displayLanguage = 'vi-VN') {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return {
      HostType: { Excel: 'Excel' },
      onReady: (cb?: (i: typeof info) => void) =>
        new Promise<typeof info>((resolve) =>
          setTimeout(() => {
            cb?.(info);
            resolve(info);
          }, 0),
        ),
      context: {
        displayLanguage,
        requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && Number(version ?? '1.1') <= this.apiVersion },
      },
    };
  }
}

// ---------------------------------------------------------------- the request context and proxies

type Op = { bytes: number; apply: () => void };

class FakeContext {
  queue: Op[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(args: unknown, apply: () => void): void {
    this.queue.push({ bytes: 40 + JSON.stringify(args ?? null).length, apply });
  }

  /** One round trip when anything is queued; counted either way, as the contract counts every batch. */
  async sync(): Promise<void> {
    this.book.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    this.book.stats.roundTrips++;
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.book.stats.batchBytes.push(bytes);
    if (bytes > this.book.payloadLimit) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    await Promise.resolve();
    for (const op of ops) op.apply();
  }
}

/** Loaded properties of a proxy: filled on sync, read afterwards, PropertyNotLoaded before. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected nullObject: boolean | undefined;

  protected get_<T>(name: string): T {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) notLoaded('isNullObject');
    return this.nullObject;
  }
}

function props(spec: string | string[] | Record<string, unknown> | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return spec.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec;
  return Object.keys(spec);
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  get items(): WorksheetProxy[] {
    return this.get_<WorksheetProxy[]>('items');
  }

  load(spec?: string | string[]): Excel.WorksheetCollection {
    const wanted = props(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({ load: spec }, () => {
      const items = this.ctx.book.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        p.fill(wanted.length ? wanted : ['name', 'visibility'], s);
        return p;
      });
      this.loaded.set('items', items);
    });
    return this as unknown as Excel.WorksheetCollection;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(this.ctx.book.active ?? '') ?? this.ctx.book.sheets[0]);
  }

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.enqueue({ add: name }, () => {
      created = this.ctx.book.addSheet(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeExcelError('InvalidObjectPath', 'The object path is not valid: the sheet was never added.');
      return created;
    });
  }
}

class WorksheetProxy extends Loadable implements Partial<Pick<Excel.Worksheet, 'activate' | 'delete'>> {
  constructor(
    readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
  ) {
    super();
  }

  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeExcelError('InvalidObjectPath', 'The object is a null object.');
    return s;
  }

  fill(names: string[], s: FakeSheet | null): void {
    this.nullObject = s === null;
    if (!s) return;
    for (const n of names) {
      if (n === 'name') this.loaded.set('name', s.name);
      else if (n === 'visibility') this.loaded.set('visibility', s.visibility);
      else if (n === 'protection/protected') this.loaded.set(n, s.protection.protected);
      else throw new FakeExcelError('InvalidArgument', `fake: cannot load worksheet property ${n}`);
    }
  }

  load(spec?: string | string[]): this {
    const names = props(spec);
    this.ctx.enqueue({ load: spec }, () => this.fill(names, this.resolve()));
    return this;
  }

  get name(): string {
    return this.get_<string>('name');
  }

  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.get_<'Visible' | 'Hidden' | 'VeryHidden'>('visibility');
  }

  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue({ visibility: v }, () => {
      this.sheet().visibility = v;
    });
  }

  activate(): void {
    this.ctx.enqueue({ activate: true }, () => {
      this.ctx.book.active = this.sheet().name;
    });
  }

  delete(): void {
    this.ctx.enqueue({ delete: true }, () => {
      const s = this.sheet();
      const book = this.ctx.book;
      if (book.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.active === s.name) book.active = book.sheets.find((x) => x.visibility === 'Visible')!.name;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this, () => (address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new FakeExcelError('InvalidArgument', 'rowCount and columnCount must be positive');
    return new RangeProxy(this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly; // this fake only tracks values, so both kinds of used range are the same
    return new RangeProxy(this, () => this.sheet().usedRect(), true);
  }

  get protection() {
    const loaded = () => this.get_<boolean>('protection/protected');
    return {
      get protected(): boolean {
        return loaded();
      },
      protect: (options?: Excel.WorksheetProtectionOptions, password?: string) => {
        this.ctx.enqueue({ protect: options ?? {}, password }, () => {
          const s = this.sheet();
          if (s.protection.protected) throw new FakeExcelError('InvalidOperation', 'The sheet is already protected.');
          s.protection = { protected: true, options };
        });
      },
      // Excel's unprotect on a sheet that is not protected does nothing.
      unprotect: (password?: string) => {
        this.ctx.enqueue({ unprotect: true, password }, () => {
          this.sheet().protection = { protected: false };
        });
      },
    };
  }

  get freezePanes() {
    const set = (rows: number, columns: number) =>
      this.ctx.enqueue({ freeze: [rows, columns] }, () => {
        this.sheet().freeze = { rows, columns };
      });
    return {
      freezeRows: (n = 1) => set(n, 0),
      freezeColumns: (n = 1) => set(0, n),
      freezeAt: (r: RangeProxy) => {
        this.ctx.enqueue({ freezeAt: true }, () => {
          const rect = r.rect();
          this.sheet().freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        });
      },
    };
  }

  get pageLayout() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const set = (patch: Partial<FakeSheet['pageLayout']>) =>
      this.ctx.enqueue(patch, () => {
        Object.assign(this.sheet().pageLayout, patch);
      });
    return {
      set orientation(v: string) {
        set({ orientation: v });
      },
      set paperSize(v: string) {
        set({ paperSize: v });
      },
      set zoom(v: Excel.PageLayoutZoomOptions) {
        set({ zoom: v });
      },
      setPrintTitleRows: (rows: string) => set({ printTitleRows: rows }),
      // ExcelApi 1.9: PageLayout.setPrintArea and the margins, in points.
      setPrintArea: (area: string) => set({ printArea: area }),
      set leftMargin(v: number) {
        margin('left', v);
      },
      set rightMargin(v: number) {
        margin('right', v);
      },
      set topMargin(v: number) {
        margin('top', v);
      },
      set bottomMargin(v: number) {
        margin('bottom', v);
      },
      set headerMargin(v: number) {
        margin('header', v);
      },
      set footerMargin(v: number) {
        margin('footer', v);
      },
    };
    function margin(side: 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', v: number) {
      if (!(v >= 0)) throw new FakeExcelError('InvalidArgument', `margin ${side} must not be negative`);
      set({});
      self.ctx.enqueue({ margin: side }, () => {
        const layout = self.sheet().pageLayout;
        layout.margins = { ...layout.margins, [side]: v };
      });
    }
  }

  /** ExcelApi 1.9: Worksheet.horizontalPageBreaks.add(pageBreakRange): a break above the range's first row. */
  get horizontalPageBreaks() {
    return {
      add: (range: string) =>
        this.ctx.enqueue({ pageBreak: range }, () => {
          this.sheet().pageBreaks.push(parseAddress(range.replace(/^.*!/, '')).top);
        }),
    };
  }

  /** ExcelApi 1.9: Worksheet.autoFilter.apply(range). */
  get autoFilter() {
    return {
      apply: (range: string) =>
        this.ctx.enqueue({ autoFilter: range }, () => {
          this.sheet().autoFilter = rectAddress(parseAddress(range.replace(/^.*!/, '')));
        }),
    };
  }
}

const VALIDATION_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

class RangeProxy extends Loadable implements Partial<Pick<Excel.Range, 'select' | 'merge'>> {
  constructor(
    readonly ws: WorksheetProxy,
    private readonly locate: () => Rect | null,
    private readonly orNull = false,
  ) {
    super();
  }

  private get ctx(): FakeContext {
    return this.ws.ctx;
  }

  rect(): Rect {
    const r = this.locate();
    if (!r) throw new FakeExcelError('InvalidObjectPath', 'The object is a null object.');
    return r;
  }

  /** Queues a change to every cell of the range, refused like Excel on a protected sheet. */
  private write(args: unknown, what: 'values' | 'format', f: (cell: FakeCell, i: number, j: number, s: FakeSheet) => void): void {
    this.ctx.enqueue(args, () => {
      const s = this.ws.sheet();
      const r = this.rect();
      s.assertWritable(r, what);
      for (const [i, j] of cellsOf(r)) f(s.cell(i, j), i - r.top, j - r.left, s);
    });
  }

  private checkShape(v: unknown[][]): void {
    const r = this.locate();
    if (!r) return;
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const ok = Array.isArray(v) && (v.length === rows || (v.length === 1 && rows === 1)) && v.every((row) => Array.isArray(row) && row.length === cols);
    if (!ok) throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
  }

  load(spec?: string | string[]): this {
    const names = props(spec);
    this.ctx.enqueue({ load: spec }, () => {
      const s = this.ws.resolve();
      const r = s ? this.locate() : null;
      this.nullObject = r === null;
      if (!r || !s) {
        if (!this.orNull) throw new FakeExcelError('InvalidObjectPath', 'The object is a null object.');
        return;
      }
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (rows * cols > 5_000_000) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      const grid = <T>(f: (c: FakeCell | undefined) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(s.peek(r.top + i, r.left + j))));
      for (const n of names) {
        if (n === 'values') this.loaded.set(n, grid((c) => c?.value ?? ''));
        else if (n === 'numberFormat') this.loaded.set(n, grid((c) => c?.numberFormat ?? 'General'));
        else if (n === 'rowIndex') this.loaded.set(n, r.top);
        else if (n === 'columnIndex') this.loaded.set(n, r.left);
        else if (n === 'address') this.loaded.set(n, `${quoteSheet(s.name)}!${rectAddress(r)}`);
        // Excel: true or false when every cell agrees, null when the range is mixed; a cell never formatted is locked.
        else if (n === 'format/protection/locked') {
          const locks = new Set(cellsOf(r).map(([i, j]) => s.peek(i, j)?.look.locked ?? true));
          this.loaded.set(n, locks.size === 1 ? [...locks][0] : null);
        } else throw new FakeExcelError('InvalidArgument', `fake: cannot load range property ${n}`);
      }
    });
    return this;
  }

  get values(): Scalar[][] {
    return this.get_('values');
  }

  set values(v: Scalar[][]) {
    this.checkShape(v);
    this.write({ values: v }, 'values', (c, i, j) => storeTyped(c, v.length === 1 ? v[0][j] : v[i][j]));
  }

  get numberFormat(): string[][] {
    return this.get_('numberFormat');
  }

  set numberFormat(v: string[][]) {
    this.checkShape(v);
    this.write({ numberFormat: v }, 'format', (c, i, j) => {
      const f = v.length === 1 ? v[0][j] : v[i][j];
      if (f !== null && f !== undefined) c.numberFormat = f;
    });
  }

  get rowIndex(): number {
    return this.get_('rowIndex');
  }
  get columnIndex(): number {
    return this.get_('columnIndex');
  }
  get address(): string {
    return this.get_('address');
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.write({ hyperlink: link }, 'format', (c) => {
      c.hyperlink = link;
      if (link.textToDisplay !== undefined) storeTyped(c, link.textToDisplay);
    });
  }

  /** ExcelApi 1.2: Range.columnHidden. */
  set columnHidden(v: boolean) {
    this.ctx.enqueue({ columnHidden: v }, () => {
      const s = this.ws.sheet();
      const r = this.rect();
      if (s.protection.protected && !s.protection.options?.allowFormatColumns) throw new FakeExcelError('AccessDenied', 'protected sheet');
      for (let j = r.left; j <= r.right; j++) (v ? s.hiddenColumns.add(j) : s.hiddenColumns.delete(j));
    });
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ws, () => {
      const r = this.rect();
      return { top: 0, bottom: MAX_ROWS - 1, left: r.left, right: r.right };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this.ws, () => this.rect());
  }

  merge(across?: boolean): void {
    this.ctx.enqueue({ merge: across ?? false }, () => {
      const s = this.ws.sheet();
      const r = this.rect();
      s.assertWritable(r, 'format');
      if (s.merges.some((m) => intersects(m, r))) throw new FakeExcelError('InvalidOperation', `Cannot merge over a merged area: ${rectAddress(r)}`);
      // Excel keeps the top-left value of the area only.
      for (const [i, j] of cellsOf(r)) if ((i !== r.top || j !== r.left) && s.peek(i, j)) s.cell(i, j).value = '';
      s.merges.push(r);
    });
  }

  select(): void {
    this.ctx.enqueue({ select: true }, () => {
      const s = this.ws.sheet();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      if (this.ctx.book.active !== s.name) throw new FakeExcelError('InvalidSelection', 'The range must be on the active sheet.');
      this.ctx.book.selected = { sheet: s.name, address: rectAddress(this.rect()) };
    });
  }

  get format() {
    const look = (args: unknown, f: (l: CellLook, c: FakeCell) => void) => this.write(args, 'format', (c) => f(c.look, c));
    const self = this;
    return {
      fill: {
        set color(v: string) {
          look({ fill: v }, (l) => (l.fill = v));
        },
      },
      font: {
        set color(v: string) {
          look({ fontColor: v }, (l) => (l.fontColor = v));
        },
        set bold(v: boolean) {
          look({ bold: v }, (l) => (l.bold = v));
        },
        set italic(v: boolean) {
          look({ italic: v }, (l) => (l.italic = v));
        },
        set size(v: number) {
          look({ size: v }, (l) => (l.size = v));
        },
      },
      set wrapText(v: boolean) {
        look({ wrapText: v }, (l) => (l.wrapText = v));
      },
      set horizontalAlignment(v: string) {
        look({ h: v }, (l) => (l.horizontalAlignment = v));
      },
      set verticalAlignment(v: string) {
        look({ v }, (l) => (l.verticalAlignment = v));
      },
      set columnWidth(points: number) {
        self.ctx.enqueue({ columnWidth: points }, () => {
          const s = self.ws.sheet();
          const r = self.rect();
          if (s.protection.protected && !s.protection.options?.allowFormatColumns) throw new FakeExcelError('AccessDenied', 'protected sheet');
          for (let j = r.left; j <= r.right; j++) s.columnWidths.set(j, points);
        });
      },
      protection: {
        get locked(): boolean | null {
          return self.get_<boolean | null>('format/protection/locked');
        },
        set locked(v: boolean) {
          look({ locked: v }, (l) => (l.locked = v));
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            look({ edge, style: v }, (l) => (l.borders[edge] = { ...l.borders[edge], style: v }));
          },
          set color(v: string) {
            look({ edge, color: v }, (l) => (l.borders[edge] = { ...l.borders[edge], color: v }));
          },
        }),
      },
    };
  }

  get dataValidation() {
    const set = (args: Record<string, unknown>, f: (v: NonNullable<FakeCell['validation']>) => void) =>
      this.write(args, 'format', (c) => {
        c.validation ??= {};
        f(c.validation);
      });
    const title = (t: string | undefined) => {
      if ((t ?? '').length > VALIDATION_TITLE_MAX) throw new FakeExcelError('InvalidArgument', `Title longer than ${VALIDATION_TITLE_MAX}: ${t}`);
    };
    return {
      set rule(rule: Excel.DataValidationRule) {
        if (rule.list && String(rule.list.source).length > 255) throw new FakeExcelError('InvalidArgument', 'List source longer than 255 characters');
        set({ rule }, (v) => {
          if (v.rule) throw new FakeExcelError('InvalidOperation', 'The range already has a data validation rule: clear it first.');
          v.rule = rule;
        });
      },
      set prompt(p: Excel.DataValidationPrompt) {
        title(p.title);
        if ((p.message ?? '').length > PROMPT_MAX) throw new FakeExcelError('InvalidArgument', `Prompt longer than ${PROMPT_MAX}`);
        set({ prompt: p }, (v) => (v.prompt = p));
      },
      set errorAlert(e: Excel.DataValidationErrorAlert) {
        title(e.title);
        if ((e.message ?? '').length > ERROR_MAX) throw new FakeExcelError('InvalidArgument', `Error message longer than ${ERROR_MAX}`);
        set({ errorAlert: e }, (v) => (v.errorAlert = e));
      },
      set ignoreBlanks(b: boolean) {
        set({ ignoreBlanks: b }, (v) => (v.ignoreBlanks = b));
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const cf: FakeConditionalFormat = { range: { top: 0, left: 0, bottom: 0, right: 0 }, type };
        this.ctx.enqueue({ addConditionalFormat: type }, () => {
          const s = this.ws.sheet();
          const r = this.rect();
          s.assertWritable(r, 'format');
          cf.range = r;
          s.conditionalFormats.push(cf);
        });
        const q = (args: unknown, f: () => void) => this.ctx.enqueue(args, f);
        return {
          custom: {
            rule: {
              set formula(v: string) {
                if (!v.startsWith('=')) throw new FakeExcelError('InvalidArgument', 'A conditional format formula starts with "="');
                q({ formula: v }, () => (cf.formula = v));
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  q({ fill: v }, () => (cf.fill = v));
                },
              },
              font: {
                set color(v: string) {
                  q({ font: v }, () => (cf.fontColor = v));
                },
              },
            },
          },
        };
      },
    };
  }
}

class RangeAreasProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: WorksheetProxy,
    private readonly within: () => Rect,
  ) {
    super();
  }

  load(spec?: string | string[]): this {
    const names = props(spec);
    this.ctx.enqueue({ load: spec }, () => {
      const s = this.ws.sheet();
      const r = this.within();
      const areas = s.merges.filter((m) => intersects(m, r));
      this.nullObject = areas.length === 0;
      if (areas.length > 0 && names.includes('address')) this.loaded.set('address', areas.map((a) => `${quoteSheet(s.name)}!${rectAddress(a)}`).join(','));
    });
    return this;
  }

  get address(): string {
    return this.get_('address');
  }
}
