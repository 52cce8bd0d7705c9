// A fake of the Advanced Sheets service (Sheets.Spreadsheets.get and batchUpdate) on the spreadsheet model of fakes.ts.
/// <reference types="google-apps-script/apis/sheets_v4" />
import { a1, columnLetters, parseA1, parseRange } from '../../shared/grid';
import { Fake, FakeConditionalFormatRule, FakeDataValidation, FakeProtection, FakeSheet, isDate, type Cell, type FakeSpreadsheet } from './fakes';

type BatchUpdateSpreadsheetRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchUpdateSpreadsheetResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
type Borders = GoogleAppsScript.Sheets.Schema.Borders;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type ConditionalFormatRule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;
type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;
type GridData = GoogleAppsScript.Sheets.Schema.GridData;
type GridProperties = GoogleAppsScript.Sheets.Schema.GridProperties;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;
type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type Response = GoogleAppsScript.Sheets.Schema.Response;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;
type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type SheetProperties = GoogleAppsScript.Sheets.Schema.SheetProperties;
type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

// ---------------------------------------------------------------- the resources, as the API's JSON parser knows them

/**
 * The messages this fake reads and writes, field by field, after the Sheets API v4 reference. A
 * field's type is a message, an enum, a scalar ('string', 'int', 'double', 'bool') or 'any' (a
 * real field the fake keeps opaque), with '[]' when repeated. Payloads and field masks are checked
 * against it as the API checks them, so a misspelt name in the app fails here as it would there.
 */
const MESSAGES: Record<string, Record<string, string>> = {
  Spreadsheet: {
    spreadsheetId: 'string', properties: 'SpreadsheetProperties', sheets: 'Sheet[]', namedRanges: 'any[]', spreadsheetUrl: 'string',
    developerMetadata: 'any[]', dataSources: 'any[]', dataSourceSchedules: 'any[]',
  },
  SpreadsheetProperties: {
    title: 'string', locale: 'string', autoRecalc: 'string', timeZone: 'string', defaultFormat: 'CellFormat',
    iterativeCalculationSettings: 'any', spreadsheetTheme: 'any', importFunctionsExternalUrlAccessAllowed: 'bool',
  },
  Sheet: {
    properties: 'SheetProperties', data: 'GridData[]', merges: 'GridRange[]', conditionalFormats: 'ConditionalFormatRule[]',
    filterViews: 'any[]', protectedRanges: 'ProtectedRange[]', basicFilter: 'any', charts: 'any[]', bandedRanges: 'any[]',
    developerMetadata: 'any[]', rowGroups: 'any[]', columnGroups: 'any[]', slicers: 'any[]', tables: 'any[]',
  },
  SheetProperties: {
    sheetId: 'int', title: 'string', index: 'int', sheetType: 'SheetType', gridProperties: 'GridProperties', hidden: 'bool',
    tabColor: 'Color', tabColorStyle: 'ColorStyle', rightToLeft: 'bool', dataSourceSheetProperties: 'any',
  },
  GridProperties: {
    rowCount: 'int', columnCount: 'int', frozenRowCount: 'int', frozenColumnCount: 'int', hideGridlines: 'bool',
    rowGroupControlAfter: 'bool', columnGroupControlAfter: 'bool',
  },
  GridData: { startRow: 'int', startColumn: 'int', rowData: 'RowData[]', rowMetadata: 'DimensionProperties[]', columnMetadata: 'DimensionProperties[]' },
  RowData: { values: 'CellData[]' },
  CellData: {
    userEnteredValue: 'ExtendedValue', effectiveValue: 'ExtendedValue', formattedValue: 'string', userEnteredFormat: 'CellFormat',
    effectiveFormat: 'CellFormat', hyperlink: 'string', note: 'string', textFormatRuns: 'any[]', dataValidation: 'DataValidationRule',
    pivotTable: 'any', dataSourceTable: 'any', dataSourceFormula: 'any', chipRuns: 'any[]',
  },
  ExtendedValue: { numberValue: 'double', stringValue: 'string', boolValue: 'bool', formulaValue: 'string', errorValue: 'ErrorValue' },
  ErrorValue: { type: 'ErrorType', message: 'string' },
  CellFormat: {
    numberFormat: 'NumberFormat', backgroundColor: 'Color', backgroundColorStyle: 'ColorStyle', borders: 'Borders', padding: 'any',
    horizontalAlignment: 'HorizontalAlign', verticalAlignment: 'VerticalAlign', wrapStrategy: 'WrapStrategy', textDirection: 'string',
    textFormat: 'TextFormat', hyperlinkDisplayType: 'string', textRotation: 'any',
  },
  NumberFormat: { type: 'NumberFormatType', pattern: 'string' },
  Color: { red: 'double', green: 'double', blue: 'double', alpha: 'double' },
  ColorStyle: { rgbColor: 'Color', themeColor: 'string' },
  TextFormat: {
    foregroundColor: 'Color', foregroundColorStyle: 'ColorStyle', fontFamily: 'string', fontSize: 'int', bold: 'bool', italic: 'bool',
    strikethrough: 'bool', underline: 'bool', link: 'any',
  },
  Borders: { top: 'Border', bottom: 'Border', left: 'Border', right: 'Border' },
  Border: { style: 'BorderStyle', width: 'int', color: 'Color', colorStyle: 'ColorStyle' },
  DataValidationRule: { condition: 'BooleanCondition', inputMessage: 'string', strict: 'bool', showCustomUi: 'bool' },
  BooleanCondition: { type: 'ConditionType', values: 'ConditionValue[]' },
  ConditionValue: { relativeDate: 'string', userEnteredValue: 'string' },
  GridRange: { sheetId: 'int', startRowIndex: 'int', endRowIndex: 'int', startColumnIndex: 'int', endColumnIndex: 'int' },
  GridCoordinate: { sheetId: 'int', rowIndex: 'int', columnIndex: 'int' },
  DimensionRange: { sheetId: 'int', dimension: 'Dimension', startIndex: 'int', endIndex: 'int' },
  DimensionProperties: { hiddenByFilter: 'bool', hiddenByUser: 'bool', pixelSize: 'int', developerMetadata: 'any[]', dataSourceColumnReference: 'any' },
  ConditionalFormatRule: { ranges: 'GridRange[]', booleanRule: 'BooleanRule', gradientRule: 'any' },
  BooleanRule: { condition: 'BooleanCondition', format: 'CellFormat' },
  ProtectedRange: {
    protectedRangeId: 'int', range: 'GridRange', namedRangeId: 'string', tableId: 'string', description: 'string', warningOnly: 'bool',
    requestingUserCanEdit: 'bool', unprotectedRanges: 'GridRange[]', editors: 'any',
  },
  BatchUpdateSpreadsheetRequest: { requests: 'Request[]', includeSpreadsheetInResponse: 'bool', responseRanges: 'string[]', responseIncludeGridData: 'bool' },
  AddSheetRequest: { properties: 'SheetProperties' },
  DeleteSheetRequest: { sheetId: 'int' },
  UpdateSheetPropertiesRequest: { properties: 'SheetProperties', fields: 'string' },
  UpdateCellsRequest: { rows: 'RowData[]', fields: 'string', range: 'GridRange', start: 'GridCoordinate' },
  RepeatCellRequest: { range: 'GridRange', cell: 'CellData', fields: 'string' },
  MergeCellsRequest: { range: 'GridRange', mergeType: 'MergeType' },
  UnmergeCellsRequest: { range: 'GridRange' },
  UpdateDimensionPropertiesRequest: { range: 'DimensionRange', properties: 'DimensionProperties', fields: 'string' },
  SetDataValidationRequest: { range: 'GridRange', rule: 'DataValidationRule' },
  AddConditionalFormatRuleRequest: { rule: 'ConditionalFormatRule', index: 'int' },
  AddProtectedRangeRequest: { protectedRange: 'ProtectedRange' },
  DeleteProtectedRangeRequest: { protectedRangeId: 'int' },
};

