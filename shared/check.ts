// One "Kiểm tra và tổng hợp": read every report, validate, consolidate. Every host calls this.
import type { Grid } from './grid';
import { issue, type Issue } from './issues';
import { readFailureText } from './messages';
import type { Period, Plan } from './schemas/plan';
import type { CheckResult } from './schemas/result';
import { readReport, splitByOffice } from './report/read-report';
import { validateReport, type ValidatedReport } from './validate/validate-report';
import { consolidate } from './consolidate/consolidate';
import { choosePeriod, parsePeriod } from './plan/period';
import { startCycle, type CycleOptions } from './cycle/cycle';

export type ReportInput =
  /** savedAt: the report's own saved time (ISO with offset), else the file's modification time, else null. */
  | { file: string | null; grids: Grid[]; savedAt?: string | null; failure?: undefined }
  | { file: string; grids?: undefined; failure: { reason: string; detail: string } };

export type CheckOptions = {
  asOf: string;
  /** --period, else the plan's 'Kỳ báo cáo' sheet, else the period nearest to asOf. */
  period?: Period | null;
  planIssues?: Issue[];
} & CycleOptions;

export function resolvePeriod(plan: Plan, asOf: string, period?: Period | null): Period {
  // The plan's 'Kỳ báo cáo' sheet may move the due date of the very period asked for, or list the candidates.
  const listed = [...(plan.period ? [plan.period] : []), ...(plan.periods ?? []).filter((p) => p.id !== plan.period?.id)];
  return choosePeriod(period, listed, asOf);
}

/**
 * A check fed one report at a time, so a host can read a report, hand it over and release it:
 * only the validated values (small) are kept, never the grids.
 */
export type CheckSession = { add(input: ReportInput): void; finish(): CheckResult };

export function checkReports(plan: Plan, inputs: Iterable<ReportInput>, opts: CheckOptions): CheckResult {
  const session = startCheck(plan, opts);
  for (const input of inputs) session.add(input);
  return session.finish();
}

export function startCheck(plan: Plan, opts: CheckOptions): CheckSession {
  const period = resolvePeriod(plan, opts.asOf, opts.period);
  const issues: Issue[] = [...(opts.planIssues ?? [])];
  const validated = new Map<string, ValidatedReport>();
  const officeSources = new Map<string, string[]>();
  const cycle = startCycle(plan, period, opts);

  function add(input: ReportInput): void {
    if (input.failure) {
      issues.push(issue('error', 'REPORT_UNREADABLE', { file: input.file }, { file: input.file, detail: readFailureText(input.failure.reason, 'vi'), reason: input.failure.reason }));
      return;
    }
    for (const grids of splitByOffice(input.grids)) readOne(grids, input.file, input.savedAt);
  }

  function readOne(grids: Grid[], file: string | null, savedAt?: string | null): void {
    const before = issues.length;
    const read = readReport(grids, plan, file);
    for (const i of read.issues) issues.push(i);
    const report = read.report;
    if (!report.office) return;
    const office = report.office;
    const sourceName = file ?? report.sheets[0] ?? '';
    const known = officeSources.get(office) ?? [];
    if (!known.includes(sourceName)) officeSources.set(office, [...known, sourceName]);
    // About a whole report: a file has sheet null (contract §4); in a workbook the report is its sheet.
    const where = { office, file, sheet: file ? null : (report.sheets[0] ?? null) };
    // The visible 'Kỳ báo cáo:' cell first: an office may retype it; else the form's hidden record.
    const periodText = report.periodText ?? report.meta?.period ?? null;
    const reportPeriod = periodText ? parsePeriod(periodText) : null;
    if (reportPeriod && reportPeriod.id !== period.id) issues.push(issue('warning', 'REPORT_OTHER_PERIOD', where, { found: periodText!, expected: period.label }));
    if (report.filledCells === 0 && (report.indicators.length > 0 || report.tasks.length > 0)) {
      issues.push(issue('warning', 'REPORT_EMPTY', where, { office }));
    }
    if (report.meta) {
      // A form lost a plan row the office leads (deleted by hand): say which.
      const present = new Set([...report.indicators, ...report.tasks].map((e) => e.key));
      const items = [...plan.indicators.map((i) => ['@indicator', i] as const), ...plan.tasks.map((t) => ['@task', t] as const)];
      for (const [kind, item] of items) {
        if (item.leadOffices.includes(office) && !present.has(item.key)) {
          issues.push(issue('warning', 'REPORT_PLAN_ROW_MISSING', where, { kind, section: item.section, stt: item.stt }));
        }
      }
    }
    const v = validateReport({ ...report, office }, plan, opts.asOf, validated.get(office));
    validated.set(office, v.validated);
    for (const i of v.issues) issues.push(i);
    cycle.noteReport(office, report, savedAt, issues.slice(before));
  }
  function finish(): CheckResult {
    return cycle.finish(consolidate({ plan, period, asOf: opts.asOf, reports: validated, officeSources, issues }), validated);
  }

  return { add, finish };
}
