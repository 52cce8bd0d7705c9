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
import type { OfficeReport } from './schemas/report';
import { formatTimeVi } from './text/deadlines';

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

type Held = {
  file: string | null;
  /** The file as given, or in a workbook the report's sheets. */
  sources: string[];
  savedAt: string | null;
  filled: boolean;
  /** Order of arrival: with equal or unknown saved times the later report given is the newer. */
  seq: number;
  validated: ValidatedReport;
  issues: Issue[];
  /** Each report (sheet) read into this one, with its own issues: what completeness and timeliness are counted on. */
  notes: Array<{ report: OfficeReport; savedAt: string | null; issues: Issue[] }>;
};

/** Which of two reports of one office is used: a filled one over a blank one, then the one saved last. */
function newer(a: Held, b: Held): Held {
  if (a.filled !== b.filled) return a.filled ? a : b;
  const ta = a.savedAt ? Date.parse(a.savedAt) : Number.NaN;
  const tb = b.savedAt ? Date.parse(b.savedAt) : Number.NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta > tb ? a : b;
  if (Number.isFinite(ta) !== Number.isFinite(tb)) return Number.isFinite(ta) ? a : b;
  return a.seq > b.seq ? a : b;
}

export function startCheck(plan: Plan, opts: CheckOptions): CheckSession {
  const period = resolvePeriod(plan, opts.asOf, opts.period);
  // Issues in arrival order; an office's slot is filled at the end with the issues of the report it uses.
  const slots: Array<Issue[] | { office: string }> = [[...(opts.planIssues ?? [])]];
  const held = new Map<string, Held>();
  const superseded = new Map<string, Held[]>();
  let seq = 0;
  const cycle = startCycle(plan, period, opts);

  function add(input: ReportInput): void {
    if (input.failure) {
      slots.push([issue('error', 'REPORT_UNREADABLE', { file: input.file }, { file: input.file, detail: readFailureText(input.failure.reason, 'vi'), reason: input.failure.reason })]);
      return;
    }
    for (const grids of splitByOffice(input.grids)) readOne(grids, input.file, input.savedAt ?? null);
  }

  function readOne(grids: Grid[], file: string | null, savedAt: string | null): void {
    const issues: Issue[] = [];
    const read = readReport(grids, plan, file);
    for (const i of read.issues) issues.push(i);
    const report = read.report;
    if (!report.office) {
      slots.push(issues);
      return;
    }
    const office = report.office;
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
    const prior = held.get(office);
    // Sheets of one file that name the same office are one report; two files are never mixed (contract §6).
    const sameFile = prior !== undefined && prior.file === file;
    const v = validateReport({ ...report, office }, plan, opts.asOf, sameFile ? prior.validated : undefined);
    for (const i of v.issues) issues.push(i);
    const note = { report, savedAt, issues };
    if (sameFile) {
      prior.issues.push(...issues);
      prior.notes.push(note);
      prior.filled ||= report.filledCells > 0;
      const source = file ?? report.sheets[0] ?? '';
      if (!prior.sources.includes(source)) prior.sources.push(source);
      return;
    }
    const next: Held = { file, sources: [file ?? report.sheets[0] ?? ''], savedAt, filled: report.filledCells > 0, seq: seq++, validated: v.validated, issues, notes: [note] };
    if (!prior) {
      held.set(office, next);
      slots.push({ office });
      return;
    }
    const used = newer(prior, next);
    held.set(office, used);
    superseded.set(office, [...(superseded.get(office) ?? []), used === prior ? next : prior]);
  }

  function finish(): CheckResult {
    const issues: Issue[] = [];
    const validated = new Map<string, ValidatedReport>();
    const officeSources = new Map<string, string[]>();
    for (const slot of slots) {
      if (Array.isArray(slot)) {
        for (const i of slot) issues.push(i);
        continue;
      }
      const used = held.get(slot.office)!;
      validated.set(slot.office, used.validated);
      const sourceName = used.sources[0];
      officeSources.set(slot.office, used.sources);
      for (const old of superseded.get(slot.office) ?? []) {
        issues.push(
          issue('warning', 'SUPERSEDED_REPORT', { office: slot.office, file: old.file, sheet: null, cell: null }, {
            office: slot.office,
            old: old.file ?? '',
            used: sourceName,
            oldSaved: old.savedAt ? (formatTimeVi(old.savedAt) ?? old.savedAt) : '?',
            usedSaved: used.savedAt ? (formatTimeVi(used.savedAt) ?? used.savedAt) : '?',
          }),
        );
      }
      for (const i of used.issues) issues.push(i);
      // Completeness and the saved time come from the report used, never from one it superseded.
      for (const n of used.notes) cycle.noteReport(slot.office, n.report, n.savedAt, n.issues);
    }
    return cycle.finish(consolidate({ plan, period, asOf: opts.asOf, reports: validated, officeSources, issues }), validated);
  }

  return { add, finish };
}