/** The request kinds the fake applies, by the message each carries. */
const SUPPORTED_KINDS: Record<string, string> = {
  addSheet: 'AddSheetRequest',
  deleteSheet: 'DeleteSheetRequest',
  updateSheetProperties: 'UpdateSheetPropertiesRequest',
  updateCells: 'UpdateCellsRequest',
  repeatCell: 'RepeatCellRequest',
  mergeCells: 'MergeCellsRequest',
  unmergeCells: 'UnmergeCellsRequest',
  updateDimensionProperties: 'UpdateDimensionPropertiesRequest',
  setDataValidation: 'SetDataValidationRequest',
  addConditionalFormatRule: 'AddConditionalFormatRuleRequest',
  addProtectedRange: 'AddProtectedRangeRequest',
  deleteProtectedRange: 'DeleteProtectedRangeRequest',
};

/** Real request kinds the fake refuses as unsupported rather than as unknown. */
const OTHER_KINDS = [
  'addBanding', 'addChart', 'appendCells', 'addDataSource', 'addDimensionGroup', 'addFilterView', 'addNamedRange', 'addSlicer', 'addTable',
  'appendDimension', 'autoFill', 'autoResizeDimensions', 'cancelDataSourceRefresh', 'clearBasicFilter', 'copyPaste',
  'createDeveloperMetadata', 'cutPaste', 'deleteBanding', 'deleteConditionalFormatRule', 'deleteDataSource', 'deleteDeveloperMetadata',
  'deleteDimension', 'deleteDimensionGroup', 'deleteDuplicates', 'deleteEmbeddedObject', 'deleteFilterView', 'deleteNamedRange',
  'deleteRange', 'deleteTable', 'duplicateFilterView', 'duplicateSheet', 'findReplace', 'insertDimension',
  'insertRange', 'moveDimension', 'pasteData', 'randomizeRange', 'refreshDataSource', 'setBasicFilter', 'sortRange',
  'textToColumns', 'trimWhitespace', 'updateBanding', 'updateBorders', 'updateChartSpec', 'updateConditionalFormatRule',
  'updateDataSource', 'updateDeveloperMetadata', 'updateDimensionGroup', 'updateEmbeddedObjectBorder', 'updateEmbeddedObjectPosition',
  'updateFilterView', 'updateNamedRange', 'updateProtectedRange', 'updateSlicerSpec', 'updateSpreadsheetProperties', 'updateTable',
];
MESSAGES.Request = { ...Object.fromEntries(OTHER_KINDS.map((k) => [k, 'any'])), ...SUPPORTED_KINDS };

const ENUMS: Record<string, string[]> = {
  SheetType: ['SHEET_TYPE_UNSPECIFIED', 'GRID', 'OBJECT', 'DATA_SOURCE'],
  ErrorType: ['ERROR_TYPE_UNSPECIFIED', 'ERROR', 'NULL_VALUE', 'DIVIDE_BY_ZERO', 'VALUE', 'REF', 'NAME', 'NUM', 'N_A', 'LOADING'],
  HorizontalAlign: ['HORIZONTAL_ALIGN_UNSPECIFIED', 'LEFT', 'CENTER', 'RIGHT'],
  VerticalAlign: ['VERTICAL_ALIGN_UNSPECIFIED', 'TOP', 'MIDDLE', 'BOTTOM'],
  WrapStrategy: ['WRAP_STRATEGY_UNSPECIFIED', 'OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'],
  NumberFormatType: ['NUMBER_FORMAT_TYPE_UNSPECIFIED', 'TEXT', 'NUMBER', 'PERCENT', 'CURRENCY', 'DATE', 'TIME', 'DATE_TIME', 'SCIENTIFIC'],
  BorderStyle: ['STYLE_UNSPECIFIED', 'DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'NONE', 'DOUBLE'],
  ConditionType: [
    'CONDITION_TYPE_UNSPECIFIED', 'NUMBER_GREATER', 'NUMBER_GREATER_THAN_EQ', 'NUMBER_LESS', 'NUMBER_LESS_THAN_EQ', 'NUMBER_EQ',
    'NUMBER_NOT_EQ', 'NUMBER_BETWEEN', 'NUMBER_NOT_BETWEEN', 'TEXT_CONTAINS', 'TEXT_NOT_CONTAINS', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH',
    'TEXT_EQ', 'TEXT_IS_EMAIL', 'TEXT_IS_URL', 'DATE_EQ', 'DATE_BEFORE', 'DATE_AFTER', 'DATE_ON_OR_BEFORE', 'DATE_ON_OR_AFTER',
    'DATE_BETWEEN', 'DATE_NOT_BETWEEN', 'DATE_IS_VALID', 'ONE_OF_RANGE', 'ONE_OF_LIST', 'BLANK', 'NOT_BLANK', 'CUSTOM_FORMULA',
    'BOOLEAN', 'TEXT_NOT_EQ', 'DATE_NOT_EQ', 'FILTER_EXPRESSION',
  ],
  Dimension: ['DIMENSION_UNSPECIFIED', 'ROWS', 'COLUMNS'],
  MergeType: ['MERGE_ALL', 'MERGE_COLUMNS', 'MERGE_ROWS'],
};

const SCALARS: Record<string, { name: string; ok: (v: unknown) => boolean }> = {
  string: { name: 'TYPE_STRING', ok: (v) => typeof v === 'string' },
  int: { name: 'TYPE_INT32', ok: (v) => Number.isInteger(v) },
  double: { name: 'TYPE_DOUBLE', ok: (v) => typeof v === 'number' },
  bool: { name: 'TYPE_BOOL', ok: (v) => typeof v === 'boolean' },
  any: { name: 'any', ok: () => true },
};

/** Messages whose fields form a oneof: at most one may be set. */
const ONEOF: Record<string, string> = { Request: 'kind', ExtendedValue: 'value' };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (at: string, k: string) => (at ? `${at}.${k}` : k);

/** Checks a payload as the API's JSON parser does; JSON nulls are dropped (they leave a field unset). */
function checkPayload(v: unknown, type: string, at: string): void {
  const invalid = (what: string) => new Error(`Invalid value at '${at}' (${what}), ${JSON.stringify(v)}`);
  if (type.endsWith('[]')) {
    if (!Array.isArray(v)) throw invalid(`list of ${type.slice(0, -2)}`);
    v.forEach((x, i) => { checkPayload(x, type.slice(0, -2), `${at}[${i}]`); });
    return;
  }
  const fields = MESSAGES[type];
  if (fields) {
    if (!isPlainObject(v)) throw invalid(`type.googleapis.com/google.apps.sheets.v4.${type}`);
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else if (!Object.hasOwn(fields, k)) throw new Error(`Invalid JSON payload received. Unknown name "${k}"${at ? ` at '${at}'` : ''}: Cannot find field.`);
      else checkPayload(v[k], fields[k], join(at, k));
    }
    const set = Object.keys(v);
    if (ONEOF[type] && set.length > 1) throw new Error(`Invalid value at '${at}' (oneof), oneof field '${ONEOF[type]}' is already set. Cannot overwrite with '${set[1]}'`);
    return;
  }
  if (ENUMS[type]) {
    if (!ENUMS[type].includes(v as string)) throw invalid(`type.googleapis.com/google.apps.sheets.v4.${type}`);
    return;
  }
  if (!SCALARS[type].ok(v)) throw invalid(SCALARS[type].name);
}

// ---------------------------------------------------------------- field masks

/** A parsed field mask: each named field maps to the mask of its sub-fields, or to null for all of it. */
type Mask = Map<string, Mask | null>;

function mergeMasks(a: Mask | null | undefined, b: Mask | null): Mask | null {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  for (const [k, v] of b) a.set(k, mergeMasks(a.get(k), v));
  return a;
}

