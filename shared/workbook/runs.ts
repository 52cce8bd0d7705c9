// What each button does inside one workbook (Excel pane, Sheets sidebar), as pure runs: a WorkbookRead in, the writes
// and what to tell the user out. The faces only read, write and show (shared/port.ts).
import type { Issue } from '../issues';
import { localiseIssues } from '../issues';
import type { Lang } from '../messages';
import type { Period } from '../schemas/plan';
import type { CheckResult } from '../schemas/result';
import type { SheetPlan } from '../sheet-plan';
import type { WorkbookRead, WorkbookWrite } from '../port';
import { checkWorkbook, formsToCreate } from './check-workbook';

export type RunOptions = { asOf: string; lang: Lang; period?: Period | null };

/** The history sheet's columns (Sheets sizes a new sheet by them; Excel fits its own). */
export const HISTORY_WIDTHS = [14, 20, 10, 6, 6, 50, 10, 24];

export type CheckRun =
  | { ok: false; issues: Issue[]; writes: [] }
  | { ok: true; result: CheckResult; issues: Issue[]; outputs: string[]; historySheet: string; historyRows: number; writes: WorkbookWrite[] };

/**
 * "Kiểm tra và tổng hợp": the output sheets replaced whole, the history grown by one block under what it holds, the
 * approved offices' forms locked, the summary shown. Form sheets, where offices type, are never written. The
 * workbook's outputs stay Vietnamese whatever the user's language: it is the commune's document; issues shown to
 * the user are in `lang`.
 */
export function checkRun(read: WorkbookRead, opts: RunOptions): CheckRun {
  const check = checkWorkbook(read.grids, { asOf: opts.asOf, lang: 'vi', period: opts.period });
  if (!check.ok) return { ok: false, issues: localiseIssues(check.issues, opts.lang), writes: [] };
  const { sheet, startRow, rows } = check.history;
  const writes: WorkbookWrite[] = [
    ...check.outputs.map((plan): WorkbookWrite => ({ kind: 'replaceSheet', plan })),
    { kind: 'appendRows', sheet, startRow, rows, columnWidths: HISTORY_WIDTHS },
    ...(check.approvedSheets ?? []).map((s): WorkbookWrite => ({ kind: 'lockSheet', sheet: s })),
  ];
  if (check.outputs.length > 0) writes.push({ kind: 'activate', sheet: check.outputs[0].name });
  return {
    ok: true,
    result: check.result,
    issues: localiseIssues(check.result.issues, opts.lang),
    outputs: check.outputs.map((o) => o.name),
    historySheet: sheet,
    historyRows: rows.length,
    writes,
  };
}

export type FormsRun =
  | { ok: false; issues: Issue[]; writes: [] }
  | { ok: true; created: Array<{ office: string; sheet: string }>; existing: string[]; issues: Issue[]; writes: WorkbookWrite[] };

/**
 * "Tạo biểu mẫu": one new sheet per office without one; a sheet an office may have typed in is never replaced.
 * The command line's per-file metadata sheet (`form.meta`) is not made: in a workbook the plan sits beside the forms.
 */
export function formsRun(read: WorkbookRead, opts: RunOptions): FormsRun {
  const made = formsToCreate(read.grids, { asOf: opts.asOf, period: opts.period });
  if (!made.plan) return { ok: false, issues: localiseIssues(made.issues, opts.lang), writes: [] };
  const writes: WorkbookWrite[] = made.forms.map((f) => ({ kind: 'addSheet', plan: f.sheet }));
  if (made.forms.length > 0) writes.push({ kind: 'activate', sheet: made.forms[0].sheet.name });
  return {
    ok: true,
    created: made.forms.map((f) => ({ office: f.office, sheet: f.sheet.name })),
    existing: made.existing,
    issues: localiseIssues(made.issues, opts.lang),
    writes,
  };
}

export type Survey = {
  plan: { id: string; commune: string; indicators: number; tasks: number; offices: number } | null;
  forms: number;
  issues: Issue[];
};

/** What a pane shows on opening: is there a plan, how many offices already have a form. */
export function surveyRun(read: WorkbookRead, opts: RunOptions): Survey {
  const made = formsToCreate(read.grids, { asOf: opts.asOf, period: opts.period });
  const plan = made.plan;
  return {
    plan: plan ? { id: plan.id, commune: plan.commune, indicators: plan.indicators.length, tasks: plan.tasks.length, offices: plan.offices.length } : null,
    forms: made.existing.length,
    issues: localiseIssues(made.issues, opts.lang),
  };
}

/** A sheet name not yet taken ('Phụ lục I', else 'Phụ lục I (2)' …), compared as Excel and Sheets do, ignoring case. */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name.slice(0, 26)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** "Chèn kế hoạch mẫu": a bundled example plan's sheets added under free names; the first one shown. */
export function insertPlanRun(read: Pick<WorkbookRead, 'sheets'>, sheets: SheetPlan[]): { names: string[]; writes: WorkbookWrite[] } {
  const taken = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  const plans = sheets.map((plan) => ({ ...plan, name: freeName(plan.name, taken) }));
  const writes: WorkbookWrite[] = plans.map((plan) => ({ kind: 'addSheet', plan }));
  if (plans.length > 0) writes.push({ kind: 'activate', sheet: plans[0].name });
  return { names: plans.map((p) => p.name), writes };
}
