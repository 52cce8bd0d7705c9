// "Kiểm tra và tổng hợp" inside one workbook (Excel, Sheets): plan, form sheets and outputs side by side.
import { usedRows, type Grid } from '../grid';
import type { CellPlan, SheetPlan } from '../sheet-plan';
import type { CheckResult } from '../schemas/result';
import type { Plan, Period } from '../schemas/plan';
import { importPlan } from '../plan/import-plan';
import { checkReports } from '../check';
import { renderSummary } from '../render/summary-sheets';
import { buildForms, type FormSheets } from '../forms/form-plan';
import { sheetNameFor } from '../forms/office-names';
import { resolvePeriod } from '../check';
import { readReport } from '../report/read-report';
import { classifySheets, HISTORY_HEADER, HISTORY_SHEET, isForeignOutputName, REMINDER_LOG_SHEET } from './layout';
import { readReview } from '../cycle/review';
import { lastRemindersFromLog, previousFromHistory } from '../cycle/history';
import { data, label } from '../render/cells';
import { words, type Lang } from '../messages';
import { formatDateVi } from '../text/deadlines';
import { issue, type Issue } from '../issues';

export type WorkbookCheck =
  | { ok: false; issues: Issue[] }
  | {
      ok: true;
      plan: Plan;
      result: CheckResult;
      /** Sheets to replace whole: summary, indicators, tasks, issues, office status. */
      outputs: SheetPlan[];
      /** Rows to append to the history sheet (with its header when the sheet is new), from `startRow` (0-based). */
      history: { sheet: string; startRow: number; rows: CellPlan[][] };
      /** Added: form sheets of offices whose report the standing office approved (the host locks them whole). */
      approvedSheets?: string[];
    };


export function historyRows(result: CheckResult, lang: Lang): CellPlan[][] {
  const w = words[lang];
  const when = formatDateVi(result.asOf);
  return [
    ...result.indicators.map((i) => [label(when), data(result.period.label), label('Chỉ tiêu'), data(i.section), data(i.stt), data(i.name), i.value === null ? label('') : { value: Math.round(i.value * 100) / 100 }, label(w[i.status])]),
    ...result.tasks.map((t) => [label(when), data(result.period.label), label('Nhiệm vụ'), data(t.section), data(t.stt), data(t.name), label(''), label(`${w[t.status]}${t.overdue ? ` — ${w.overdue}` : ''}`)]),
  ];
}

/**
 * A commune sheet bearing an output's name: writing the outputs would replace it, and reading the plan
 * would skip it. Hosts must hand the core every sheet, output-named ones included, for this to see it.
 */
export function outputNameClashes(grids: Grid[]): Issue[] {
  return grids.filter(isForeignOutputName).map((g) => issue('error', 'OUTPUT_NAME_TAKEN', { sheet: g.name }, { sheet: g.name }));
}

export function checkWorkbook(grids: Grid[], opts: { asOf: string; period?: Period | null; lang?: Lang }): WorkbookCheck {
  const lang = opts.lang ?? 'vi';
  const clash = outputNameClashes(grids);
  if (clash.length > 0) return { ok: false, issues: clash };
  const layout = classifySheets(grids);
  const imported = importPlan(layout.planSheets);
  if (!imported.plan) return { ok: false, issues: imported.issues };
  const plan = imported.plan;
  // The cycle from the workbook itself: review columns of the last summary, the period before from the history.
  const period = resolvePeriod(plan, opts.asOf, opts.period);
  const history = layout.outputSheets.find((g) => g.name === HISTORY_SHEET);
  const previous = previousFromHistory(history, period);
  const checked = checkReports(
    plan,
    layout.formSheets.map((g) => ({ file: null, grids: [{ ...g, file: null }] })),
    {
      asOf: opts.asOf,
      period,
      planIssues: imported.issues,
      review: readReview(layout.outputSheets, plan, period),
      previous: previous ? { result: previous, source: HISTORY_SHEET } : null,
    },
  );
  const reminded = lastRemindersFromLog(layout.outputSheets.find((g) => g.name === REMINDER_LOG_SHEET));
  const result = { ...checked, offices: checked.offices.map((o) => ({ ...o, lastReminder: reminded.get(o.name) ?? null })) };
  const used = usedRows(history);
  const rows = historyRows(result, lang);
  return {
    ok: true,
    plan,
    result,
    outputs: renderSummary(result, lang, plan),
    history: { sheet: HISTORY_SHEET, startRow: used, rows: used === 0 ? [HISTORY_HEADER.map((h) => label(h, 'header')), ...rows] : rows },
    approvedSheets: result.offices.filter((o) => o.review?.state === 'approved').flatMap((o) => o.sources),
  };
}

/** Forms for offices that have no form sheet yet: an existing sheet may hold what an office typed. */
export function formsToCreate(grids: Grid[], opts: { asOf: string; period?: Period | null }): { plan: Plan | null; forms: FormSheets[]; existing: string[]; issues: Issue[] } {
  const clash = outputNameClashes(grids);
  if (clash.length > 0) return { plan: null, forms: [], existing: [], issues: clash };
  const layout = classifySheets(grids);
  const imported = importPlan(layout.planSheets);
  if (!imported.plan) return { plan: null, forms: [], existing: [], issues: imported.issues };
  const plan = imported.plan;
  const period = resolvePeriod(plan, opts.asOf, opts.period);
  const existing = new Set(layout.formSheets.map((g) => readReport([{ ...g, file: null }], plan, null).report.office).filter((o): o is string => o !== null));
  const taken = new Set(grids.map((g) => g.name.toLowerCase()));
  // The period before, from the workbook's own history: forms made in Excel and Sheets get 'Kỳ trước' as files do.
  const previous = previousFromHistory(layout.outputSheets.find((g) => g.name === HISTORY_SHEET), period);
  const forms = buildForms(plan, period, previous)
    .filter((f) => !existing.has(f.office))
    .map((f) => {
      const name = sheetNameFor(f.office, taken);
      return { ...f, sheet: { ...f.sheet, name } };
    });
  return { plan, forms, existing: [...existing], issues: imported.issues };
}