/**
 * Google's field-mask syntax: comma-separated paths, sub-fields after '.' or '/', several sub-fields
 * of one field in parentheses ('sheets(properties(title),data/rowData)'), '*' for all, and names in
 * camelCase or snake_case.
 */
function parseMask(text: string): Mask {
  const s = text.replace(/\s+/g, '');
  let i = 0;
  const fail = (): never => {
    throw new Error(`Invalid field mask: ${text}`);
  };
  const name = (): string => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*|\*)/.exec(s.slice(i)) ?? fail();
    i += m[0].length;
    return m[1].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  };
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const path = [name()];
      while (s[i] === '.' || s[i] === '/') {
        i++;
        path.push(name());
      }
      let sub: Mask | null = null;
      if (s[i] === '(') {
        i++;
        sub = list();
        if (s[i++] !== ')') fail();
      }
      const nested = path.reduceRight<Mask | null>((inner, k) => new Map([[k, inner]]), sub)!;
      mergeMasks(mask, nested);
      if (s[i] !== ',') return mask;
      i++;
    }
  };
  const mask = list();
  if (i !== s.length) fail();
  return mask;
}

/** Throws for a name the message does not have, as the API does ('Invalid field selection xyz'). */
function checkMask(mask: Mask, type: string): void {
  for (const [k, sub] of mask) {
    if (k === '*') {
      if (sub) throw new Error(`Invalid field selection ${k}`);
      continue;
    }
    const fields = MESSAGES[type];
    if (!fields || !Object.hasOwn(fields, k)) throw new Error(`Invalid field selection ${k}`);
    const inner = fields[k].replace(/\[\]$/, '');
    if (sub && inner !== 'any') {
      if (!MESSAGES[inner]) throw new Error(`Invalid field selection ${k}: it has no sub-fields`);
      checkMask(sub, inner);
    }
  }
}

/** The part of a resource the mask names; objects left empty are dropped, list items stay as {}. */
function applyMask(obj: Record<string, unknown>, mask: Mask): Record<string, unknown> {
  if (mask.has('*')) return obj;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = obj[k];
    if (v === undefined) continue;
    if (sub === null) out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map((x) => applyMask(x as Record<string, unknown>, sub));
    else if (isPlainObject(v)) {
      const inner = applyMask(v, sub);
      if (Object.keys(inner).length > 0) out[k] = inner;
    }
  }
  return out;
}

/** What the mask selects at a path: null for all of it, a sub-mask for part of it, undefined for nothing. */
function select(mask: Mask, path: string[]): Mask | null | undefined {
  let m: Mask | null = mask;
  for (const k of path) {
    if (m === null || m.has('*')) return null;
    if (!m.has(k)) return undefined;
    m = m.get(k)!;
  }
  return m;
}

function leafPaths(obj: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(obj).flatMap(([k, v]) => (isPlainObject(v) && Object.keys(v).length > 0 ? leafPaths(v, [...prefix, k]) : [[...prefix, k]]));
}

/**
 * Throws for a field the fake does not model that a request sets (and, given a mask, selects):
 * dropping it silently would let a test pass that Sheets would show differently.
 */
function rejectUnsupported(obj: object, supported: string[], mask: Mask | null = null): void {
  for (const path of leafPaths(obj as Record<string, unknown>)) {
    const name = path.join('.');
    if (supported.some((s) => name === s || name.startsWith(`${s}.`))) continue;
    if (mask && select(mask, path) === undefined) continue;
    throw new Error(`${name} is not supported by the fake`);
  }
}

function getPath(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (isPlainObject(o) ? o[k] : undefined), obj);
}

function setPath(obj: Record<string, unknown>, path: string[], v: unknown): void {
  const last = path.length - 1;
  const parent = path.slice(0, last).reduce<Record<string, unknown>>((o, k) => {
    o[k] ??= {};
    return o[k] as Record<string, unknown>;
  }, obj);
  parent[path[last]] = v;
}

// ---------------------------------------------------------------- values, colours and formats

const DAY_MS = 86_400_000;
/** Sheets counts days from 30/12/1899 in the spreadsheet's zone, Asia/Ho_Chi_Minh (UTC+7, no summer time). */
const ZONE_MS = 7 * 3_600_000;
const EPOCH_SERIAL = 25_569;
const DEFAULT_DATE_PATTERN = 'dd/mm/yyyy';

const serialOf = (d: Date) => (d.getTime() + ZONE_MS) / DAY_MS + EPOCH_SERIAL;
const dateOf = (serial: number) => new Date(Math.round((serial - EPOCH_SERIAL) * DAY_MS) - ZONE_MS);

function dayText(d: Date): string {
  const v = new Date(d.getTime() + ZONE_MS);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(v.getUTCDate())}/${p2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}

/** The type Sheets reports beside a pattern: by '%', '@', then day/month/year and hour/second tokens outside quotes. */
function numberFormatType(pattern: string): string {
  const p = pattern.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (p.includes('%')) return 'PERCENT';
  if (p.includes('@')) return 'TEXT';
  const time = /[hs]/i.test(p);
  const date = /[dy]/i.test(p) || (!time && /m/i.test(p));
  return date && time ? 'DATE_TIME' : date ? 'DATE' : time ? 'TIME' : 'NUMBER';
}

const isDateType = (type: string) => type === 'DATE' || type === 'DATE_TIME';

/** What a Date cell reports: Sheets gives a date a date format even when nobody set one. */
function dateFormat(pattern = DEFAULT_DATE_PATTERN): NumberFormat {
  const type = numberFormatType(pattern);
  return { type: isDateType(type) ? type : 'DATE', pattern };
}

/** The displayed text: dates as dd/mm/yyyy, percents with the pattern's decimals, numbers as String(n). */
function formattedValue(value: unknown, pattern: string | undefined): string | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (isDate(value)) return dayText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && pattern) {
    const type = numberFormatType(pattern);
    if (type === 'PERCENT') return `${(value * 100).toFixed(/\.([0#]+)/.exec(pattern)?.[1].length ?? 0)}%`;
    if (isDateType(type)) return dayText(dateOf(value));
  }
  return String(value);
}

const COMPONENTS = ['red', 'green', 'blue'] as const;

/** '#RRGGBB' (any case) to the API's colour: components 0..1, zero ones omitted as the API omits them. */
function toColor(hex: string): Color {
  const c: Color = {};
  COMPONENTS.forEach((k, i) => {
    const x = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    if (x) c[k] = x;
  });
  return c;
}

