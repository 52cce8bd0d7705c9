// Reading bench: the hostile corpus (worst time and peak memory per file), 1,000 small reports and one
// 100,000-row report through `nq57 check`, each against the ExcelJS reader on the same files. Every figure is
// measured in a fresh process (read-child.ts), so a peak RSS is that run's alone. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileCorpus, sheetXml, textCell, workbookBytes } from './hostile-corpus';
import { syntheticPlanGrids } from './synthetic';
import { importPlan } from '../shared/plan/import-plan';
import { buildForms } from '../shared/forms/form-plan';
import { uniqueFileSlugs } from '../shared/forms/office-names';
import { resolvePeriod } from '../shared/check';
import { fillForm } from '../examples/fill-form';
import { answersFor } from '../examples/sample-answers';
import { writeWorkbook } from '../cli/xlsx-write';
import type { Grid } from '../shared/grid';
import type { SheetPlan } from '../shared/sheet-plan';

const AS_OF = '2026-07-15';
const CHILD = path.join(__dirname, 'read-child.js');
/** The ExcelJS reader runs until this, then counts as "did not finish"; its heap is capped as a run's would be. */
const EXCELJS_TIMEOUT_MS = 20_000;

type Measure = { ms: number; maxRssMB: number; note: string } | { failed: string };

function measure(args: string[], opts: { timeoutMs?: number; heapMB?: number } = {}): Measure {
  const node = opts.heapMB ? [`--max-old-space-size=${opts.heapMB}`] : [];
  const started = Date.now();
  const r = spawnSync(process.execPath, [...node, CHILD, ...args], { encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000, maxBuffer: 1 << 24 });
  if (r.error || r.signal) return { failed: `killed after ${((Date.now() - started) / 1000).toFixed(0)} s (${r.signal ?? r.error?.message})` };
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(line) as Measure & { error?: string };
    if (parsed.error) return { failed: parsed.error };
    return parsed;
  } catch {
    return { failed: /heap out of memory/.test(r.stderr) ? 'out of memory' : `exit ${r.status}` };
  }
}

const fmt = (m: Measure) => ('failed' in m ? m.failed : `${(m.ms / 1000).toFixed(2)} s, ${m.maxRssMB.toFixed(0)} MB (${m.note})`);

function gridSheet(g: Grid): SheetPlan {
  return { name: g.name, cells: g.values.map((row) => row.map((v) => (v === null ? null : { value: v }))), merges: g.merges } as SheetPlan;
}

/** The synthetic plan of `n` offices as a plan workbook, and each office's filled form. */
async function reportsFor(n: number, dir: string): Promise<{ planFile: string; files: string[] }> {
  const grids = syntheticPlanGrids(n, Math.max(30, Math.ceil(0.4 * n)), Math.max(50, n - Math.ceil(0.4 * n)));
  const plan = importPlan(grids, 'synthetic').plan!;
  const planFile = path.join(dir, 'ke-hoach.xlsx');
  await writeWorkbook(planFile, grids.map(gridSheet));
  const forms = buildForms(plan, resolvePeriod(plan, AS_OF));
  const slugs = uniqueFileSlugs(forms.map((f) => f.office));
  const answers = answersFor('careful', plan, AS_OF)!;
  const files: string[] = [];
  await fs.mkdir(path.join(dir, 'reports'), { recursive: true });
  for (const form of forms) {
    const file = path.join(dir, 'reports', `${slugs.get(form.office)}.xlsx`);
    await writeWorkbook(file, [fillForm(form.sheet, plan, answers), form.meta]);
    files.push(file);
  }
  return { planFile, files };
}

