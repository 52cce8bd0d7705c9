// The hostile corpus (generated here, no binary fixtures) read from real files: each bounded, each an answer
// (grids or a read failure with a reason), each file byte-identical afterwards.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fsSync from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileCorpus, numberCell, REPORT_ROWS, sheetXml, workbookBytes, type HostileFile } from '../../bench/hostile-corpus';
import { readWorkbookBuffer, readWorkbookGrids } from '../../cli/xlsx-read';
import { DEFAULT_LIMITS } from '../../cli/xlsx/read-xlsx';
import { fillMerges, type Grid } from '../../shared/grid';

let dir: string;
let corpus: HostileFile[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nq57-hostile-'));
  corpus = hostileCorpus();
  for (const f of corpus) writeFileSync(join(dir, f.name), f.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Distinct row arrays a grid holds: what its memory follows (blank rows share one). */
const distinctRows = (g: Grid) => new Set(g.values).size;

/** Which bound answers each refused file; the others are damaged or not workbooks at all (not_a_workbook). */
const REFUSED_AS: Record<string, string> = {
  'zip-bomb.xlsx': 'too_large',
  'zip-bomb-text.xlsx': 'too_large',
  'millions-of-cells.xlsx': 'too_large',
  'deep-xml.xlsx': 'too_large',
};

describe('every hostile workbook is read within bounds, answered, and left unchanged', () => {
  test.each([
    'whole-sheet-validation.xlsx',
    'whole-sheet-conditional-format.xlsx',
    'declared-million-rows.xlsx',
    'value-at-XFD1048576.xlsx',
    'merge-whole-sheet.xlsx',
    'merge-whole-sheet-far-value.xlsx',
    'shared-strings-30mb.xlsx',
    'xml-entities.xlsx',
    'xml-external-entity.xlsx',
    'deep-xml.xlsx',
    'zip-bomb.xlsx',
    'zip-bomb-text.xlsx',
    'millions-of-cells.xlsx',
    'truncated.xlsx',
    'truncated-tail.xlsx',
    'wrong-type-pdf.xlsx',
    'wrong-type-png.xlsx',
    'wrong-type-csv.xlsx',
    'wrong-type-docx.xlsx',
    'wrong-type-zip-of-xml.xlsx',
    'malformed-sheet-xml.xlsx',
  ])('%s', async (name) => {
    const f = corpus.find((c) => c.name === name)!;
    const file = join(dir, name);
    const before = sha(file);
    const r = await readWorkbookGrids(file);
    expect(sha(file)).toBe(before);
    if (f.expect === 'read') {
      if (!r.ok) throw new Error(`${name}: ${r.failure.reason} ${r.failure.detail}`);
      const report = r.grids[0];
      expect(report.values[0].slice(0, 2)).toEqual(['Đơn vị báo cáo:', 'Đơn vị lạ']);
      // Memory follows the cells that hold something: at most one row array per row with a value, plus the shared blank.
      expect(distinctRows(report)).toBeLessThanOrEqual(4);
      const filled = fillMerges(report);
      expect(new Set(filled).size).toBeLessThanOrEqual(4);
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.failure.reason).toBe(REFUSED_AS[name] ?? 'not_a_workbook');
    }
  });

  test('a value at XFD1048576: the grid reaches it, rows above share one blank row', async () => {
    const r = await readWorkbookGrids(join(dir, 'value-at-XFD1048576.xlsx'));
    if (!r.ok) throw new Error(r.failure.detail);
    const g = r.grids[0];
    expect(g.values).toHaveLength(1_048_576);
    expect(g.values[1_048_575][16_383]).toBe(1);
    expect(g.values[0][0]).toBe('Đơn vị báo cáo:');
    expect(distinctRows(g)).toBe(4);
  });

  test('a merge over the whole sheet fills only rows that exist', async () => {
    const r = await readWorkbookGrids(join(dir, 'merge-whole-sheet.xlsx'));
    if (!r.ok) throw new Error(r.failure.detail);
    expect(r.grids[0].merges).toEqual(['A1:XFD1048576']);
    const filled = fillMerges(r.grids[0]);
    expect(filled).toHaveLength(2);
    expect(filled[1]).toEqual(['Đơn vị báo cáo:', 'Đơn vị báo cáo:']);
  });
});

describe('only regular files are read', () => {
  test('a FIFO named .xlsx is refused at once (it would block forever)', async () => {
    const fifo = join(dir, 'fifo.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await readWorkbookGrids(fifo);
    expect(r).toMatchObject({ ok: false, failure: { reason: 'not_a_workbook' } });
  });

  test('a symlink to /dev/zero named .xlsx is refused (it would grow without bound)', async () => {
    const link = join(dir, 'zero.xlsx');
    symlinkSync('/dev/zero', link);
    const r = await readWorkbookGrids(link);
    expect(r).toMatchObject({ ok: false, failure: { reason: 'not_a_workbook' } });
  });

  test('a directory named .xlsx is refused', async () => {
    const d = join(dir, 'folder.xlsx');
    mkdirSync(d);
    expect(await readWorkbookGrids(d)).toMatchObject({ ok: false, failure: { reason: 'not_a_workbook' } });
  });

  test('a file past the size limit is refused without reading it', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024);
    expect(await readWorkbookGrids(big)).toMatchObject({ ok: false, failure: { reason: 'too_large' } });
  });

  test('permission denied is said as such, not as "not found"', async () => {
    // Tests run as root here, where chmod 000 does not stop a read: the refusal the kernel gives is simulated.
    const spy = jest.spyOn(fsSync.promises, 'open').mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    try {
      expect(await readWorkbookGrids(join(dir, 'whole-sheet-validation.xlsx'))).toMatchObject({ ok: false, failure: { reason: 'permission_denied' } });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('bounds by count', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, r) => `<row r="${r + 3}">${numberCell(`A${r + 3}`, r)}${numberCell(`B${r + 3}`, r)}</row>`).join('');
  test('cells past the bound → too_large; within it → read', async () => {
    const bytes = workbookBytes([{ name: 'S', xml: sheetXml(REPORT_ROWS + rows(1000)) }]);
    expect(await readWorkbookBuffer(bytes, 'x.xlsx', { ...DEFAULT_LIMITS, cells: 1500 })).toMatchObject({ ok: false, failure: { reason: 'too_large' } });
    expect((await readWorkbookBuffer(bytes, 'x.xlsx', { ...DEFAULT_LIMITS, cells: 2100 })).ok).toBe(true);
  });
  test('merged areas past the bound → too_large', async () => {
    const merges = Array.from({ length: 50 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`).join('');
    const bytes = workbookBytes([{ name: 'S', xml: sheetXml(REPORT_ROWS, { after: `<mergeCells>${merges}</mergeCells>` }) }]);
    expect(await readWorkbookBuffer(bytes, 'x.xlsx', { ...DEFAULT_LIMITS, merges: 10 })).toMatchObject({ ok: false, failure: { reason: 'too_large' } });
  });
});

describe('what the core needs, read from the XML as Excel and LibreOffice write it', () => {
  test('shared, rich and inline strings; escapes; phonetic runs left out; booleans, errors, cached results, ISO dates', async () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Chỉ tiêu</t></si><si><r><t>Kết quả </t></r><r><rPr><b/></rPr><t>đạt được</t></r><rPh><t>ふりがな</t></rPh></si><si><t>a_x000D_b_x005F_x0041_</t></si></sst>`;
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>99</v></c></row>` +
        `<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#REF!</v></c><c r="C2" t="str"><f>A1&amp;"x"</f><v>Chỉ tiêux</v></c><c r="D2"><f>1/0</f></c><c r="E2" t="d"><v>2026-06-30T00:00:00Z</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>inline _x0009_tab</t></is></c><c r="B3" s="1"><v>0.655</v></c><c r="C3" s="2"><v>46203</v></c></row>`,
    );
    const r = await readWorkbookBuffer(workbookBytes([{ name: 'S', xml }], { sharedStrings: sst }), 'x.xlsx');
    if (!r.ok) throw new Error(r.failure.detail);
    const g = r.grids[0];
    expect(g.values[0]).toEqual(['Chỉ tiêu', 'Kết quả đạt được', 'a\rb_x0041_', null, null]);
    expect(g.values[1]).toEqual([true, '#REF!', 'Chỉ tiêux', null, new Date(Date.UTC(2026, 5, 30))]);
    expect(g.values[2].slice(0, 3)).toEqual(['inline \ttab', 0.655, new Date(Date.UTC(2026, 5, 30))]);
    expect(g.formats![2].slice(1, 3)).toEqual(['0%', 'dd/mm/yyyy']);
  });

  test('the 1904 date system', async () => {
    const xml = sheetXml(`<row r="1"><c r="A1" s="2"><v>44741</v></c></row>`);
    const r = await readWorkbookBuffer(workbookBytes([{ name: 'S', xml }], { date1904: true }), 'x.xlsx');
    if (!r.ok) throw new Error(r.failure.detail);
    expect(r.grids[0].values[0][0]).toEqual(new Date(Date.UTC(2026, 5, 30)));
  });

  test('cells and rows without r attributes follow their neighbours', async () => {
    const xml = sheetXml(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`);
    const r = await readWorkbookBuffer(workbookBytes([{ name: 'S', xml }]), 'x.xlsx');
    if (!r.ok) throw new Error(r.failure.detail);
    expect(r.grids[0].values).toEqual([
      [1, 2, null, null],
      [null, null, 3, 4],
    ]);
  });
});
