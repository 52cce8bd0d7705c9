// Benchmark: a result carrying 200,000 issues (one office's report gone wrong on every row, others with a few), as the
// summary's issue sheet, the terminal and the pane/sidebar list them. Prints times, rows and peak memory; asserts nothing.
// Alone: `npm run build:cli && node dist/bench/issue-volume.js`.
import { performance } from 'node:perf_hooks';
import { syntheticPlanGrids } from './synthetic';
import { importPlan } from '../shared/plan/import-plan';
import { checkReports, resolvePeriod } from '../shared/check';
import { issue, type Issue } from '../shared/issues';
import { groupIssuesByOffice } from '../shared/issue-groups';
import { renderSummary, SUMMARY_SHEETS } from '../shared/render/summary-sheets';
import { workbookBuffer } from '../cli/xlsx-write';

const AS_OF = '2026-07-15';
export const VOLUME = 200_000;

/** VOLUME issues: most in one office over three codes (errors and warnings), the rest spread thinly over the others. */
export function manyIssues(offices: readonly string[], total = VOLUME): Issue[] {
  const out: Issue[] = [];
  const [worst, ...rest] = offices;
  for (let k = 0; out.length < total; k++) {
    const row = 15 + (k % 1_000_000);
    const cell = `E${row}`;
    const office = k % 50 === 0 && rest.length > 0 ? rest[k % rest.length] : worst;
    const where = { office, file: 'bao-cao/x.xlsx', sheet: office, cell };
    if (k % 3 === 0) out.push(issue('error', 'NOT_A_NUMBER', where, { cell, text: 'x', example: '66,5' }));
    else if (k % 3 === 1) out.push(issue('warning', 'REPORT_UNKNOWN_ROW', where, { stt: String(row), name: 'y' }));
    else out.push(issue('error', 'PERCENT_OUT_OF_RANGE', where, { cell, value: 120 }));
  }
  return out;
}

export async function issueVolumeBench(total = VOLUME): Promise<void> {
  const imported = importPlan(syntheticPlanGrids(15), 'synthetic');
  const plan = imported.plan;
  if (!plan) throw new Error('bench: the synthetic plan did not import');
  const base = checkReports(plan, [], { asOf: AS_OF, period: resolvePeriod(plan, AS_OF) });
  const result = { ...base, issues: [...base.issues] };
  for (const i of manyIssues(base.offices.map((o) => o.name), total)) result.issues.push(i);
  let rss = process.memoryUsage.rss();
  const tick = () => {
    rss = Math.max(rss, process.memoryUsage.rss());
  };

  let t = performance.now();
  const groups = groupIssuesByOffice(result.issues, result.offices.map((o) => o.name));
  const groupMs = performance.now() - t;
  const listed = groups.reduce((n, g) => n + g.rows.length, 0);
  tick();

  t = performance.now();
  const sheets = renderSummary(result, 'vi', plan);
  const renderMs = performance.now() - t;
  const issueSheet = sheets.find((s) => s.name === SUMMARY_SHEETS.vi.issues);
  tick();

  t = performance.now();
  const bytes = await workbookBuffer(sheets);
  const writeMs = performance.now() - t;
  tick();

  t = performance.now();
  const json = JSON.stringify(result, null, 2);
  const jsonMs = performance.now() - t;
  tick();

  console.log('');
  console.log(`${result.issues.length.toLocaleString('en-US')} issues in one result (${groups.length} office groups):`);
  console.log(`  pane/sidebar list: group ${groupMs.toFixed(0)} ms, ${listed.toLocaleString('en-US')} rows listed`);
  console.log(`  summary: render ${renderMs.toFixed(0)} ms, write ${writeMs.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KB, issue sheet ${((issueSheet?.cells.length ?? 0) - 3).toLocaleString('en-US')} rows`);
  console.log(`  JSON (every issue): ${jsonMs.toFixed(0)} ms, ${(json.length / 1024 / 1024).toFixed(1)} MB`);
  console.log(`  peak RSS ${(rss / 1024 / 1024).toFixed(0)} MB`);
}

if (require.main === module) {
  issueVolumeBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