/** The API's colour to '#RRGGBB' (a missing component is 0); a component outside 0..1 is refused. */
function fromColor(c: Color): string {
  for (const k of [...COMPONENTS, 'alpha'] as const) {
    const x = c[k];
    if (x !== undefined && (x < 0 || x > 1)) throw new Error(`Invalid color: ${k} must be between 0 and 1, got ${x}`);
  }
  return `#${COMPONENTS.map((k) => Math.round((c[k] ?? 0) * 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

const SIDES = ['top', 'bottom', 'left', 'right'] as const;

/**
 * One look of a model cell and where the API keeps it inside a CellFormat. toApi gets the model's
 * value (never null); fromApi the API's, returning the model's or undefined to clear the key.
 */
type FormatField = {
  path: string[];
  key: 'numFmt' | 'background' | 'fontColor' | 'fontWeight' | 'fontStyle' | 'fontSize' | 'wrap' | 'hAlign' | 'border';
  toApi(v: unknown): unknown;
  fromApi(v: unknown): unknown;
};

const FORMAT_FIELDS: FormatField[] = [
  {
    path: ['numberFormat'],
    key: 'numFmt',
    toApi: (p) => ({ type: numberFormatType(p as string), pattern: p }),
    fromApi: (v) => {
      const nf = v as NumberFormat;
      if (!nf.type || nf.type === 'NUMBER_FORMAT_TYPE_UNSPECIFIED') throw new Error('numberFormat.type must be set');
      if (nf.pattern) return nf.pattern;
      if (nf.type === 'DATE') return DEFAULT_DATE_PATTERN;
      if (nf.type === 'TEXT') return '@';
      throw new Error(`numberFormat ${nf.type} without a pattern is not supported by the fake`);
    },
  },
  { path: ['backgroundColor'], key: 'background', toApi: (h) => toColor(h as string), fromApi: (c) => fromColor(c as Color) },
  { path: ['textFormat', 'foregroundColor'], key: 'fontColor', toApi: (h) => toColor(h as string), fromApi: (c) => fromColor(c as Color) },
  { path: ['textFormat', 'bold'], key: 'fontWeight', toApi: (w) => w === 'bold', fromApi: (b) => (b ? 'bold' : 'normal') },
  { path: ['textFormat', 'italic'], key: 'fontStyle', toApi: (s) => s === 'italic', fromApi: (i) => (i ? 'italic' : 'normal') },
  { path: ['textFormat', 'fontSize'], key: 'fontSize', toApi: (n) => n, fromApi: (n) => n },
  { path: ['wrapStrategy'], key: 'wrap', toApi: (w) => (w ? 'WRAP' : 'OVERFLOW_CELL'), fromApi: (s) => s === 'WRAP' },
  {
    path: ['horizontalAlignment'],
    key: 'hAlign',
    toApi: (a) => (a === 'normal' ? undefined : (a as string).toUpperCase()),
    fromApi: (a) => (a === 'HORIZONTAL_ALIGN_UNSPECIFIED' ? undefined : (a as string).toLowerCase()),
  },
  {
    path: ['borders'],
    key: 'border',
    toApi: (b) => (b ? Object.fromEntries(SIDES.map((side) => [side, { style: 'SOLID' }])) : undefined),
    // The model knows only "boxed or not": a box is all four sides drawn.
    fromApi: (b) => SIDES.every((side) => {
      const style = (b as Borders)[side]?.style;
      return style !== undefined && style !== 'NONE' && style !== 'STYLE_UNSPECIFIED';
    }),
  },
];

/** What a cell with a value shows when nobody formatted it (Sheets' defaults). */
const DEFAULT_LOOK = {
  backgroundColor: { red: 1, green: 1, blue: 1 },
  textFormat: { foregroundColor: {}, fontSize: 10, bold: false, italic: false },
  wrapStrategy: 'OVERFLOW_CELL',
};

const ERROR_TYPES: Record<string, string> = {
  '#ERROR!': 'ERROR', '#NULL!': 'NULL_VALUE', '#DIV/0!': 'DIVIDE_BY_ZERO', '#VALUE!': 'VALUE', '#REF!': 'REF', '#NAME?': 'NAME', '#NUM!': 'NUM', '#N/A': 'N_A',
};

function extendedValue(v: unknown): ExtendedValue | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (isDate(v)) return { numberValue: serialOf(v) };
  throw new Error(`a cell holds ${String(v)}, which Sheets cannot`);
}

function effectiveValue(cell: Cell): ExtendedValue | undefined {
  const v = cell.value;
  if (cell.formula && typeof v === 'string' && Object.hasOwn(ERROR_TYPES, v)) return { errorValue: { type: ERROR_TYPES[v], message: v } };
  return extendedValue(v);
}

function userEnteredFormat(cell: Cell): CellFormat | undefined {
  const out: Record<string, unknown> = {};
  for (const f of FORMAT_FIELDS) {
    const v = cell[f.key];
    const api = v === null || v === undefined ? undefined : f.toApi(v);
    if (api !== undefined) setPath(out, f.path, api);
  }
  if (isDate(cell.value)) out.numberFormat = dateFormat(cell.numFmt);
  return Object.keys(out).length > 0 ? (out as CellFormat) : undefined;
}

/** A model cell as the API reads it back; {} for an empty one. */
function cellData(cell: Cell): CellData {
  const out: CellData = {};
  const entered = cell.formula ? { formulaValue: cell.formula } : extendedValue(cell.value);
  if (entered) out.userEnteredValue = entered;
  const effective = effectiveValue(cell);
  if (effective) out.effectiveValue = effective;
  const shown = formattedValue(cell.value, isDate(cell.value) ? undefined : cell.numFmt);
  if (shown !== undefined) out.formattedValue = shown;
  const format = userEnteredFormat(cell);
  if (format) out.userEnteredFormat = format;
  if (entered || format) out.effectiveFormat = { ...DEFAULT_LOOK, ...format, textFormat: { ...DEFAULT_LOOK.textFormat, ...format?.textFormat } };
  if (cell.note) out.note = cell.note;
  if (cell.validation) out.dataValidation = validationRule(cell.validation);
  return out;
}

// ---------------------------------------------------------------- data validation

/** The conditions the fake translates, with the SpreadsheetApp criteria the model keeps. */
const CONDITIONS: Array<{ type: string; criteria: string; values: number | 'some'; numeric?: true }> = [
  { type: 'NUMBER_BETWEEN', criteria: 'NUMBER_BETWEEN', values: 2, numeric: true },
  { type: 'NUMBER_GREATER_THAN_EQ', criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: 1, numeric: true },
  { type: 'NUMBER_LESS_THAN_EQ', criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', values: 1, numeric: true },
  { type: 'ONE_OF_LIST', criteria: 'VALUE_IN_LIST', values: 'some' },
  { type: 'DATE_IS_VALID', criteria: 'DATE_IS_VALID_DATE', values: 0 },
  { type: 'CUSTOM_FORMULA', criteria: 'CUSTOM_FORMULA', values: 1 },
];

/** A1 references outside sheet names, function names and other words: 'F12', '$F12', 'F$12'. */
const A1_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]*)(?![A-Za-z0-9_(!])/g;

/**
 * A formula written for a range's top-left cell as Sheets applies it to the cell dr rows and dc
 * columns away: relative references move, '$'-anchored parts stay, text between quotes is left alone.
 */
function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(A1_REF, (_m, colAnchor: string, col: string, rowAnchor: string, row: string) => {
            const c = parseA1(`${col}1`)!.col + (colAnchor ? 0 : dc);
            const r = Number(row) + (rowAnchor ? 0 : dr);
            return `${colAnchor}${columnLetters(c)}${rowAnchor}${r}`;
          }),
    )
    .join('"');
}

function conditionNumber(s: string): number {
  if (s.startsWith('=')) throw new Error(`a formula as a condition value is not supported by the fake: ${s}`);
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw new Error(`Invalid ConditionValue: "${s}" is not a number`);
  return n;
}

/** A rule as the model keeps it for the cell dr rows and dc columns from the range's top-left. */
function toValidation(rule: DataValidationRule, dr: number, dc: number): FakeDataValidation {
  const type = rule.condition?.type;
  if (!type || type === 'CONDITION_TYPE_UNSPECIFIED') throw new Error('A data validation rule needs a condition type.');
  const c = CONDITIONS.find((x) => x.type === type);
  if (!c) throw new Error(`condition ${type} is not supported by the fake`);
  const values = (rule.condition!.values ?? []).map((v) => {
    if (v.relativeDate !== undefined) throw new Error('relativeDate is not supported by the fake');
    if (v.userEnteredValue === undefined) throw new Error(`${type}: a condition value needs a userEnteredValue`);
    return v.userEnteredValue;
  });
  if (c.values === 'some' ? values.length === 0 : values.length !== c.values) {
    throw new Error(`${type} needs ${c.values === 'some' ? 'at least one value' : `exactly ${c.values} value(s)`}, got ${values.length}`);
  }
  let args: unknown[] = values;
  if (c.numeric) args = values.map(conditionNumber);
  else if (type === 'ONE_OF_LIST') args = [values, rule.showCustomUi === true];
  else if (type === 'CUSTOM_FORMULA') {
    if (!values[0].startsWith('=')) throw new Error(`CUSTOM_FORMULA needs a formula starting with '=': ${values[0]}`);
    args = [shiftFormula(values[0], dr, dc)];
  }
  return new FakeDataValidation(c.criteria, args, rule.inputMessage ?? null, !rule.strict);
}

function validationRule(v: FakeDataValidation): DataValidationRule {
  const c = CONDITIONS.find((x) => x.criteria === v.criteria);
  if (!c) throw new Error(`validation ${v.criteria} has no Sheets API form in the fake`);
  const list = v.criteria === 'VALUE_IN_LIST';
  const values = (list ? (v.args[0] as unknown[]) : v.args).map((x) => ({ userEnteredValue: String(x) }));
  const rule: DataValidationRule = { condition: values.length > 0 ? { type: c.type, values } : { type: c.type } };
  if (v.helpText !== null) rule.inputMessage = v.helpText;
  if (!v.allowInvalid) rule.strict = true;
  if (list && v.args[1] === true) rule.showCustomUi = true;
  return rule;
}

// ---------------------------------------------------------------- ranges

/** A range made concrete on its sheet: 0-based, ends exclusive. */
type Box = { sheet: FakeSheet; top: number; left: number; bottom: number; right: number };

function sheetById(ss: FakeSpreadsheet, id: number | undefined): FakeSheet {
  // An absent sheetId is 0, as in the API's JSON.
  const sheet = ss.sheets.find((s) => s.id === (id ?? 0));
  if (!sheet) throw new Error(`No grid with id: ${id ?? 0}`);
  return sheet;
}

function a1Of(b: Omit<Box, 'sheet'>): string {
  const from = a1(b.top, b.left);
  const to = a1(Math.max(b.top, b.bottom - 1), Math.max(b.left, b.right - 1));
  return from === to ? from : `${from}:${to}`;
}

function checkInGrid(b: Box): void {
  if (b.bottom > b.sheet.rowCount || b.right > b.sheet.columnCount) {
    throw new Error(`Range ('${b.sheet.name}'!${a1Of(b)}) exceeds grid limits. Max rows: ${b.sheet.rowCount}, max columns: ${b.sheet.columnCount}`);
  }
}

/** A GridRange's box; a missing bound is the grid's edge (a range with only sheetId is the whole sheet). */
function boxOf(ss: FakeSpreadsheet, r: GridRange): Box {
  const sheet = sheetById(ss, r.sheetId);
  const b = { sheet, top: r.startRowIndex ?? 0, left: r.startColumnIndex ?? 0, bottom: r.endRowIndex ?? sheet.rowCount, right: r.endColumnIndex ?? sheet.columnCount };
  if (b.top < 0 || b.left < 0 || b.bottom < b.top || b.right < b.left) throw new Error(`Invalid range: ${JSON.stringify(r)}`);
  checkInGrid(b);
  return b;
}

const isWholeSheet = (r: GridRange) => Object.keys(r).every((k) => k === 'sheetId');

function boxOfA1(sheet: FakeSheet, area: string): Box {
  const r = parseRange(area)!;
  return { sheet, top: r.top, left: r.left, bottom: r.bottom + 1, right: r.right + 1 };
}

function gridRangeOf(b: Box): GridRange {
  return { sheetId: b.sheet.id, startRowIndex: b.top, endRowIndex: b.bottom, startColumnIndex: b.left, endColumnIndex: b.right };
}

const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
const inside = (a: Box, outer: Box) => a.top >= outer.top && a.bottom <= outer.bottom && a.left >= outer.left && a.right <= outer.right;

/** The stored cells of a box (cells never written are not created). */
function storedCells(b: Box, f: (cell: Cell, r: number, c: number) => void): void {
  for (let r = b.top; r < Math.min(b.bottom, b.sheet.rows.length); r++) {
    const row = b.sheet.rows[r];
    for (let c = b.left; c < Math.min(b.right, row.length); c++) f(row[c], r, c);
  }
}

// ---------------------------------------------------------------- Spreadsheets.get

function sheetProperties(sheet: FakeSheet, index: number): SheetProperties {
  const gridProperties: GridProperties = { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
  // The API leaves out what is 0 or false.
  if (sheet.frozenRows) gridProperties.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenColumns) gridProperties.frozenColumnCount = sheet.frozenColumns;
  const p: SheetProperties = { sheetId: sheet.id, title: sheet.name, index, sheetType: 'GRID', gridProperties };
  if (sheet.hidden) p.hidden = true;
  return p;
}

/** The whole sheet as one GridData: rows up to the last non-empty one, each up to its last non-empty cell. */
function gridData(sheet: FakeSheet): GridData {
  const rowData: RowData[] = sheet.rows.map((row) => {
    const values = row.map(cellData);
    while (values.length > 0 && Object.keys(values[values.length - 1]).length === 0) values.pop();
    return values.length > 0 ? { values } : {};
  });
  while (rowData.length > 0 && !rowData[rowData.length - 1].values) rowData.pop();
  const out: GridData = {
    rowMetadata: Array.from({ length: sheet.rowCount }, (_, r) => ({ pixelSize: sheet.rowHeights.get(r + 1) ?? 21 })),
    columnMetadata: Array.from({ length: sheet.columnCount }, (_, c) => ({ pixelSize: sheet.columnWidths.get(c + 1) ?? 100 })),
  };
  if (rowData.length > 0) out.rowData = rowData;
  return out;
}

function conditionalFormat(sheet: FakeSheet, rule: FakeConditionalFormatRule): ConditionalFormatRule {
  const format: CellFormat = {};
  if (rule.background) format.backgroundColor = toColor(rule.background);
  if (rule.fontColor) format.textFormat = { foregroundColor: toColor(rule.fontColor) };
  return {
    ranges: rule.ranges.map((a) => gridRangeOf(boxOfA1(sheet, a))),
    booleanRule: { condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: rule.formula }] }, format },
  };
}

function protectedRange(sheet: FakeSheet, p: FakeProtection): ProtectedRange {
  const out: ProtectedRange = { protectedRangeId: p.id, range: p.range ? gridRangeOf(boxOfA1(sheet, p.range)) : { sheetId: sheet.id } };
  if (p.description) out.description = p.description;
  if (p.warningOnly) out.warningOnly = true;
  if (p.unprotected.length > 0) out.unprotectedRanges = p.unprotected.map((a) => gridRangeOf(boxOfA1(sheet, a)));
  return out;
}

function sheetResource(sheet: FakeSheet, index: number, withData: boolean): Sheet {
  const out: Sheet = { properties: sheetProperties(sheet, index) };
  if (withData) out.data = [gridData(sheet)];
  if (sheet.merges.length > 0) out.merges = sheet.merges.map((m) => gridRangeOf(boxOfA1(sheet, m)));
  if (sheet.conditionalRules.length > 0) out.conditionalFormats = sheet.conditionalRules.map((r) => conditionalFormat(sheet, r));
  if (sheet.protections.length > 0) out.protectedRanges = sheet.protections.map((p) => protectedRange(sheet, p));
  return out;
}

function spreadsheetResource(ss: FakeSpreadsheet, withData: boolean): Spreadsheet {
  return {
    spreadsheetId: ss.getId(),
    properties: { title: ss.title, locale: 'vi_VN', timeZone: ss.timeZone },
    sheets: ss.sheets.map((s, i) => sheetResource(s, i, withData)),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`,
  };
}

