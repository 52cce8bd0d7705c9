// Benchmark: read N office reports, check them, write the summary; against ExcelJS's bare read time (the floor).
// Run with `npm run bench` (builds, then `node dist/bench/bench.js`). Prints a table; asserts nothing.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { syntheticPlanGrids } from './synthetic';
import { importPlan } from '../shared/plan/import-plan';
import { buildForms } from '../shared/forms/form-plan';
import { fileSlug } from '../shared/forms/office-names';
import { checkReports, resolvePeriod, type ReportInput } from '../shared/check';
import type { Plan } from '../shared/schemas/plan';
import type { CheckResult } from '../shared/schemas/result';
import { renderSummary } from '../shared/render/summary-sheets';
import { fillForm } from '../examples/fill-form';
import { answersFor } from '../examples/sample-answers';
import { readWorkbookGrids } from '../cli/xlsx-read';
import { writeWorkbook } from '../cli/xlsx-write';
import { readBench } from './read-bench';
import { issueVolumeBench } from './issue-volume';

const AS_OF = '2026-07-15';
const SIZES = [5, 15, 50, 200];
const HELP_RUNS = 10;

/** The default plan (30 indicators, 50 tasks) until there are more offices than items: then enough for each to lead one. */
function planSize(offices: number): { indicators: number; tasks: number } {
  const indicators = Math.max(30, Math.ceil(0.4 * offices));
  return { indicators, tasks: Math.max(50, offices - indicators) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** global.gc when node runs with --expose-gc; else the same function through V8's flag, when this Node allows it. */
function findGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn: unknown = vm.runInNewContext('gc');
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}

class Memory {
  rss = 0;
  heap = 0;
  sample(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }
  /** Cheap sample inside loops (rss only). */
  tick(): void {
    this.rss = Math.max(this.rss, process.memoryUsage.rss());
  }
}

const MB = 1024 * 1024;

type Row = { n: number; read: number; floor: number; core: number; write: number; peakRss: number };

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function readAll(files: string[], mem: Memory): Promise<ReportInput[]> {
  const inputs: ReportInput[] = [];
  for (const file of files) {
    const read = await readWorkbookGrids(file);
    if (!read.ok) throw new Error(`bench: ${file} unreadable: ${read.failure.detail}`);
    inputs.push({ file, grids: read.grids });
    mem.tick();
  }
  return inputs;
}

async function floorReadFile(files: string[], mem: Memory): Promise<void> {
  for (const f of files) {
    await new ExcelJS.Workbook().xlsx.readFile(f);
    mem.tick();
  }
}

async function floorLoad(files: string[], mem: Memory): Promise<void> {
  for (const f of files) {
    const buffer = await fs.readFile(f);
    await new ExcelJS.Workbook().xlsx.load(buffer as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
    mem.tick();
  }
}

/** Plan, forms and N filled reports written as real .xlsx files (not timed). */
async function setup(n: number, dir: string): Promise<{ plan: Plan; files: string[]; bytes: number; planIssues: number }> {
  const size = planSize(n);
  const imported = importPlan(syntheticPlanGrids(n, size.indicators, size.tasks), 'synthetic');
  const plan = imported.plan;
  if (!plan) throw new Error('bench: the synthetic plan did not import');
  const period = resolvePeriod(plan, AS_OF);
  const forms = buildForms(plan, period);
  if (forms.length !== n) throw new Error(`bench: ${forms.length} forms for ${n} offices (every office should lead something)`);
  const answers = answersFor('careful', plan, AS_OF)!;
  const files: string[] = [];
  let bytes = 0;
  for (const [i, form] of forms.entries()) {
    const file = path.join(dir, `${String(i + 1).padStart(3, '0')}-${fileSlug(form.office)}.xlsx`);
    await writeWorkbook(file, [fillForm(form.sheet, plan, answers), form.meta]);
    bytes += (await fs.stat(file)).size;
    files.push(file);
  }
  return { plan, files, bytes, planIssues: imported.issues.length };
}

function describeResult(result: CheckResult, n: number): string {
  const reported = result.offices.filter((o) => o.reported).length;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const met = result.indicators.filter((i) => i.status === 'met').length;
  return `${reported}/${n} offices reported, ${met}/${result.indicators.length} indicators met, ${errors} errors, ${warnings} warnings`;
}

async function benchSize(n: number, root: string, gc: (() => void) | null, last: boolean): Promise<Row> {
  const dir = path.join(root, `n${n}`);
  await fs.mkdir(dir, { recursive: true });
  const t0 = performance.now();
  const { plan, files, bytes, planIssues } = await setup(n, dir);
  const setupMs = performance.now() - t0;
  const mem = new Memory();
  mem.sample();

  // Warm-up of every read path (120 files each): ExcelJS's parser takes a few hundred files to reach full speed.
  const warm = Array.from({ length: 120 }, (_, i) => files[i % files.length]);
  await readAll(warm, mem);
  await floorReadFile(warm, mem);
  await floorLoad(warm, mem);

  // Read and both floors, interleaved in rotating order; the median of the repetitions (small sizes are noisy). No forced GC in
  // between: ExcelJS parses 2-3× slower for a few hundred files after a full collection.
  const reps = n <= 15 ? 7 : n <= 50 ? 5 : 3;
  const reads: number[] = [];
  const viaFile: number[] = [];
  const viaLoad: number[] = [];
  let inputs: ReportInput[] = [];
  const phases: Array<() => Promise<void>> = [
    async () => {
      inputs = [];
      reads.push(await time(async () => (inputs = await readAll(files, mem))));
    },
    async () => void viaFile.push(await time(() => floorReadFile(files, mem))),
    async () => void viaLoad.push(await time(() => floorLoad(files, mem))),
  ];
  for (let r = 0; r < reps; r++) {
    // Each repetition starts with a different one, so none always runs first (the least warmed up).
    for (let p = 0; p < phases.length; p++) {
      await phases[(r + p) % phases.length]();
      mem.sample();
    }
  }
  const read = median(reads);
  const readFileMs = median(viaFile);
  const loadMs = median(viaLoad);
  const floor = Math.min(readFileMs, loadMs);

  // Core: one warm-up, then the median of several runs.
  const runs = n <= 50 ? 20 : 5;
  let result = checkReports(plan, inputs, { asOf: AS_OF });
  mem.sample();
  const cores: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    result = checkReports(plan, inputs, { asOf: AS_OF });
    cores.push(performance.now() - t);
    mem.tick();
  }
  mem.sample();
  const core = median(cores);

  // Write: the summary workbook, rendered and written (with its fsync) to a temporary file.
  const writes: number[] = [];
  for (let r = 0; r < Math.max(reps, 3); r++) {
    writes.push(await time(() => writeWorkbook(path.join(dir, `tong-hop-${r}.xlsx`), renderSummary(result))));
    mem.sample();
  }
  const write = median(writes);

  // Live heap with the N reports' grids and the result still held, after a full GC: only after the last size,
  // since ExcelJS parses 2-3× slower for a few hundred files after a full collection.
  let live = '';
  if (gc && last) {
    gc();
    live = `; live heap after GC ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB`;
  }
  console.log(
    `  N=${n}: plan ${plan.indicators.length} indicators + ${plan.tasks.length} tasks (${planIssues} plan issues); ` +
      `${files.length} reports, ${(bytes / files.length / 1024).toFixed(1)} KB each; setup ${(setupMs / 1000).toFixed(1)} s; ` +
      `floor readFile ${readFileMs.toFixed(0)} ms / load ${loadMs.toFixed(0)} ms; ${describeResult(result, n)}; ` +
      `peak heap ${(mem.heap / MB).toFixed(0)} MB${live}`,
  );
  inputs = [];
  return { n, read, floor, core, write, peakRss: mem.rss / MB };
}

function table(rows: Row[]): string {
  const head = ['N', 'read ms', 'floor ms', 'read/floor', 'core ms', 'core µs/office', 'write ms', 'check/floor', 'peak RSS MB'];
  const body = rows.map((r) => [
    String(r.n),
    r.read.toFixed(1),
    r.floor.toFixed(1),
    `${(r.read / r.floor).toFixed(2)}×`,
    r.core.toFixed(2),
    ((r.core * 1000) / r.n).toFixed(0),
    r.write.toFixed(1),
    `${((r.read + r.core + r.write) / r.floor).toFixed(2)}×`,
    r.peakRss.toFixed(0),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)));
  const line = (cells: string[]) => cells.map((s, c) => s.padStart(widths[c])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function helpTimes(): number[] {
  const bin = path.resolve(__dirname, '..', '..', 'bin', 'nq57.js');
  const times: number[] = [];
  for (let i = 0; i < HELP_RUNS; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [bin, '--help'], { stdio: 'pipe', encoding: 'utf8' });
    times.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`bench: ${bin} --help exited ${run.status}: ${run.stderr}`);
  }
  return times;
}

