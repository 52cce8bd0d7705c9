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
   * Sheet, Range, Ui, Menu), and on the Advanced Sheets service (Sheets.Spreadsheets.get…).
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

/*
 * SpreadsheetApp only as far as the app goes: it names the spreadsheet, finds a sheet, puts the
 * cursor on a cell and builds the menu and sidebar. Cells are read and written through the Sheets
 * API fake (fake-sheets-api.ts) on the model below, which tests read directly. Any other
 * SpreadsheetApp call fails: the fake has no such method.
 */

export type Cell = {
  value: unknown;
  formula?: string;
  /** The userEnteredValue of the last Sheets API write, as sent: text stays a stringValue, not a formula. */
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

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A cell's validation rule, in SpreadsheetApp's criteria terms ('VALUE_IN_LIST', 'CUSTOM_FORMULA'…). */
export class FakeDataValidation {
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly helpText: string | null,
    readonly allowInvalid: boolean,
  ) {}
}

/** A custom-formula conditional format rule and the A1 ranges it applies to. */
export class FakeConditionalFormatRule {
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: string[],
  ) {}
}

export class FakeProtection {
  /** The protected area in A1 notation; null when the whole sheet is protected. */
  range: string | null = null;
  description = '';
  warningOnly = false;
  unprotected: string[] = [];
  constructor(readonly id: number) {}
}

/** A range only to be activated: the app puts the cursor on a cell it names. */
export class FakeRange extends Fake {
  readonly kind = 'Spreadsheet.Range';
  constructor(
    readonly sheet: FakeSheet,
    /** Normalised, as Sheets shows it: 'E16', 'A1:B2'. */
    readonly a1: string,
  ) {
    super();
  }
  activate() {
    this.sheet.spreadsheet.active = { sheet: this.sheet.name, range: this.a1 };
    return this;
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
  /** DimensionProperties.hiddenByUser, 1-based like the sizes. */
  hiddenColumns = new Set<number>();
  /** Grid size, 1000 × 26 for a new sheet; a fixture seeded beyond it grows it. The Sheets API fake refuses writes beyond it. */
  rowCount = 1000;
  columnCount = 26;
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    super();
  }
  /** The cell at 1-based row and column; with `create`, made (empty) if missing, which must be inside the grid. */
  cellAt(row: number, col: number, create: boolean): Cell | undefined {
    if (!create) return this.rows[row - 1]?.[col - 1];
    if (row > this.rowCount || col > this.columnCount) throw new Error(`fake: cell (${row}, ${col}) is outside the ${this.rowCount} × ${this.columnCount} grid of ${this.name}`);
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col) r.push({ value: '' });
    return r[col - 1];
  }
  /** Puts values as an officer would have typed them (no parsing), for fixtures; the grid grows to hold them. */
  seed(values: unknown[][], formats?: Array<Array<string | null | undefined>>, merges: string[] = []): this {
    this.rowCount = Math.max(this.rowCount, values.length);
    this.columnCount = Math.max(this.columnCount, ...values.map((row) => row.length));
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = this.cellAt(r + 1, c + 1, true)!;
        cell.value = v;
        const f = formats?.[r]?.[c];
        if (f) cell.numFmt = f;
      });
    });
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
  /** Values of the used area, '' for empty. */
  values(): unknown[][] {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    return this.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ''));
  }
  /** The last row holding a value or formula (1-based; 0 for none), where Sheets appends. */
  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1].some((c) => c.value !== '' || c.formula)) return r;
    return 0;
  }
  getRange(a1Notation: string): FakeRange {
    const r = typeof a1Notation === 'string' ? parseRange(a1Notation) : null;
    if (!r) throw new Error(`Range not found: ${String(a1Notation)}`);
    const from = a1(r.top, r.left);
    return new FakeRange(this, r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`);
  }
  activate() {
    this.spreadsheet.active = { sheet: this.name, range: null };
    return this;
  }
  getName() {
    return this.name;
  }
}

export class FakeSpreadsheet extends Fake {
  readonly kind = 'Spreadsheet.Spreadsheet';
  sheets: FakeSheet[] = [];
  /** Where activate put the cursor: a sheet, and the range on it if one was activated. */
  active: { sheet: string; range: string | null } | null = null;
  title = 'Báo cáo NQ57 (thử nghiệm)';
  timeZone = 'Asia/Ho_Chi_Minh';
  private nextId = 1000;
  private nextProtectionId = 1;
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
  /** For assertions: the sheet of that name, which must exist. */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** The sheet shown in the user's window: the one last activated, else the first (as a spreadsheet opens). */
  getActiveSheet() {
    return this.sheets.find((s) => s.name === this.active?.sheet) ?? this.sheets[0];
  }
  getId() {
    return 'fake-spreadsheet-id';
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
  constructor(readonly spreadsheet: FakeSpreadsheet) {
    super();
  }
  getActiveSpreadsheet() {
    return this.spreadsheet;
  }
  getUi() {
    return this.ui;
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
  const spreadsheet = new FakeSpreadsheet();
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
