// One table of sheet plans through the three renderers (ExcelJS file, Excel add-in on its fake, Sheets on its fake),
// each read back from what its host holds: the same values, locks, number formats, links, merges, widths, validation
// and conditional format. The meaning is resolved in the core; a renderer that decides anything itself shows here.
/// <reference types="google-apps-script" />
import ExcelJS from 'exceljs';
import type { CellPlan, SheetPlan } from '../shared/sheet-plan';
import { workbookBuffer } from '../cli/xlsx-write';
import { renderSheetPlan } from '../addin/render-sheet-plan';
import { WriteBudget } from '../addin/write-budget';
import { FakeWorkbook } from './addin/fake-excel';
import { ALL_CAPS } from './addin/scenario';
import { createFakes } from './apps-script/fakes';
import { Workbook as SheetsWorkbook } from '../apps-script/sheets-adapter';
import { a1, parseA1, parseRange } from '../shared/grid';

const TARGET = "Phòng 'Kinh' tế";
const MAIN = 'Bảng số liệu';
/** 30/6/2026 as UTC midnight and 1/1/2026 as midnight in Vietnam (17:00 UTC the day before): each is that day. */
const JUNE_30 = new Date(Date.UTC(2026, 5, 30));
const NEW_YEAR = new Date(Date.UTC(2026, 0, 1) - 7 * 3_600_000);

const rows: Array<Array<CellPlan | null>> = [
  [{ value: 'BẢNG THỬ', style: 'title' }],
  ['Chỉ tiêu', 'Giá trị', 'Tỷ lệ', 'Ngày', 'Đánh giá', 'Mở ô'].map((value): CellPlan => ({ value, style: 'header' })),
  [
    { value: 'Tỷ lệ hộ dùng mạng', style: 'readonly', untrusted: true },
    { value: 75.5, style: 'readonly' },
    { value: 0.655, numFmt: '0.0%', style: 'readonly' },
    { value: JUNE_30, style: 'readonly' },
    { value: null, style: 'input', locked: false },
    { value: 'F12', style: 'readonly', link: { sheet: TARGET, cell: 'F12' } },
  ],
  [
    { value: '=1+1', style: 'readonly', untrusted: true },
    { value: 1234.5, numFmt: '#,##0.0', style: 'readonly' },
    { value: null, formula: 'B4*2', style: 'readonly' },
    { value: NEW_YEAR, numFmt: 'dd/mm/yyyy', style: 'readonly' },
    // An input styled cell with no lock said: the core's one rule unlocks it.
    { value: 'Đạt', style: 'input' },
    { value: true },
  ],
  [{ value: '2.10', untrusted: true }, { value: 7, locked: false }, null, null, null, null],
];

const plans: SheetPlan[] = [
  { name: TARGET, cells: [[{ value: 'Đích' }]] },
  {
    name: MAIN,
    cells: rows,
    columnWidths: [30, 10, 9, 12, 14, 6],
    merges: ['A1:F1'],
    freeze: { rows: 2, columns: 0 },
    validations: [{ range: 'E3:E4', rule: { type: 'list', values: ['Đạt', 'Không đạt'] }, allowBlank: true }],
    conditionalFormats: [{ range: 'B3:B4', formula: 'B3<50', style: 'bad' }],
    protect: true,
    numberLocale: 'vi',
  },
];

const HEIGHT = rows.length;
const WIDTH = 6;

/** What a host holds, in one neutral form: values (a date as 'day:yyyy-mm-dd'), formats, locks, links… */
type Seen = {
  values: unknown[][];
  formats: Array<Array<string | null>>;
  formulas: Record<string, string>;
  locked: boolean[][];
  links: Record<string, { sheet: string; cell: string; text: string }>;
  merges: string[];
  widths: number[];
  lists: Record<string, string[]>;
  conditional: Array<{ range: string; formula: string; fill: string }>;
};