// ---------------------------------------------------------------- writing cells

/** What an updateCells mask writes, decided once per request. */
type WritePlan = { value: boolean; formats: FormatField[]; note: boolean; validation: boolean };

/** Fields the API only reports: a write ignores them. */
const READ_ONLY = ['effectiveValue', 'effectiveFormat', 'formattedValue', 'hyperlink'];
const WRITABLE = ['userEnteredValue', 'note', 'dataValidation', ...FORMAT_FIELDS.map((f) => ['userEnteredFormat', ...f.path].join('.'))];

function writePlan(fields: string | undefined, rows: RowData[]): WritePlan {
  if (!fields) throw new Error('At least one field must be specified.');
  const mask = parseMask(fields);
  checkMask(mask, 'CellData');
  const whole = (path: string[]) => {
    const s = select(mask, path);
    if (s) throw new Error(`a mask on the sub-fields of ${path.join('.')} is not supported by the fake`);
    return s === null;
  };
  for (const row of rows) for (const data of row.values ?? []) rejectUnsupported(data, [...WRITABLE, ...READ_ONLY], mask);
  return {
    value: whole(['userEnteredValue']),
    formats: FORMAT_FIELDS.filter((f) => whole(['userEnteredFormat', ...f.path])),
    note: whole(['note']),
    validation: whole(['dataValidation']),
  };
}

