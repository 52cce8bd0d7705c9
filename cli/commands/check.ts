// nq57 check: validate every report against the plan, consolidate, write the summary workbook and JSON.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Args } from '../args';
import { one } from '../args';
import { isoDate, listReports, loadPlan, readReports, UsageError } from '../inputs';
import { printIssues, printSummary, type Io } from '../output';
import type { Lang } from '../../shared/messages';
import { startCheck } from '../../shared/check';
import { hasErrors, localiseIssues } from '../../shared/issues';
import { parsePeriod, todayInVietnam } from '../../shared/plan/period';
import { renderSummary } from '../../shared/render/summary-sheets';
import type { CheckResult } from '../../shared/schemas/result';
import type { Plan } from '../../shared/schemas/plan';
import { writeWorkbook } from '../xlsx-write';

export type CheckRun = { plan: Plan; result: CheckResult };

export async function runCheck(opts: { plan: string; reports: string[]; asOf: string; period?: string; outputs?: Array<string | undefined> }, io: Io, lang: Lang): Promise<CheckRun> {
  const files = await listReports(opts.reports);
  refuseOverwritingInputs(opts.outputs ?? [], [opts.plan, ...files], lang);
  const loaded = await loadPlan(opts.plan, lang);
  const session = startCheck(loaded.plan!, {
    asOf: opts.asOf,
    period: opts.period ? parsePeriod(opts.period) : null,
    planIssues: loaded.issues,
  });
  await readReports(files, io, lang, (input) => session.add(input));
  const result = session.finish();
  return { plan: loaded.plan!, result: { ...result, issues: localiseIssues(result.issues, lang) } };
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Report files and the plan are only ever read (contract §3): an output path naming one of them is refused. */
export function refuseOverwritingInputs(outputs: Array<string | undefined>, inputs: string[], lang: Lang): void {
  const taken = new Set(inputs.map((f) => path.resolve(f)));
  const clash = outputs.filter((o): o is string => o !== undefined && taken.has(path.resolve(o)));
  if (clash.length > 0) {
    throw new UsageError(lang === 'vi' ? `Không ghi đè tệp kế hoạch hoặc báo cáo: ${clash.join(', ')}. Hãy chọn tên tệp kết quả khác.` : `Will not overwrite the plan or a report: ${clash.join(', ')}. Choose another output file.`);
  }
}

export function periodOption(args: Args): string | undefined {
  const p = one(args, 'period');
  if (p && !parsePeriod(p)) throw new UsageError(`--period: 2026-H1 | 2026 (${p})`);
  return p;
}

export async function checkCommand(args: Args, io: Io, lang: Lang): Promise<number> {
  const plan = one(args, 'plan');
  const reports = args.options.get('reports') ?? [];
  const out = one(args, 'out');
  if (!plan || reports.length === 0 || !out) throw new UsageError('nq57 check --plan PLAN.xlsx --reports DIR_OR_FILES... --out SUMMARY.xlsx [--json RESULT.json] [--as-of YYYY-MM-DD] [--period P]');
  const asOf = isoDate(one(args, 'as-of')) ?? todayInVietnam();
  const run = await runCheck({ plan, reports, asOf, period: periodOption(args), outputs: [out, one(args, 'json')] }, io, lang);
  const result = run.result;
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeWorkbook(out, renderSummary(result, lang, run.plan));
  const json = one(args, 'json');
  if (json) await writeJson(json, result);
  if (!args.flags.has('quiet')) printIssues(io, result.issues, lang);
  io.out('');
  printSummary(io, result, lang);
  io.out(lang === 'vi' ? `Bảng tổng hợp: ${out}` : `Summary workbook: ${out}`);
  return hasErrors(result.issues) ? 1 : 0;
}