const grid = <T>(f: (r: number, c: number) => T): T[][] => Array.from({ length: HEIGHT }, (_, r) => Array.from({ length: WIDTH }, (_, c) => f(r, c)));
/** A date cell holds a whole day: a serial with a fraction (a time of day) shows as itself, and fails the comparison. */
const isoDay = (serial: number) => (Number.isInteger(serial) ? new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10) : `serial ${serial}`);
/** A sheet reference as Excel writes one ("'It''s'!$F$12"), to its parts. */
function refParts(ref: string): { sheet: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"), cell: ref.slice(bang + 1).replace(/\$/g, '') };
}
const areas = (list: string[]) => list.map((x) => x.replace(/\$/g, '')).sort();

async function viaFile(): Promise<Seen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(plans)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(MAIN)!;
  const seen: Seen = { values: [], formats: [], formulas: {}, locked: [], links: {}, merges: areas(ws.model.merges), widths: [], lists: {}, conditional: [] };
  seen.values = grid((r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    // ExcelJS reports a merged area's master value in every cell of it; the file holds it once.
    if (cell.isMerged && cell.master.address !== cell.address) return null;
    const v = cell.value as unknown;
    if (v instanceof Date) return `day:${v.toISOString().endsWith('T00:00:00.000Z') ? v.toISOString().slice(0, 10) : v.toISOString()}`;
    if (v && typeof v === 'object' && 'formula' in v) {
      seen.formulas[a1(r, c)] = (v as { formula: string }).formula;
      return null;
    }
    if (v && typeof v === 'object' && 'hyperlink' in v) {
      const { text, hyperlink } = v as { text: string; hyperlink: string };
      seen.links[a1(r, c)] = { ...refParts(hyperlink.replace(/^#/, '')), text };
      return text;
    }
    return v ?? null;
  });
  seen.formats = grid((r, c) => ws.getCell(r + 1, c + 1).numFmt ?? null);
  seen.locked = grid((r, c) => ws.getCell(r + 1, c + 1).protection?.locked !== false);
  seen.widths = Array.from({ length: WIDTH }, (_, i) => ws.getColumn(i + 1).width ?? 0);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
  for (const [addr, v] of Object.entries(dv)) if (v.type === 'list') seen.lists[addr] = v.formulae[0].replace(/^"|"$/g, '').split(',');
  const cfs = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[]; style: { fill: { bgColor: { argb: string } } } }> }> }).conditionalFormattings;
  for (const cf of cfs) for (const rule of cf.rules) seen.conditional.push({ range: cf.ref, formula: rule.formulae[0], fill: rule.style.fill.bgColor.argb.slice(2) });
  expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  return seen;
}

