// nq57 check: validate every report against the plan, consolidate, write the summary workbook and JSON.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Args } from '../args';
import { one } from '../args';
import { isoDate, listReports, loadPlan, outputName, readReports, UsageError } from '../inputs';
import { printIssues, printSummary, type Io } from '../output';
import {
  type Lang,
  resolvePeriod,
  startCheck,
  hasErrors,
  localiseIssues,
  parsePeriod,
  todayInVietnam,
  renderSummary,
  type CheckResult,
  type Plan,
  buildReportPlan,
  renderReportDocx,
  type ReportFormat,
  t,
} from '../../shared';
import { loadPrevious, loadReview } from '../cycle-inputs';
import { writeWorkbook } from '../xlsx-write';
import { guardOutputs, writeFileAtomic, type Output } from '../safe-output';

export type CheckRun = { plan: Plan; result: CheckResult };

/**
 * outputs: the files this run will write (a bare path is taken as `--out`), checked before anything is read.
 * base: the folder the summary goes to (default the current one); every input is named relative to it in the result.
 */
export async function runCheck(opts: { plan: string; reports: string[]; asOf: string; period?: string; outputs?: Array<string | Output | undefined>; previous?: string; review?: string; base?: string }, io: Io, lang: Lang): Promise<CheckRun> {
  const base = opts.base ?? '.';
  const files = await listReports(opts.reports);
  // A folder (or list) holding no workbook is almost always a wrong path: exit 2 and write nothing, rather than a
  // summary saying that no office reported.
  if (opts.reports.length > 0 && files.length === 0) {
    throw new UsageError(t(lang, 'cli.noReports', { paths: opts.reports.join(' ') }));
  }
  // The earlier result is an input too; the earlier summary may be replaced by the new one (its decisions are read first).
  const inputs = [opts.plan, ...files, ...(opts.previous ? [opts.previous] : [])];
  refuseOverwritingInputs(opts.outputs ?? [], inputs, lang);
  const outputs = (opts.outputs ?? []).flatMap((o) => (o === undefined ? [] : [typeof o === 'string' ? { option: 'out', path: o } : o]));
  await guardOutputs(outputs, inputs, lang);
  const loaded = await loadPlan(opts.plan, lang);
  const period = resolvePeriod(loaded.plan!, opts.asOf, opts.period ? parsePeriod(opts.period) : null);
  const session = startCheck(loaded.plan!, {
    asOf: opts.asOf,
    period,
    planIssues: loaded.issues,
    previous: opts.previous ? { ...(await loadPrevious(opts.previous, lang)), source: outputName(opts.previous, base) } : null,
    review: opts.review ? await loadReview(opts.review, loaded.plan!, period, lang, outputName(opts.review, base)) : null,
  });
  await readReports(files, io, lang, (input) => session.add(input), base);
  const result = session.finish();
  return { plan: loaded.plan!, result: { ...result, issues: localiseIssues(result.issues, lang) } };
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Report files and the plan are only ever read (contract §3): an output path naming one of them is refused. */
export function refuseOverwritingInputs(outputs: Array<string | Output | undefined>, inputs: string[], lang: Lang): void {
  const taken = new Set(inputs.map((f) => path.resolve(f)));
  const clash = outputs.flatMap((o) => (o === undefined ? [] : [typeof o === 'string' ? o : o.path])).filter((o) => taken.has(path.resolve(o)));
  if (clash.length > 0) {
    throw new UsageError(t(lang, 'cli.wontOverwriteInputs', { files: clash.join(', ') }));
  }
}

/** The commune report draft (contract §6), built by the same core and renderer as the pane and the sidebar. */
export async function writeReportDocx(file: string, result: CheckResult, lang: Lang, format: ReportFormat = 'ubnd'): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomic(file, await renderReportDocx(buildReportPlan(result, lang, format)));
}

/** --docx-format: the People's Committee's report (default) or the Party committee's (Hướng dẫn 36-HD/VPTW). */
function docxFormat(args: Args): ReportFormat {
  const f = one(args, 'docx-format') ?? 'ubnd';
  if (f !== 'ubnd' && f !== 'dang-uy') throw new UsageError(`--docx-format: ubnd | dang-uy (${f})`);
  return f;
}

export function periodOption(args: Args): string | undefined {
  const p = one(args, 'period');
  if (p && !parsePeriod(p)) throw new UsageError(`--period: 2026-H1 | 2026-H2 | 2026 | 2026-Q3 | 2026-07 (${p})`);
  return p;
}

export async function checkCommand(args: Args, io: Io, lang: Lang): Promise<number> {
  const plan = one(args, 'plan');
  const reports = args.options.get('reports') ?? [];
  const out = one(args, 'out');
  if (!plan || reports.length === 0 || !out) throw new UsageError('nq57 check --plan PLAN.xlsx --reports DIR_OR_FILES... --out SUMMARY.xlsx [--json RESULT.json] [--docx REPORT.docx [--docx-format ubnd|dang-uy]] [--as-of YYYY-MM-DD] [--period P] [--previous RESULT.json] [--review OLD-SUMMARY.xlsx]');
  const asOf = isoDate(one(args, 'as-of')) ?? todayInVietnam();
  const json = one(args, 'json');
  const docx = one(args, 'docx');
  const format = docxFormat(args);
  const outputs = [{ option: 'out', path: out }, json === undefined ? undefined : { option: 'json', path: json }, docx === undefined ? undefined : { option: 'docx', path: docx }];
  const run = await runCheck({ plan, reports, asOf, period: periodOption(args), outputs, previous: one(args, 'previous'), review: one(args, 'review'), base: path.dirname(path.resolve(out)) }, io, lang);
  const result = run.result;
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeWorkbook(out, renderSummary(result, lang, run.plan));
  if (json) await writeJson(json, result);
  if (docx) await writeReportDocx(docx, result, lang, format);
  if (!args.flags.has('quiet')) printIssues(io, result.issues, lang, result.offices.map((o) => o.name));
  io.out('');
  printSummary(io, result, lang);
  io.out(t(lang, 'cli.summaryWritten', { file: out }));
  if (docx) io.out(t(lang, 'cli.draftWritten', { file: docx }));
  return hasErrors(result.issues) ? 1 : 0;
}