/** A userEnteredValue into the model, as typed text never is: a string stays the string it is. */
function writeValue(cell: Cell, v: ExtendedValue | undefined): void {
  cell.value = '';
  delete cell.formula;
  delete cell.input;
  if (!v || Object.keys(v).length === 0) return;
  cell.input = { ...v };
  if (v.stringValue !== undefined) cell.value = v.stringValue;
  else if (v.numberValue !== undefined) cell.value = v.numberValue;
  else if (v.boolValue !== undefined) cell.value = v.boolValue;
  else if (v.formulaValue !== undefined) {
    if (!v.formulaValue.startsWith('=')) throw new Error(`formulaValue must start with '=': ${v.formulaValue}`);
    cell.formula = v.formulaValue;
  } else throw new Error('errorValue cannot be written');
}

/**
 * A number in a date-formatted cell is a date, which the model keeps as a Date (as SpreadsheetApp
 * would read it); a Date whose date format went is the serial Sheets then shows.
 */
function settleDate(cell: Cell): void {
  const dated = cell.numFmt !== undefined && isDateType(numberFormatType(cell.numFmt));
  if (dated && typeof cell.value === 'number') cell.value = dateOf(cell.value);
  if (!dated && isDate(cell.value)) cell.value = serialOf(cell.value);
}

/** The plan's fields of one cell from `data`; a field the data lacks is cleared. */
function writeCell(sheet: FakeSheet, row: number, col: number, data: CellData | undefined, plan: WritePlan): void {
  const stored = sheet.cellAt(row + 1, col + 1, false);
  if (!data && !stored) return;
  const cell = stored ?? sheet.cellAt(row + 1, col + 1, true)!;
  const model = cell as Record<string, unknown>;
  try {
    for (const f of plan.formats) {
      const v = getPath(data?.userEnteredFormat, f.path);
      const m = v === undefined ? undefined : f.fromApi(v);
      if (m === undefined) delete model[f.key];
      else model[f.key] = m;
    }
    if (plan.value) writeValue(cell, data?.userEnteredValue);
    if (plan.value || plan.formats.some((f) => f.key === 'numFmt')) settleDate(cell);
    if (plan.note) {
      if (data?.note) cell.note = data.note;
      else delete cell.note;
    }
    if (plan.validation) {
      if (data?.dataValidation) cell.validation = toValidation(data.dataValidation, 0, 0);
      else delete cell.validation;
    }
  } catch (e) {
    throw new Error(`${(e as Error).message} (cell '${sheet.name}'!${a1(row, col)})`);
  }
}

/** Rows from (top, left), each as long as it is: only the cells they cover change. */
function writeAt(sheet: FakeSheet, top: number, left: number, rows: RowData[], plan: WritePlan): void {
  if (top < 0 || left < 0) throw new Error('Invalid start: indices must not be negative');
  const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
  checkInGrid({ sheet, top, left, bottom: top + rows.length, right: left + width });
  rows.forEach((row, i) => { row.values?.forEach((data, j) => { writeCell(sheet, top + i, left + j, data, plan); }); });
}

/** Every cell of the box: from `rows` where they cover it, cleared (the plan's fields) where not; rows beyond the box are ignored. */
function writeBox(b: Box, rows: RowData[], plan: WritePlan): void {
  const lastRow = Math.min(b.bottom, Math.max(b.top + rows.length, b.sheet.rows.length));
  for (let r = b.top; r < lastRow; r++) {
    const values = rows[r - b.top]?.values ?? [];
    const lastCol = Math.min(b.right, Math.max(b.left + values.length, b.sheet.rows[r]?.length ?? 0));
    for (let c = b.left; c < lastCol; c++) writeCell(b.sheet, r, c, values[c - b.left], plan);
  }
}

// ---------------------------------------------------------------- sheets

function checkTitle(ss: FakeSpreadsheet, title: string | undefined, self: FakeSheet | null): string {
  if (!title) throw new Error('A sheet needs a title.');
  if (title.length > 100) throw new Error('Sheet names are limited to 100 characters.');
  if (ss.sheets.some((s) => s !== self && s.name.toLowerCase() === title.toLowerCase())) {
    throw new Error(`A sheet with the name "${title}" already exists. Please enter another name.`);
  }
  return title;
}

function checkNotAllHidden(ss: FakeSpreadsheet): void {
  if (ss.sheets.every((s) => s.hidden)) throw new Error("You can't hide all the sheets in a document.");
}

/** Sheets refuses a frozen edge that cuts through a merged area. */
function freeze(sheet: FakeSheet, rows: number, columns: number): void {
  if (rows < 0 || rows > sheet.rowCount || columns < 0 || columns > sheet.columnCount) {
    throw new Error(`Cannot freeze ${rows} rows and ${columns} columns of a ${sheet.rowCount} × ${sheet.columnCount} grid.`);
  }
  for (const m of sheet.merges.map((a) => boxOfA1(sheet, a))) {
    if (m.top < rows && m.bottom > rows) throw new Error("You can't freeze rows which contain only part of a merged cell.");
    if (m.left < columns && m.right > columns) throw new Error("You can't freeze columns which contain only part of a merged cell.");
  }
  sheet.frozenRows = rows;
  sheet.frozenColumns = columns;
}

/** A new grid size; cutting off anything stored is not modelled. */
function resize(sheet: FakeSheet, rows: number, columns: number): void {
  if (rows < 1 || columns < 1) throw new Error('A grid needs at least one row and one column.');
  const kept: Box = { sheet, top: 0, left: 0, bottom: rows, right: columns };
  const cut = sheet.rows.some((row, r) => row.some((cell, c) => (r >= rows || c >= columns) && Object.keys(cellData(cell)).length > 0));
  if (cut || sheet.merges.some((m) => !inside(boxOfA1(sheet, m), kept))) throw new Error('shrinking a grid below its data is not supported by the fake');
  sheet.rows = sheet.rows.slice(0, rows).map((row) => row.slice(0, columns));
  sheet.rowCount = rows;
  sheet.columnCount = columns;
}