async function viaAddin(): Promise<Seen> {
  const book = new FakeWorkbook();
  await book.run(async (context) => {
    const budget = new WriteBudget(context);
    for (const plan of plans) await renderSheetPlan(context.workbook.worksheets.add(plan.name), plan, budget, ALL_CAPS);
  });
  const s = book.sheet(MAIN)!;
  const seen: Seen = { values: [], formats: [], formulas: {}, locked: [], links: {}, merges: [], widths: [], lists: {}, conditional: [] };
  seen.values = grid((r, c) => {
    const cell = s.peek(r, c);
    if (!cell) return null;
    if (cell.formula !== null) {
      seen.formulas[a1(r, c)] = cell.formula.replace(/^=/, '');
      return null;
    }
    if (cell.hyperlink) seen.links[a1(r, c)] = { ...refParts(cell.hyperlink.documentReference ?? ''), text: cell.hyperlink.textToDisplay ?? '' };
    if (cell.value === '') return null;
    // Excel keeps a date as its serial; the cell's date format says it is one.
    if (typeof cell.value === 'number' && /d.*m.*y/i.test(cell.numberFormat)) return `day:${isoDay(cell.value)}`;
    return cell.value;
  });
  seen.formats = grid((r, c) => s.peek(r, c)?.numberFormat ?? 'General');
  seen.locked = grid((r, c) => s.peek(r, c)?.look.locked ?? true);
  seen.merges = areas(s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`));
  // The API takes points (¾ of a pixel); a pixel width is 7 a character and 5 of padding.
  seen.widths = Array.from({ length: WIDTH }, (_, i) => ((s.columnWidths.get(i) ?? 0) / 0.75 - 5) / 7);
  for (const [key, cell] of s.cells) {
    const [r, c] = key.split(',').map(Number);
    const list = cell.validation?.rule?.list;
    if (list) seen.lists[a1(r, c)] = String(list.source).split(',');
  }
  seen.lists = collapse(seen.lists);
  for (const cf of s.conditionalFormats) seen.conditional.push({ range: `${a1(cf.range.top, cf.range.left)}:${a1(cf.range.bottom, cf.range.right)}`, formula: (cf.formula ?? '').replace(/^=/, ''), fill: (cf.fill ?? '').replace('#', '') });
  expect(s.protection.protected).toBe(true);
  return seen;
}

async function viaSheets(): Promise<Seen> {
  const fakes = createFakes({ htmlDir: '.' });
  const g = globalThis as Record<string, unknown>;
  g.SpreadsheetApp = fakes.globals.SpreadsheetApp;
  g.Sheets = fakes.globals.Sheets;
  try {
    const wb = SheetsWorkbook.open();
    for (const plan of plans) wb.addForm(plan);
    wb.commit();
  } finally {
    delete g.SpreadsheetApp;
    delete g.Sheets;
  }
  const s = fakes.spreadsheet.sheet(MAIN);
  const ids = new Map(fakes.spreadsheet.sheets.map((x) => [String(x.id), x.name]));
  const seen: Seen = { values: [], formats: [], formulas: {}, locked: [], links: {}, merges: areas(s.merges), widths: [], lists: {}, conditional: [] };
  seen.values = grid((r, c) => {
    const cell = s.cellAt(r + 1, c + 1, false);
    if (!cell) return null;
    const link = cell.formula ? /^=HYPERLINK\("#gid=(\d+)&range=([A-Z]+\d+)","((?:[^"]|"")*)"\)$/.exec(cell.formula) : null;
    if (link) {
      seen.links[a1(r, c)] = { sheet: ids.get(link[1]) ?? '?', cell: link[2], text: link[3].replace(/""/g, '"') };
      return link[3];
    }
    if (cell.formula) {
      seen.formulas[a1(r, c)] = cell.formula.replace(/^=/, '');
      return null;
    }
    // The serial as the API was sent it (the model keeps a Date, as SpreadsheetApp reads it).
    if (cell.value instanceof Date) return `day:${isoDay((cell.input as { numberValue: number }).numberValue)}`;
    return cell.value === '' ? null : cell.value;
  });
  seen.formats = grid((r, c) => s.cellAt(r + 1, c + 1, false)?.numFmt ?? null);
  const protection = s.protections[0];
  const open = (protection?.unprotected ?? []).map((x) => parseRange(x)!);
  seen.locked = grid((r, c) => !open.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right));
  seen.widths = Array.from({ length: WIDTH }, (_, i) => ((s.columnWidths.get(i + 1) ?? 0) - 5) / 7);
  for (const [r, row] of s.rows.entries()) {
    for (const [c, cell] of row.entries()) if (cell.validation?.criteria === 'VALUE_IN_LIST') seen.lists[a1(r, c)] = (cell.validation.args[0] as string[]).slice();
  }
  seen.lists = collapse(seen.lists);
  for (const rule of s.conditionalRules) for (const range of rule.ranges) seen.conditional.push({ range, formula: rule.formula.replace(/^=/, ''), fill: (rule.background ?? '').replace('#', '').toUpperCase() });
  expect(protection).toBeDefined();
  return seen;
}

/** Per-cell validations (ExcelJS reads them so) as one list for the cells that share it. */
function collapse(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.keys(lists).sort().map((k) => [k, lists[k]]));
}

/** A format as the three hosts can say it: Sheets has no locale tag and no General pattern (its automatic format). */
function comparable(f: string | null): string {
  const plain = (f ?? 'General').replace(/^\[\$-42A\]/, '');
  return plain === '' ? 'General' : plain;
}

/** Cells whose number format means something to every host (text cells: the add-in marks each '@' so Excel never parses it). */
function numericFormats(seen: Seen): Array<string | null> {
  return seen.formats.flatMap((row, r) => row.filter((_, c) => typeof seen.values[r][c] === 'number' || String(seen.values[r][c]).startsWith('day:') || seen.formulas[a1(r, c)]).map(comparable));
}

let file: Seen;
let addin: Seen;
let sheets: Seen;
beforeAll(async () => {
  [file, addin, sheets] = [await viaFile(), await viaAddin(), await viaSheets()];
});

test('the same values: text as written (office text inert), numbers, dates as the same Vietnamese day', () => {
  const expected = [
    ['BẢNG THỬ', null, null, null, null, null],
    ['Chỉ tiêu', 'Giá trị', 'Tỷ lệ', 'Ngày', 'Đánh giá', 'Mở ô'],
    ['Tỷ lệ hộ dùng mạng', 75.5, 0.655, 'day:2026-06-30', null, 'F12'],
    ['=1+1', 1234.5, null, 'day:2026-01-01', 'Đạt', true],
    ['2.10', 7, null, null, null, null],
  ];
  expect(file.values).toEqual(expected);
  expect(addin.values).toEqual(expected);
  expect(sheets.values).toEqual(expected);
  for (const seen of [file, addin, sheets]) expect(seen.formulas).toEqual({ C4: 'B4*2' });
});

test('the same locks: the input cells and the cell the plan unlocks, nothing else', () => {
  const unlocked = ['E3', 'E4', 'B5'];
  const expected = grid((r, c) => !unlocked.includes(a1(r, c)));
  expect(file.locked).toEqual(expected);
  expect(addin.locked).toEqual(expected);
  expect(sheets.locked).toEqual(expected);
});

test('the same number formats: percent, dates dd/mm/yyyy, the Vietnamese decimal comma where the format can say it', () => {
  const expected = ['General', '0.0%', 'dd/mm/yyyy', '#,##0.0', 'General', 'dd/mm/yyyy', 'General'];
  expect(numericFormats(file)).toEqual(expected);
  expect(numericFormats(addin)).toEqual(expected);
  expect(numericFormats(sheets)).toEqual(expected);
  // Excel's formats carry the Vietnamese locale tag on General numbers (75,5); Sheets takes it from the spreadsheet's locale.
  for (const seen of [file, addin]) expect([seen.formats[2][1], seen.formats[3][2]]).toEqual(['[$-42A]General', '[$-42A]General']);
  // Office text that reads as a formula stays text if someone re-enters it.
  for (const seen of [file, addin]) expect(seen.formats[3][0]).toBe('@');
});

test('the same link within the workbook: the sheet by its name (apostrophes and all) and the cell', () => {
  const expected = { F3: { sheet: TARGET, cell: 'F12', text: 'F12' } };
  expect(file.links).toEqual(expected);
  expect(addin.links).toEqual(expected);
  expect(sheets.links).toEqual(expected);
});

test('the same merges, widths, validation and conditional format', () => {
  for (const [host, seen] of Object.entries({ file, addin, sheets })) {
    expect([host, seen.merges]).toEqual([host, ['A1:F1']]);
    expect([host, seen.widths.map((w) => Math.round(w * 10) / 10)]).toEqual([host, [30, 10, 9, 12, 14, 6]]);
    expect(seen.conditional).toEqual([{ range: 'B3:B4', formula: 'B3<50', fill: 'FFC7CE' }]);
  }
  const lists = { E3: ['Đạt', 'Không đạt'], E4: ['Đạt', 'Không đạt'] };
  expect(file.lists).toEqual(lists);
  expect(addin.lists).toEqual(lists);
  expect(sheets.lists).toEqual(lists);
  expect(parseA1('F3')).not.toBeNull();
});
