// Guided forms as real files: `nq57 forms` on the example plans, read back with ExcelJS, rendered by LibreOffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { examplePlans } from '../examples/plans';

const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
const WORKBOOKS = path.join(__dirname, '..', 'examples', 'workbooks');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-forms-'));

type Model = { dataValidations?: { model: Record<string, { type: string; prompt?: string; error?: string; showInputMessage?: boolean; showErrorMessage?: boolean }> } };

describe.each(examplePlans.map((p) => p.id))('forms of %s', (id) => {
  const out = path.join(tmp, id);
  let files: string[] = [];

  beforeAll(() => {
    const r = spawnSync(process.execPath, [BIN, 'forms', '--plan', path.join(WORKBOOKS, `${id}.xlsx`), '--out', out, '--period', '2026-H1'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
  });

  test('one form per office that leads something', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  test('every input cell carries a validation (with prompt and error alert) or is free text, is unlocked; feedback formats; protection; print setup', async () => {
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, f));
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      const meta = wb.getWorksheet('_nq57')!;
      expect(meta.state).toBe('hidden');
      expect(meta.getCell('A1').value).toBe('planId');
      const validations = (ws as unknown as Model).dataValidations!.model;
      let headers: string[] = [];
      let inputs = 0;
      ws.eachRow((row) => {
        const first = row.getCell(1).value;
        if (first === 'STT') headers = (row.values as unknown[]).slice(1).map((v) => String(v ?? ''));
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          const fill = cell.style.fill as { fgColor?: { argb?: string } } | undefined;
          if (fill?.fgColor?.argb !== 'FFFFF2CC') return;
          inputs++;
          expect(cell.protection?.locked).toBe(false);
          const header = headers[col - 1];
          const v = validations[cell.address];
          if (['Ghi chú', 'Kết quả đạt được', 'Khó khăn, vướng mắc', 'Đề xuất'].includes(header) && !v) return;
          expect(v).toBeDefined();
          expect(v.showInputMessage).toBe(true);
          expect(v.prompt).toBeTruthy();
          expect(v.showErrorMessage).toBe(true);
          expect(v.error).toBeTruthy();
        });
      });
      expect(inputs).toBeGreaterThan(0);
      const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae: string[] }> }> }).conditionalFormattings;
      expect(cf.length).toBeGreaterThan(0);
      expect(cf.every((c) => c.rules.every((r) => r.type === 'expression' && r.formulae[0].length > 0))).toBe(true);
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection).not.toHaveProperty('hashValue');
      // A fixed scale, not fit-to-page: manual page breaks hold only then (test/print.test.ts prints them).
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: false, paperSize: 9 });
      expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(60);
    }
  });

  test('LibreOffice opens a form and prints it to a non-blank first page', () => {
    const pdfDir = path.join(tmp, `${id}-pdf`);
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', pdfDir, path.join(out, files[0])], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(pdfDir, files[0].replace(/\.xlsx$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', pdf, path.join(pdfDir, 'page')]);
    const pgm = readFileSync(path.join(pdfDir, readdirSync(pdfDir).find((f) => f.endsWith('.pgm'))!));
    // P5 header: magic, width height, maxval; then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    const dark = pixels.filter((b) => b < 160).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
  }, 180_000);
});
