// One measurement in a fresh process, so its peak RSS is its own: `node read-child.js MODE ARGS…` prints one JSON
// line { ms, maxRssMB, note }. Modes: read-stream FILE | read-exceljs FILE | check ARGS… (the command line itself) |
// check-exceljs PLAN FILES… (the same check fed by the ExcelJS reader, one report at a time).
import { performance } from 'node:perf_hooks';
import { readWorkbookGrids } from '../cli/xlsx-read';
import { readWorkbookGridsExcelJS } from './exceljs-reader';
import { startCheck } from '../shared/check';
import { importPlan } from '../shared/plan/import-plan';

function done(started: number, note: string): void {
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, note })}\n`);
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const started = performance.now();
  if (mode === 'read-stream' || mode === 'read-exceljs') {
    const r = mode === 'read-stream' ? await readWorkbookGrids(args[0]) : await readWorkbookGridsExcelJS(args[0]);
    return done(started, r.ok ? `${r.grids.length} sheets, ${r.grids.reduce((a, g) => a + g.values.length, 0)} rows` : `${r.failure.reason}`);
  }
  if (mode === 'check') {
    const { main: cli } = await import('../cli/main');
    const quiet = { out: () => undefined, err: () => undefined };
    const code = await cli(args, quiet);
    return done(started, `exit ${code}`);
  }
  if (mode === 'check-exceljs') {
    const [planFile, ...files] = args;
    const planRead = await readWorkbookGridsExcelJS(planFile);
    if (!planRead.ok) throw new Error('plan unreadable');
    const plan = importPlan(planRead.grids, 'plan').plan!;
    const session = startCheck(plan, { asOf: '2026-07-15' });
    for (const file of files) {
      const r = await readWorkbookGridsExcelJS(file);
      session.add(r.ok ? { file, grids: r.grids, savedAt: r.savedAt } : { file, failure: r.failure });
    }
    const result = session.finish();
    return done(started, `${result.offices.filter((o) => o.reported).length} offices reported`);
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e) => {
  process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`);
  process.exitCode = 1;
});
