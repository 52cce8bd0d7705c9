import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Grid } from '../shared/grid';
import { readWorkbookBuffer, readWorkbookGrids } from './xlsx-read';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nq57-xlsx-read-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function writeXlsx(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function readOk(path: string): Promise<Grid[]> {
  const r = await readWorkbookGrids(path);
  if (!r.ok) throw new Error(`expected ok, got ${r.failure.reason}: ${r.failure.detail}`);
  for (const g of r.grids) Grid.parse(g);
  return r.grids;
}

describe('readWorkbookGrids on real files', () => {
  let report: string;
  beforeAll(async () => {
    report = await writeXlsx('report.xlsx', (wb) => {
      const ws = wb.addWorksheet('Báo cáo');
      ws.getCell('A1').value = 'Đơn vị báo cáo:';
      ws.getCell('B1').value = 'Phòng Kinh tế';
      ws.getCell('A2').value = 42;
      ws.getCell('B2').value = 0.75;
      ws.getCell('B2').numFmt = '0%';
      ws.getCell('C2').value = new Date(Date.UTC(2026, 5, 30));
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
      ws.getCell('D2').value = true;
      ws.getCell('A3').value = { richText: [{ text: 'Kết quả ' }, { font: { bold: true }, text: 'đạt được' }] };
      ws.getCell('B3').value = { formula: 'A2*2', result: 84 } as ExcelJS.CellValue;
      ws.getCell('C3').value = { formula: 'A2*3' } as ExcelJS.CellValue;
      ws.getCell('D3').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue;
      ws.getCell('E3').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
      ws.getCell('F3').value = { text: 'xem', hyperlink: 'https://example.org' };
      ws.getCell('A5').value = { formula: 'ROW()', result: 5, shareType: 'shared', ref: 'A5:A7' } as ExcelJS.CellValue;
      ws.getCell('A6').value = { sharedFormula: 'A5', result: 6 } as ExcelJS.CellValue;
      ws.getCell('A7').value = { sharedFormula: 'A5' } as ExcelJS.CellValue;
      ws.getCell('B5').value = 'Chỉ tiêu';
      ws.mergeCells('B5:D6');
      ws.getCell('F9').numFmt = '0%'; // styled but empty: not part of the used size
      const meta = wb.addWorksheet('_meta', { state: 'veryHidden' });
      meta.getCell('A1').value = 'form-version';
      meta.getCell('B1').value = 1;
    });
  });

  test('values, formats and merges', async () => {
    const grids = await readOk(report);
    expect(grids.map((g) => g.name)).toEqual(['Báo cáo', '_meta']);
    const g = grids[0];
    expect(g.file).toBe(report);
    // Used size: up to row 7 (shared formulas) and column F (hyperlink).
    expect(g.values).toHaveLength(7);
    for (const row of g.values) expect(row).toHaveLength(6);
    expect(g.formats).toHaveLength(7);
    expect(g.values[0].slice(0, 2)).toEqual(['Đơn vị báo cáo:', 'Phòng Kinh tế']);
    expect(g.values[1][0]).toBe(42);
    expect(g.values[1][1]).toBe(0.75);
    expect(g.formats![1][1]).toBe('0%');
    expect(g.values[1][2]).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(g.formats![1][2]).toBe('dd/mm/yyyy');
    expect(g.values[1][3]).toBe(true);
    expect(g.values[2]).toEqual(['Kết quả đạt được', 84, null, '#N/A', '#DIV/0!', 'xem']);
    expect(g.values.slice(4).map((r) => r[0])).toEqual([5, 6, null]);
    // Merged B5:D6: the value in the master only.
    expect(g.merges).toEqual(['B5:D6']);
    expect(g.values[4].slice(1, 4)).toEqual(['Chỉ tiêu', null, null]);
    expect(g.values[5].slice(1, 4)).toEqual([null, null, null]);
    expect(g.formats![0][0]).toBeNull();
  });

  test('hidden sheets are read too', async () => {
    const grids = await readOk(report);
    expect(grids[1]).toMatchObject({ name: '_meta', values: [['form-version', 1]] });
  });

  test('the file is left byte-identical', async () => {
    const before = sha256(report);
    const { mtimeMs } = require('node:fs').statSync(report) as { mtimeMs: number };
    await readOk(report);
    await readOk(report);
    expect(sha256(report)).toBe(before);
    expect((require('node:fs').statSync(report) as { mtimeMs: number }).mtimeMs).toBe(mtimeMs);
  });

  test('a sheet whose only cells are merged or styled', async () => {
    const path = await writeXlsx('one-empty.xlsx', (wb) => {
      wb.addWorksheet('Trống').getCell('C3').numFmt = '0%';
      const ws = wb.addWorksheet('Có số');
      ws.getCell('A1').value = 'x';
    });
    const grids = await readOk(path);
    expect(grids[0]).toMatchObject({ name: 'Trống', values: [], formats: [] });
    expect(grids[1].values).toEqual([['x']]);
  });
});

describe('failures are reported, never thrown', () => {
  test('missing file → not_found', async () => {
    const r = await readWorkbookGrids(join(dir, 'nope.xlsx'));
    expect(r).toEqual({ ok: false, failure: { reason: 'not_found', detail: expect.stringContaining('nope.xlsx') } });
  });

  test('zero-byte file → empty', async () => {
    const path = join(dir, 'zero.xlsx');
    writeFileSync(path, Buffer.alloc(0));
    const r = await readWorkbookGrids(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('empty');
  });

  test('workbook with one empty sheet → empty', async () => {
    const path = await writeXlsx('blank.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
    });
    const r = await readWorkbookGrids(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('empty');
  });

  test('text file renamed .xlsx → not_a_workbook', async () => {
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, 'STT,Chỉ tiêu\n1,Tỷ lệ\n');
    const r = await readWorkbookGrids(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('not_a_workbook');
  });

  test('PDF → not_a_workbook', async () => {
    const r = await readWorkbookBuffer(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'a.pdf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('not_a_workbook');
  });

  test('a zip that is not a workbook → not_a_workbook', async () => {
    const zip = await writeXlsx('tmp.xlsx', (wb) => wb.addWorksheet('x').getCell('A1').value = 1);
    // A truncated .xlsx is still a zip by its signature, but not a loadable one.
    const r = await readWorkbookBuffer(readFileSync(zip).subarray(0, 400), 'cut.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('not_a_workbook');
  });

  test('OLE compound file (encrypted .xlsx or old .xls) → encrypted', async () => {
    const path = join(dir, 'locked.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]));
    const r = await readWorkbookGrids(path);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.reason).toBe('encrypted');
      expect(r.failure.detail).toContain('encrypted or old .xls');
    }
  });

  test('a directory → not_a_workbook', async () => {
    const r = await readWorkbookGrids(dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe('not_a_workbook');
  });

  test('property: random bytes never make it throw', async () => {
    const path = join(dir, 'random.xlsx');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        writeFileSync(path, bytes);
        const r = await readWorkbookGrids(path);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  test('property: corrupted real workbooks never make it throw', async () => {
    const good = readFileSync(
      await writeXlsx('good.xlsx', (wb) => {
        const ws = wb.addWorksheet('S');
        for (let r = 1; r <= 20; r++) ws.addRow([r, `dòng ${r}`, r / 100]);
        ws.mergeCells('D1:E2');
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat({ max: good.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Buffer.from(good.subarray(0, cut ?? good.length));
          for (const [at, b] of flips) if (at < bytes.length) bytes[at] = b;
          const r = await readWorkbookBuffer(bytes, 'corrupt.xlsx');
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) for (const g of r.grids) Grid.parse(g);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('the reader does without ExcelJS', () => {
  test('neither importing the module nor reading loads exceljs', async () => {
    let loaded = 0;
    let mod: typeof import('./xlsx-read') | undefined;
    jest.isolateModules(() => {
      jest.doMock('exceljs', () => {
        loaded++;
        return jest.requireActual('exceljs');
      });
      mod = require('./xlsx-read') as typeof import('./xlsx-read');
    });
    expect(loaded).toBe(0);
    const r = await mod!.readWorkbookBuffer(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x.xlsx');
    expect(r.ok).toBe(false);
    expect(loaded).toBe(0);
    jest.dontMock('exceljs');
  });
});