export async function main(): Promise<void> {
  const gc = findGc();
  const cpu = os.cpus();
  console.log(`nq57 bench — Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), ${os.platform()} ${os.arch()}`);
  console.log(`as of ${AS_OF}; every office 'careful'; full GC for the live-heap figure at N=${SIZES[SIZES.length - 1]}: ${gc ? 'yes' : 'not available'}`);
  const started = performance.now();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'nq57-bench-'));
  const rows: Row[] = [];
  try {
    for (const n of SIZES) rows.push(await benchSize(n, root, gc, n === SIZES[SIZES.length - 1]));
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log('read = readWorkbookGrids over the N report files (each once); floor = the faster of bare ExcelJS');
  console.log('xlsx.readFile and xlsx.load(fs.readFile) over the same files; core = median checkReports; write =');
  console.log('renderSummary + writeWorkbook of the summary; check/floor = (read + core + write) / floor.');
  console.log('Targets: core ≤ 5 ms for 15 offices and linear in N (flat µs/office); check ≤ 1.3× read floor; --help ≤ 200 ms.');

  const help = helpTimes();
  console.log('');
  console.log(`nq57 --help (${HELP_RUNS} runs): min ${Math.min(...help).toFixed(0)} ms, median ${median(help).toFixed(0)} ms`);
  await readBench();
  await issueVolumeBench();
  console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