/** The SheetProperties the fake models. */
const SHEET_FIELDS = [
  'sheetId', 'title', 'index', 'hidden', 'sheetType',
  'gridProperties.rowCount', 'gridProperties.columnCount', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount',
];
/** What the faces change on a sheet they have: its grid (grown to fit what they write) and frozen panes. */
const SHEET_UPDATE_FIELDS = ['sheetId', 'gridProperties.rowCount', 'gridProperties.columnCount', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'];

// ---------------------------------------------------------------- batchUpdate requests

// biome-ignore lint/suspicious/noConfusingVoidType: most handlers answer nothing, as the API's empty replies.
type Handler<K extends keyof Request> = (ss: FakeSpreadsheet, req: NonNullable<Request[K]>) => Response | void;

const HANDLERS: { [K in keyof Request]?: Handler<K> } = {
  addSheet(ss, req) {
    const p = req.properties ?? {};
    rejectUnsupported(p, SHEET_FIELDS);
    if (p.sheetType !== undefined && p.sheetType !== 'GRID') throw new Error(`sheetType ${p.sheetType} is not supported by the fake`);
    const title = checkTitle(ss, p.title, null);
    if (p.sheetId !== undefined && p.sheetId < 0) throw new Error(`Invalid sheetId ${p.sheetId}`);
    if (ss.sheets.some((s) => s.id === p.sheetId)) throw new Error(`A sheet with the id ${p.sheetId} already exists.`);
    const index = p.index ?? ss.sheets.length;
    if (index < 0 || index > ss.sheets.length) throw new Error(`Invalid sheet index ${index}`);
    const sheet = new FakeSheet(ss, title, p.sheetId ?? ss.newSheetId());
    const g = p.gridProperties ?? {};
    resize(sheet, g.rowCount ?? 1000, g.columnCount ?? 26);
    freeze(sheet, g.frozenRowCount ?? 0, g.frozenColumnCount ?? 0);
    sheet.hidden = p.hidden === true;
    ss.sheets.splice(index, 0, sheet);
    checkNotAllHidden(ss);
    return { addSheet: { properties: sheetProperties(sheet, index) } };
  },

  deleteSheet(ss, req) {
    const sheet = sheetById(ss, req.sheetId);
    if (ss.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    ss.sheets = ss.sheets.filter((s) => s !== sheet);
  },

  updateSheetProperties(ss, req) {
    if (!req.fields) throw new Error('At least one field must be specified.');
    const mask = parseMask(req.fields);
    checkMask(mask, 'SheetProperties');
    const p = req.properties ?? {};
    rejectUnsupported(p, SHEET_UPDATE_FIELDS, mask);
    const sheet = sheetById(ss, p.sheetId);
    const selected = (path: string) => select(mask, path.split('.')) !== undefined;
    const g = p.gridProperties ?? {};
    for (const f of ['title', 'index', 'hidden', 'sheetType']) if (selected(f)) throw new Error(`${f} is not supported by the fake`);
    // A field in the mask but not in the properties is reset, as with every field mask.
    resize(sheet, selected('gridProperties.rowCount') ? (g.rowCount ?? 0) : sheet.rowCount, selected('gridProperties.columnCount') ? (g.columnCount ?? 0) : sheet.columnCount);
    freeze(
      sheet,
      selected('gridProperties.frozenRowCount') ? (g.frozenRowCount ?? 0) : sheet.frozenRows,
      selected('gridProperties.frozenColumnCount') ? (g.frozenColumnCount ?? 0) : sheet.frozenColumns,
    );
  },

  updateCells(ss, req) {
    if ((req.range === undefined) === (req.start === undefined)) throw new Error('Exactly one of range and start must be set.');
    const rows = req.rows ?? [];
    const plan = writePlan(req.fields, rows);
    if (req.range) writeBox(boxOf(ss, req.range), rows, plan);
    else writeAt(sheetById(ss, req.start!.sheetId), req.start!.rowIndex ?? 0, req.start!.columnIndex ?? 0, rows, plan);
  },

  repeatCell(ss, req) {
    if (!req.range) throw new Error('A range is required.');
    const cell = req.cell ?? {};
    const plan = writePlan(req.fields, [{ values: [cell] }]);
    const b = boxOf(ss, req.range);
    for (let r = b.top; r < b.bottom; r++) for (let c = b.left; c < b.right; c++) writeCell(b.sheet, r, c, cell, plan);
  },

  mergeCells(ss, req) {
    const type = req.mergeType ?? 'MERGE_ALL';
    if (type !== 'MERGE_ALL') throw new Error(`mergeType ${type} is not supported by the fake`);
    const b = boxOf(ss, req.range ?? {});
    const { sheet } = b;
    if (b.bottom - b.top <= 1 && b.right - b.left <= 1) throw new Error('merging a single cell is not supported by the fake');
    if (sheet.merges.some((m) => overlaps(boxOfA1(sheet, m), b))) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    if (b.top < sheet.frozenRows && b.bottom > sheet.frozenRows) throw new Error("You can't merge frozen and non-frozen rows.");
    if (b.left < sheet.frozenColumns && b.right > sheet.frozenColumns) throw new Error("You can't merge frozen and non-frozen columns.");
    // Sheets keeps the top-left value and empties the others.
    storedCells(b, (cell, r, c) => {
      if (r > b.top || c > b.left) writeValue(cell, undefined);
    });
    sheet.merges.push(a1Of(b));
  },

  unmergeCells(ss, req) {
    const b = boxOf(ss, req.range ?? {});
    const { sheet } = b;
    const merges = sheet.merges.map((m) => ({ m, box: boxOfA1(sheet, m) }));
    if (merges.some(({ box }) => overlaps(box, b) && !inside(box, b))) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    sheet.merges = merges.filter(({ box }) => !inside(box, b)).map(({ m }) => m);
  },

  updateDimensionProperties(ss, req) {
    if (!req.range) throw new Error('A range must be set.');
    if (!req.fields) throw new Error('At least one field must be specified.');
    const mask = parseMask(req.fields);
    checkMask(mask, 'DimensionProperties');
    rejectUnsupported(req.properties ?? {}, ['pixelSize', 'hiddenByUser'], mask);
    const { dimension, sheetId } = req.range;
    if (dimension !== 'ROWS' && dimension !== 'COLUMNS') throw new Error('The range needs a dimension, ROWS or COLUMNS.');
    const sheet = sheetById(ss, sheetId);
    const rows = dimension === 'ROWS';
    const start = req.range.startIndex ?? 0;
    const end = req.range.endIndex ?? (rows ? sheet.rowCount : sheet.columnCount);
    if (start < 0 || end < start) throw new Error(`Invalid range: ${JSON.stringify(req.range)}`);
    checkInGrid(rows ? { sheet, top: start, bottom: end, left: 0, right: sheet.columnCount } : { sheet, top: 0, bottom: sheet.rowCount, left: start, right: end });
    if (select(mask, ['hiddenByUser']) !== undefined && !rows) {
      for (let i = start; i < end; i++) (req.properties?.hiddenByUser ? sheet.hiddenColumns.add(i + 1) : sheet.hiddenColumns.delete(i + 1));
    }
    if (select(mask, ['pixelSize']) === undefined) return;
    const px = req.properties?.pixelSize;
    if (px !== undefined && px < 0) throw new Error(`pixelSize must not be negative, got ${px}`);
    const sizes = rows ? sheet.rowHeights : sheet.columnWidths;
    for (let i = start; i < end; i++) {
      if (px === undefined) sizes.delete(i + 1);
      else sizes.set(i + 1, px);
    }
  },

  setDataValidation(ss, req) {
    const b = boxOf(ss, req.range ?? {});
    const { rule } = req;
    if (!rule) {
      storedCells(b, (cell) => delete cell.validation);
      return;
    }
    // Checked once even when the range is empty: a bad rule is refused whatever it covers.
    toValidation(rule, 0, 0);
    for (let r = b.top; r < b.bottom; r++) {
      for (let c = b.left; c < b.right; c++) b.sheet.cellAt(r + 1, c + 1, true)!.validation = toValidation(rule, r - b.top, c - b.left);
    }
  },

  addConditionalFormatRule(ss, req) {
    const rule = req.rule ?? {};
    if (!rule.ranges?.length) throw new Error('A conditional format rule needs at least one range.');
    if (rule.gradientRule) throw new Error('gradientRule is not supported by the fake');
    if (!rule.booleanRule) throw new Error('A conditional format rule needs a booleanRule or a gradientRule.');
    rejectUnsupported(rule.booleanRule, ['condition', 'format.backgroundColor', 'format.textFormat.foregroundColor']);
    const type = rule.booleanRule.condition?.type;
    if (type !== 'CUSTOM_FORMULA') throw new Error(type ? `condition ${type} is not supported by the fake` : 'A boolean rule needs a condition.');
    const values = rule.booleanRule.condition!.values ?? [];
    const formula = values[0]?.userEnteredValue;
    if (values.length !== 1 || !formula?.startsWith('=')) throw new Error("CUSTOM_FORMULA needs exactly one value, a formula starting with '='.");
    const boxes = rule.ranges.map((r) => boxOf(ss, r));
    const { sheet } = boxes[0];
    if (boxes.some((b) => b.sheet !== sheet)) throw new Error('All ranges of a conditional format rule must be on one sheet.');
    const index = req.index ?? 0;
    if (index < 0 || index > sheet.conditionalRules.length) throw new Error(`Invalid index ${index}`);
    const format = rule.booleanRule.format ?? {};
    const background = format.backgroundColor ? fromColor(format.backgroundColor) : null;
    const fontColor = format.textFormat?.foregroundColor ? fromColor(format.textFormat.foregroundColor) : null;
    sheet.conditionalRules.splice(index, 0, new FakeConditionalFormatRule(formula, background, fontColor, boxes.map(a1Of)));
  },

  addProtectedRange(ss, req) {
    const pr = req.protectedRange ?? {};
    if (pr.editors && pr.warningOnly) throw new Error('A warning-only protected range cannot have editors.');
    rejectUnsupported(pr, ['range', 'description', 'warningOnly', 'unprotectedRanges', 'requestingUserCanEdit']);
    if (!pr.range) throw new Error('A protected range needs a range.');
    const b = boxOf(ss, pr.range);
    const whole = isWholeSheet(pr.range);
    const unprotected = (pr.unprotectedRanges ?? []).map((r) => boxOf(ss, r));
    if (unprotected.length > 0 && !whole) throw new Error('Unprotected ranges can only be set when the protected range is a whole sheet.');
    if (unprotected.some((u) => u.sheet !== b.sheet)) throw new Error('Unprotected ranges must be on the protected sheet.');
    const p = new FakeProtection(ss.newProtectionId());
    p.range = whole ? null : a1Of(b);
    p.description = pr.description ?? '';
    p.warningOnly = pr.warningOnly === true;
    p.unprotected = unprotected.map(a1Of);
    b.sheet.protections.push(p);
    return { addProtectedRange: { protectedRange: protectedRange(b.sheet, p) } };
  },

  deleteProtectedRange(ss, req) {
    const sheet = ss.sheets.find((s) => s.protections.some((p) => p.id === req.protectedRangeId));
    if (!sheet) throw new Error(`No protected range with id: ${req.protectedRangeId}`);
    sheet.protections = sheet.protections.filter((p) => p.id !== req.protectedRangeId);
  },
};

/** Everything a batchUpdate may change, to put back when a request fails: a batch applies whole or not at all. */
function snapshot(ss: FakeSpreadsheet): () => void {
  const sheets = ss.sheets.slice();
  const restores = sheets.map((s) => {
    const rows = s.rows.map((row) => row.map((cell) => ({ cell, saved: { ...cell } })));
    const { name, frozenRows, frozenColumns, hidden, rowCount, columnCount } = s;
    const lists = { merges: s.merges.slice(), protections: s.protections.slice(), conditionalRules: s.conditionalRules.slice() };
    const sizes = { columnWidths: new Map(s.columnWidths), rowHeights: new Map(s.rowHeights) };
    return () => {
      // The same Cell objects, so references a test holds stay live.
      s.rows = rows.map((row) =>
        row.map(({ cell, saved: before }) => {
          for (const k of Object.keys(cell)) delete (cell as Record<string, unknown>)[k];
          return Object.assign(cell, before);
        }),
      );
      Object.assign(s, { name, frozenRows, frozenColumns, hidden, rowCount, columnCount }, lists, sizes);
    };
  });
  return () => {
    ss.sheets = sheets;
    restores.forEach((restore) => { restore(); });
  };
}

function applyRequest(ss: FakeSpreadsheet, request: Request, i: number): Response {
  const kind = Object.keys(request)[0] as keyof Request;
  const handler = HANDLERS[kind] as Handler<typeof kind> | undefined;
  if (!handler) throw new Error(`Invalid requests[${i}]: ${kind} is not supported by the fake`);
  try {
    return handler(ss, request[kind]!) ?? {};
  } catch (e) {
    throw new Error(`Invalid requests[${i}].${kind}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------- the service

/** The real service hands over and takes JSON: no reference crosses between the caller and the model. */
const jsonCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function apiCall<T>(method: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new Error(`API call to sheets.spreadsheets.${method} failed with error: ${(e as Error).message}`);
  }
}

function checkSpreadsheetId(ss: FakeSpreadsheet, id: unknown): void {
  if (id !== ss.getId()) throw new Error('Requested entity was not found.');
}

type GetArgs = { fields?: string; includeGridData?: boolean; ranges?: string[] };

export class FakeSpreadsheets extends Fake {
  readonly kind = 'Sheets.Spreadsheets';
  constructor(readonly spreadsheet: FakeSpreadsheet) {
    super();
  }

  /** The Spreadsheet resource; with `fields` only what the mask names (includeGridData is then ignored, as documented). */
  get(spreadsheetId: string, optionalArgs: GetArgs = {}): Spreadsheet {
    return apiCall('get', () => {
      checkSpreadsheetId(this.spreadsheet, spreadsheetId);
      for (const k of Object.keys(optionalArgs)) if (!['fields', 'includeGridData', 'ranges'].includes(k)) throw new Error(`Unknown parameter: ${k}`);
      if (optionalArgs.ranges !== undefined) throw new Error('ranges are not supported by the fake');
      const { fields } = optionalArgs;
      if (fields === undefined) return jsonCopy(spreadsheetResource(this.spreadsheet, optionalArgs.includeGridData === true));
      const mask = parseMask(fields);
      checkMask(mask, 'Spreadsheet');
      return jsonCopy(applyMask(spreadsheetResource(this.spreadsheet, true) as Record<string, unknown>, mask) as Spreadsheet);
    });
  }

  /** Applies every request in order, or none: the first invalid one throws and the model is as before. */
  batchUpdate(resource: BatchUpdateSpreadsheetRequest, spreadsheetId: string): BatchUpdateSpreadsheetResponse {
    return apiCall('batchUpdate', () => {
      checkSpreadsheetId(this.spreadsheet, spreadsheetId);
      if (!isPlainObject(resource)) throw new Error('Invalid JSON payload received.');
      const body = jsonCopy<BatchUpdateSpreadsheetRequest>(resource);
      checkPayload(body, 'BatchUpdateSpreadsheetRequest', '');
      const requests = body.requests ?? [];
      if (requests.length === 0) throw new Error('Must specify at least one request.');
      requests.forEach((r, i) => {
        if (Object.keys(r).length === 0) throw new Error(`Invalid requests[${i}]: No request set.`);
      });
      // The faces read back nothing from a batch: the fake returns no spreadsheet with it.
      if (body.responseRanges?.length || body.includeSpreadsheetInResponse || body.responseIncludeGridData) throw new Error('a spreadsheet in the response is not supported by the fake');
      const restore = snapshot(this.spreadsheet);
      try {
        return jsonCopy<BatchUpdateSpreadsheetResponse>({ spreadsheetId, replies: requests.map((r, i) => applyRequest(this.spreadsheet, r, i)) });
      } catch (e) {
        restore();
        throw e;
      }
    });
  }
}

/** The `Sheets` global of an Apps Script project with the Google Sheets API advanced service on. */
export class FakeSheetsService extends Fake {
  readonly kind = 'Sheets';
  readonly Spreadsheets: FakeSpreadsheets;
  constructor(spreadsheet: FakeSpreadsheet) {
    super();
    this.Spreadsheets = new FakeSpreadsheets(spreadsheet);
  }
}