/** One office's report: its answers, and a second sheet of 100,000 rows × 8 columns pasted in (a household list). */
function bigReport(office: string, rows: number): Uint8Array {
  const head = `<row r="1">${textCell('A1', 'Đơn vị báo cáo:')}${textCell('B1', office)}</row><row r="2">${textCell('A2', 'Kỳ báo cáo:')}${textCell('B2', '6 tháng đầu năm 2026')}</row>`;
  const list: string[] = [`<row r="1">${['STT', 'Họ tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Có cáp quang', 'Có chữ ký số', 'Ngày cập nhật', 'Ghi chú'].map((h, c) => textCell(`${'ABCDEFGH'[c]}1`, h)).join('')}</row>`];
  for (let r = 2; r <= rows + 1; r++) {
    list.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${textCell(`B${r}`, `Hộ ${r}`)}${textCell(`C${r}`, `Thôn ${r % 12}`)}<c r="D${r}"><v>${(r % 7) + 1}</v></c>${textCell(`E${r}`, r % 3 ? 'Có' : 'Không')}${textCell(`F${r}`, r % 5 ? 'Có' : 'Không')}<c r="G${r}" s="2"><v>${46000 + (r % 180)}</v></c>${textCell(`H${r}`, '')}</row>`,
    );
  }
  return workbookBytes([
    { name: 'Báo cáo', xml: sheetXml(head) },
    { name: 'Danh sách hộ', xml: sheetXml(list.join('')) },
  ]);
}

export async function readBench(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'nq57-read-bench-'));
  try {
    console.log('\nReading (each figure a fresh process: wall time, peak RSS)');

    // 1. The hostile corpus, file by file.
    const hostile = path.join(root, 'hostile');
    await fs.mkdir(hostile);
    const corpus = hostileCorpus();
    let worstMs = { name: '', ms: 0 };
    let worstRss = { name: '', mb: 0 };
    console.log(`  hostile corpus (${corpus.length} files): streaming reader | ExcelJS reader with ignoreNodes (stopped at ${EXCELJS_TIMEOUT_MS / 1000} s / 2 GB heap)`);
    for (const f of corpus) {
      const file = path.join(hostile, f.name);
      await fs.writeFile(file, f.bytes);
      const s = measure(['read-stream', file]);
      const e = measure(['read-exceljs', file], { timeoutMs: EXCELJS_TIMEOUT_MS, heapMB: 2048 });
      if (!('failed' in s)) {
        if (s.ms > worstMs.ms) worstMs = { name: f.name, ms: s.ms };
        if (s.maxRssMB > worstRss.mb) worstRss = { name: f.name, mb: s.maxRssMB };
      }
      console.log(`    ${f.name.padEnd(38)} ${fmt(s).padEnd(44)} | ${fmt(e)}`);
    }
    console.log(`  worst hostile file: ${(worstMs.ms / 1000).toFixed(2)} s (${worstMs.name}); peak RSS ${worstRss.mb.toFixed(0)} MB (${worstRss.name}); target < 5 s and < 300 MB each`);

    // 2. 1,000 small reports through `nq57 check`.
    const small = path.join(root, 'small');
    await fs.mkdir(small);
    const t = Date.now();
    const { planFile, files } = await reportsFor(1000, small);
    console.log(`  1,000 small reports (written in ${((Date.now() - t) / 1000).toFixed(0)} s, not timed):`);
    const smallStream = measure(['check', 'check', '--plan', planFile, '--reports', path.join(small, 'reports'), '--out', path.join(small, 'tong-hop.xlsx'), '--as-of', AS_OF]);
    console.log(`    nq57 check (streaming reader, one report at a time): ${fmt(smallStream)}; target ≤ 300 MB`);
    const smallExcel = measure(['check-exceljs', planFile, ...files], { timeoutMs: 300_000 });
    console.log(`    same check read by ExcelJS (one at a time, no summary written): ${fmt(smallExcel)}`);

    // 3. One report of 100,000 rows.
    const big = path.join(root, 'big');
    await fs.mkdir(path.join(big, 'reports'), { recursive: true });
    const office = importPlan(syntheticPlanGrids(5, 30, 50), 'synthetic').plan!.offices[0].name;
    await writeWorkbook(path.join(big, 'ke-hoach.xlsx'), syntheticPlanGrids(5, 30, 50).map(gridSheet));
    const bigFile = path.join(big, 'reports', 'bao-cao-100k.xlsx');
    await fs.writeFile(bigFile, bigReport(office, 100_000));
    console.log(`  one 100,000-row report (${((await fs.stat(bigFile)).size / 1048576).toFixed(1)} MB):`);
    console.log(`    read only, streaming: ${fmt(measure(['read-stream', bigFile]))}`);
    console.log(`    read only, ExcelJS:   ${fmt(measure(['read-exceljs', bigFile], { timeoutMs: 120_000 }))}`);
    const bigCheck = measure(['check', 'check', '--plan', path.join(big, 'ke-hoach.xlsx'), '--reports', path.join(big, 'reports'), '--out', path.join(big, 'tong-hop.xlsx'), '--as-of', AS_OF]);
    console.log(`    nq57 check: ${fmt(bigCheck)}; target ≤ 10 s and ≤ 500 MB`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  readBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
