// What each pane button does to the workbook: read (two batches), ask the core, queue the writes for the last batch.
/// <reference types="office-js" />
import {
  checkWorkbook,
  formsToCreate,
  localiseIssues,
  type CheckResult,
  type Issue,
  type Lang,
  type SheetPlan,
  type Period,
} from '../shared';
import { appendRows, readWorkbook, replaceSheets, rowsInUse, selectCell, writeTypedValue, type TypedValue, type WorkbookRead } from './excel-adapter';
import { renderSheetPlan, type Caps } from './render-sheet-plan';
import { WriteBudget, PAYLOAD_LIMIT } from './write-budget';
import { guideSteps, type Guide } from './guided-form';

/** `Excel.run` or a fake of it: every batch of one action runs inside one call. */
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** period: the pane's choice; absent, the plan's 'Kỳ báo cáo' sheet or the nearest period. */
export type ActionOptions = { asOf: string; lang: Lang; caps: Caps; payloadLimit?: number; period?: Period | null };


export type CheckOutcome =
  | { ok: false; issues: Issue[] }
  | { ok: true; result: CheckResult; issues: Issue[]; outputs: string[]; historySheet: string; historyRows: number; extraSyncs: number };

/**
 * "Kiểm tra và tổng hợp": batch 1 names, batch 2 every sheet's cells, batch 3 (the one Excel.run sends at its end)
 * every write. Only output sheets and the history sheet are written; form sheets, where offices type, are not touched.
 */
export function runCheck(run: Run, opts: ActionOptions): Promise<CheckOutcome> {
  return run(async (context) => {
    // Output-named sheets are read too: one of them may be the commune's own sheet, never to be replaced.
    const book = await readWorkbook(context, { caps: opts.caps });
    // The workbook's outputs stay Vietnamese whatever the pane's language: it is the commune's document.
    const check = checkWorkbook(book.grids, { asOf: opts.asOf, lang: 'vi', period: opts.period });
    if (!check.ok) return { ok: false, issues: localiseIssues(check.issues, opts.lang) };
    const budget = new WriteBudget(context, opts.payloadLimit ?? PAYLOAD_LIMIT);
    const names = new Set(book.sheets.map((s) => s.name));
    const added = await replaceSheets(context, check.outputs, names, budget, opts.caps);
    const { sheet, rows } = check.history;
    // Never over what is there: a blank row left inside the history must not make the next run overwrite its tail.
    const startRow = Math.max(check.history.startRow, rowsInUse(book.grids.find((g) => g.name === sheet)));
    await appendRows(context, sheet, names.has(sheet), startRow, rows, budget);
    lockApproved(context, book, check.approvedSheets ?? []);
    added.get(check.outputs[0].name)?.activate();
    return {
      ok: true,
      result: check.result,
      issues: localiseIssues(check.result.issues, opts.lang),
      outputs: check.outputs.map((o) => o.name),
      historySheet: sheet,
      historyRows: rows.length,
      extraSyncs: budget.extraSyncs,
    };
  });
}

/**
 * An approved office's form sheet is locked whole, its input cells too (contract §6), queued in the last batch.
 * No password, like every protection here: the standing office can lift it to return the report.
 */
function lockApproved(context: Excel.RequestContext, book: WorkbookRead, sheets: string[]): void {
  for (const name of sheets) {
    const grid = book.grids.find((g) => g.name === name);
    if (!grid || grid.values.length === 0) continue;
    const ws = context.workbook.worksheets.getItem(name);
    const width = Math.max(1, ...grid.values.map((r) => r.length));
    ws.protection.unprotect();
    ws.getRangeByIndexes(0, 0, grid.values.length, width).format.protection.locked = true;
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
}

export type FormsOutcome = { ok: false; issues: Issue[] } | { ok: true; created: string[]; existing: string[] };

/** "Tạo biểu mẫu": one new sheet per office without one; a sheet an office may have typed in is never replaced. */
export function runCreateForms(run: Run, opts: ActionOptions): Promise<FormsOutcome> {
  return run(async (context) => {
    const book = await readWorkbook(context, { caps: opts.caps });
    const made = formsToCreate(book.grids, { asOf: opts.asOf });
    if (!made.plan) return { ok: false, issues: localiseIssues(made.issues, opts.lang) };
    const budget = new WriteBudget(context, opts.payloadLimit ?? PAYLOAD_LIMIT);
    let first: Excel.Worksheet | null = null;
    for (const form of made.forms) {
      // The per-file metadata sheet (form.meta) is for files; in a workbook the 'Đơn vị báo cáo:' cell says whose it is.
      const sheet = context.workbook.worksheets.add(form.sheet.name);
      first ??= sheet;
      await renderSheetPlan(sheet, form.sheet, budget, opts.caps);
    }
    first?.activate();
    return { ok: true, created: made.forms.map((f) => f.sheet.name), existing: made.existing };
  });
}

/** A plan sheet name not yet taken ('Phụ lục I', else 'Phụ lục I (2)' …). */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name.slice(0, 26)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** "Chèn kế hoạch mẫu": adds a bundled example plan's sheets; one batch to learn the names, one to write. */
export function runInsertPlan(run: Run, sheets: SheetPlan[], opts: ActionOptions): Promise<string[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const budget = new WriteBudget(context, opts.payloadLimit ?? PAYLOAD_LIMIT);
    const names: string[] = [];
    let first: Excel.Worksheet | null = null;
    for (const plan of sheets) {
      const name = freeName(plan.name, taken);
      const sheet = worksheets.add(name);
      first ??= sheet;
      await renderSheetPlan(sheet, { ...plan, name }, budget, opts.caps);
      names.push(name);
    }
    first?.activate();
    return names;
  });
}

export type Survey = {
  plan: { id: string; commune: string; indicators: number; tasks: number; offices: number } | null;
  forms: number;
  issues: Issue[];
  book: WorkbookRead;
};

/** What the pane shows on opening: is there a plan, how many offices already have a form. */
export function runSurvey(run: Run, opts: ActionOptions): Promise<Survey> {
  return run(async (context) => {
    const book = await readWorkbook(context, { caps: opts.caps });
    const made = formsToCreate(book.grids, { asOf: opts.asOf });
    const plan = made.plan;
    return {
      plan: plan ? { id: plan.id, commune: plan.commune, indicators: plan.indicators.length, tasks: plan.tasks.length, offices: plan.offices.length } : null,
      forms: made.existing.length,
      issues: localiseIssues(made.issues, opts.lang),
      book,
    };
  });
}

/** The guided form of the sheet the user is on: read, then the steps the core's check gives for that sheet. */
export function runGuide(run: Run, opts: ActionOptions): Promise<{ guide: Guide; sheet: string; book: WorkbookRead }> {
  return run(async (context) => {
    const book = await readWorkbook(context, { caps: opts.caps });
    const sheet = book.active ?? '';
    return { guide: guideSteps(book.grids, sheet, { asOf: opts.asOf, lang: opts.lang }), sheet, book };
  });
}

/** Writes one value the office typed in the pane and selects the next cell to fill, in one batch. */
export function runWriteValue(run: Run, sheet: string, cell: string, typed: TypedValue, next: string | null): Promise<void> {
  return run(async (context) => {
    writeTypedValue(context, sheet, cell, typed);
    selectCell(context, sheet, next ?? cell);
  });
}

/** Selects an issue's cell (a user action of its own, outside any check's batches). */
export function runSelect(run: Run, sheet: string, cell: string): Promise<void> {
  return run(async (context) => selectCell(context, sheet, cell));
}
