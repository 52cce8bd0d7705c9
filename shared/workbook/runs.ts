// What each button does inside one workbook (Excel pane, Sheets sidebar), as pure runs: a WorkbookRead in, the writes
// and what to tell the user out. The faces only read, write and show (shared/port.ts).
import type { Issue } from '../issues';
import { localiseIssues } from '../issues';
import type { Lang } from '../messages';
import type { CheckResult } from '../schemas/result';
import type { SheetPlan } from '../sheet-plan';
import type { WorkbookRead, WorkbookWrite } from '../port';
import { checkWorkbook, formsToCreate } from './check-workbook';
import type { Period, Plan } from '../schemas/plan';
import { buildForms } from '../forms/form-plan';
import { uniqueFileSlugs } from '../forms/office-names';
import { approvalLockWrites } from './approval-lock';
import { staleOutputs } from './layout';
import { t } from '../i18n/text';
import { safeSheetName } from '../excel-limits';

export type RunOptions = { asOf: string; lang: Lang; period?: Period | null };

/** The history sheet's columns (Sheets sizes a new sheet by them; Excel fits its own). */
export const HISTORY_WIDTHS = [14, 20, 10, 6, 6, 50, 10, 24];

export type CheckRun =
  | { ok: false; issues: Issue[]; writes: [] }
  | { ok: true; result: CheckResult; issues: Issue[]; outputs: string[]; historySheet: string; historyRows: number; writes: WorkbookWrite[] };

/**
 * "Kiểm tra và tổng hợp": the output sheets replaced whole (an output this run no longer makes removed), the history
 * grown by one block under what it holds, approved offices' forms locked and withdrawn approvals unlocked, the
 * summary shown. Form sheets, where offices type, are never written. The
 * workbook's outputs stay Vietnamese whatever the user's language: it is the commune's document; issues shown to
 * the user are in `lang`.
 */
export function checkRun(read: WorkbookRead, opts: RunOptions): CheckRun {
  const check = checkWorkbook(read.grids, { asOf: opts.asOf, lang: 'vi', period: opts.period });
  if (!check.ok) return { ok: false, issues: localiseIssues(check.issues, opts.lang), writes: [] };
  const { sheet, startRow, rows } = check.history;
  const writes: WorkbookWrite[] = [
    ...check.outputs.map((plan): WorkbookWrite => ({ kind: 'replaceSheet', plan })),
    ...staleOutputs(read.grids, check.outputs.map((o) => o.name)).map((s): WorkbookWrite => ({ kind: 'removeSheet', sheet: s })),
    { kind: 'appendRows', sheet, startRow, rows, columnWidths: HISTORY_WIDTHS },
    ...approvalLockWrites(read, check.plan, check.result, check.approvedSheets ?? []),
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

/**
 * Why a run refused, in `lang`, for every face alike: each error the core gave (no plan sheet, an output name taken
 * by the commune's own sheet…), one a line; the plain "no plan" sentence when it gave none.
 */
export function refusalText(issues: Issue[], lang: Lang): string {
  const lines = localiseIssues(issues.filter((i) => i.severity === 'error'), lang).map((i) => i.message);
  return lines.join('\n') || t(lang, 'words.noPlan');
}

/** How a face names a plan: its number, then the commune ('45/KH-UBND — Xã An Phú'); either may be missing. */
export function planDisplayName(plan: { id?: string | null; commune?: string | null }): string {
  return [plan.id, plan.commune].filter(Boolean).join(' — ');
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

/** "Chèn kế hoạch mẫu": a bundled example plan's sheets added under names not yet taken ('Phụ lục I (2)' …); the first one shown. */
export function insertPlanRun(read: Pick<WorkbookRead, 'sheets'>, sheets: SheetPlan[]): { names: string[]; writes: WorkbookWrite[] } {
  const taken = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  const plans = sheets.map((plan) => ({ ...plan, name: safeSheetName(plan.name, taken) }));
  const writes: WorkbookWrite[] = plans.map((plan) => ({ kind: 'addSheet', plan }));
  if (plans.length > 0) writes.push({ kind: 'activate', sheet: plans[0].name });
  return { names: plans.map((p) => p.name), writes };
}

/**
 * "Tạo biểu mẫu" on files (`nq57 forms`, the pane on files): one workbook per office, the form and its metadata sheet,
 * under a file name of its own even for offices whose names differ only past the slug's length or in non-Latin letters.
 */
export function formFilesRun(plan: Plan, period: Period, previous: CheckResult | null = null): Array<{ office: string; file: string; sheets: SheetPlan[] }> {
  const forms = buildForms(plan, period, previous);
  const slugs = uniqueFileSlugs(forms.map((f) => f.office));
  return forms.map((f) => ({ office: f.office, file: `${slugs.get(f.office)}.xlsx`, sheets: [f.sheet, f.meta] }));
}
