// Forms and the demo summary as LibreOffice prints them: A4 on every page, each table's rows under that table's header.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { examplePlans } from '../examples/plans';

jest.setTimeout(240_000);
const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
const WORKBOOKS = path.join(__dirname, '..', 'examples', 'workbooks');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-print-'));
const lo = `-env:UserInstallation=file://${path.join(tmp, 'lo')}`;

function toPdf(dir: string, files: string[]): void {
  execFileSync('libreoffice', ['--headless', lo, '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 200_000 });
}

/** Size of every page, in points (pdfinfo). */
function pageSizes(pdf: string): Array<[number, number]> {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function pageText(pdf: string, page: number): string[] {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() !== '');
}

const isA4 = ([w, h]: [number, number]) => Math.abs(Math.max(w, h) - 841.9) < 2 && Math.abs(Math.min(w, h) - 595.3) < 2;
const TASK_ROW = /Thường xuyên|Hằng năm|Hàng năm|Tháng \d{1,2}\/\d{4}|Quý [IV]+|Năm \d{4}/;

describe.each(examplePlans.map((p) => p.id))('printed forms of %s', (id) => {
  const out = path.join(tmp, id);
  let pdfs: string[] = [];

  beforeAll(() => {
    const r = spawnSync(process.execPath, [BIN, 'forms', '--plan', path.join(WORKBOOKS, `${id}.xlsx`), '--out', out, '--period', '2026-H1'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    toPdf(path.join(out, 'pdf'), files.map((f) => path.join(out, f)));
    pdfs = readdirSync(path.join(out, 'pdf')).map((f) => path.join(out, 'pdf', f));
    expect(pdfs.length).toBe(files.length);
  });

  test('A4 landscape on every page, at 60 % or more', async () => {
    for (const pdf of pdfs) for (const [w, h] of pageSizes(pdf)) expect([path.basename(pdf), isA4([w, h]), w > h]).toEqual([path.basename(pdf), true, true]);
    for (const f of readdirSync(out).filter((x) => x.endsWith('.xlsx'))) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, f));
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(60);
    }
  });

  test('every task row is printed under the task header, every page with table rows starts with its header, no heading alone at a page foot', () => {
    let pages = 0;
    for (const pdf of pdfs) {
      const n = pageSizes(pdf).length;
      for (let p = 1; p <= n; p++) {
        pages++;
        const lines = pageText(pdf, p);
        let header: 'indicators' | 'tasks' | null = null;
        for (const line of lines) {
          if (/\bSTT\b/.test(line) && /Tên nhiệm vụ/.test(line)) header = 'tasks';
          else if (/\bSTT\b/.test(line) && /Chỉ tiêu/.test(line)) header = 'indicators';
          else if (/^\s*[A-C]\. /.test(line)) header = null;
          else if (TASK_ROW.test(line) && !/Hạn nộp|Kỳ báo cáo/.test(line)) expect([path.basename(pdf), p, line.trim().slice(0, 60), header]).toEqual([path.basename(pdf), p, line.trim().slice(0, 60), 'tasks']);
        }
        const last = lines[lines.length - 1] ?? '';
        expect([path.basename(pdf), p, /^\s*[A-C]\. [A-ZĐ ]+/.test(last)]).toEqual([path.basename(pdf), p, false]);
        if (p > 1) {
          // A page after the first opens with a table header, a heading, or the signatures.
          const top = lines.slice(0, 3).join(' ');
          expect([path.basename(pdf), p, /\bSTT\b|^\s*[A-C]\. |Người lập biểu|ngày …… tháng/.test(top)]).toEqual([path.basename(pdf), p, true]);
        }
      }
    }
    expect(pages).toBeGreaterThan(pdfs.length);
  });
});

test('the demo summary prints every sheet on A4 with its title and header on every page', () => {
  const dir = path.join(tmp, 'demo');
  const r = spawnSync(process.execPath, [BIN, 'demo', '--out', dir], { encoding: 'utf8', cwd: tmp });
  expect(r.status).toBe(0);
  const summary = path.join(dir, examplePlans[0].id, 'tong-hop.xlsx');
  toPdf(path.join(dir, 'pdf'), [summary]);
  const pdf = path.join(dir, 'pdf', 'tong-hop.pdf');
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBeGreaterThan(4);
  for (const s of sizes) expect(isA4(s)).toBe(true);
  const text = sizes.map((_, i) => pageText(pdf, i + 1).join('\n'));
  expect(text[0]).toMatch(/ỦY BAN NHÂN DÂN/);
  expect(text[0]).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  expect(text.join('\n')).toMatch(/Người lập biểu[\s\S]*Thủ trưởng đơn vị|Thủ trưởng đơn vị[\s\S]*Người lập biểu/);
  // Pages of the tables: each carries its sheet's header (repeated rows).
  for (const t of text.slice(1)) expect(/\bSTT\b|Mức độ|Đơn vị/.test(t)).toBe(true);
  // Rates print with the decimal comma (issue 13): a value such as 75,5 somewhere, never 75.5 in a value column.
  expect(text.join('\n')).toMatch(/\b\d{1,3},\d\b/);
});

test('a printed form shows its computed rate with a decimal comma (302 of 400: 75,5)', async () => {
  const dir = path.join(tmp, 'comma');
  const r = spawnSync(process.execPath, [BIN, 'forms', '--plan', path.join(WORKBOOKS, `${examplePlans[0].id}.xlsx`), '--out', dir, '--period', '2026-H1'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  let filled = '';
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx'))) {
    await wb.xlsx.readFile(path.join(dir, f));
    const ws = wb.worksheets[0];
    let cols: { n: number; d: number } | null = null;
    ws.eachRow((row, i) => {
      const values = (row.values as unknown[]).map((v) => String(v ?? ''));
      if (values.includes('Tử số')) cols = { n: values.indexOf('Tử số'), d: values.indexOf('Mẫu số') };
      else if (cols && !filled && ws.getCell(i, cols.n).protection?.locked === false) {
        ws.getCell(i, cols.n).value = 302;
        ws.getCell(i, cols.d).value = 400;
        filled = path.join(dir, `filled-${f}`);
      }
    });
    if (filled) break;
  }
  expect(filled).not.toBe('');
  await wb.xlsx.writeFile(filled);
  toPdf(path.join(dir, 'pdf'), [filled]);
  const pdf = path.join(dir, 'pdf', path.basename(filled).replace(/\.xlsx$/, '.pdf'));
  const text = pageSizes(pdf).map((_, i) => pageText(pdf, i + 1).join('\n')).join('\n');
  expect(text).toMatch(/\b75,5\b/);
  expect(text).not.toMatch(/\b75\.5\b/);
});
