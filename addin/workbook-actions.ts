// What each pane button does, inside one Excel.run: read through the port, let the core's run decide, write its writes.
/// <reference types="office-js" />
import {
  answerGuide,
  checkRun,
  formsRun,
  insertPlanRun,
  startGuide,
  surveyRun,
  type CheckResult,
  type Guide,
  type GuideWalk,
  type Issue,
  type Lang,
  type Period,
  type SheetPlan,
  type Survey,
  type WorkbookRead,
  type WorkbookWrite,
} from '../shared';
import { excelPort } from './excel-adapter';
import type { Caps } from './render-sheet-plan';

/** `Excel.run` or a fake of it: every batch of one action runs inside one call. */
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** period: the pane's choice; absent, the plan's 'Kỳ báo cáo' sheet or the nearest period. */
export type ActionOptions = { asOf: string; lang: Lang; caps: Caps; payloadLimit?: number; period?: Period | null };

export type CheckOutcome =
  | { ok: false; issues: Issue[] }
  | { ok: true; result: CheckResult; issues: Issue[]; outputs: string[]; historySheet: string; historyRows: number; extraSyncs: number };

/**
 * "Kiểm tra và tổng hợp": batch 1 names, batch 2 every sheet's cells, batch 3 (the one Excel.run sends at its end)
 * every write the core's run gives.
 */
export function runCheck(run: Run, opts: ActionOptions): Promise<CheckOutcome> {
  return run(async (context) => {
    const port = excelPort(context, opts);
    const out = checkRun(await port.read(), opts);
    if (!out.ok) return { ok: false, issues: out.issues };
    await port.write(out.writes);
    const { writes: _, ...shown } = out;
    return { ...shown, extraSyncs: port.extraSyncs() };
  });
}

export type FormsOutcome = { ok: false; issues: Issue[] } | { ok: true; created: string[]; existing: string[] };

/** "Tạo biểu mẫu": one new sheet per office without one; a sheet an office may have typed in is never replaced. */
export function runCreateForms(run: Run, opts: ActionOptions): Promise<FormsOutcome> {
  return run(async (context) => {
    const port = excelPort(context, opts);
    const out = formsRun(await port.read(), opts);
    if (!out.ok) return { ok: false, issues: out.issues };
    await port.write(out.writes);
    return { ok: true, created: out.created.map((c) => c.sheet), existing: out.existing };
  });
}

/** "Chèn kế hoạch mẫu": a bundled example plan's sheets; one batch to learn the names, one to write. */
export function runInsertPlan(run: Run, sheets: SheetPlan[], opts: ActionOptions): Promise<string[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const out = insertPlanRun({ sheets: worksheets.items.map((s) => ({ name: s.name, visible: true })) }, sheets);
    await excelPort(context, opts).write(out.writes);
    return out.names;
  });
}

/** What the pane shows on opening: is there a plan, how many offices already have a form. */
export function runSurvey(run: Run, opts: ActionOptions): Promise<Survey & { book: WorkbookRead }> {
  return run(async (context) => {
    const book = await excelPort(context, opts).read();
    return { ...surveyRun(book, opts), book };
  });
}

/** The guided form of the sheet the user is on: read, the core's steps for it, the first cell shown. */
export function runGuide(run: Run, opts: ActionOptions): Promise<{ guide: Guide; walk: GuideWalk | null; sheet: string }> {
  return run(async (context) => {
    const port = excelPort(context, opts);
    const book = await port.read();
    const out = startGuide(book, opts);
    await port.write(out.writes);
    return { guide: out.guide, walk: out.walk, sheet: book.active ?? '' };
  });
}

/** The office's answer to the current step, written with the next cell selected, in one batch. */
export async function runAnswer(run: Run, walk: GuideWalk, input: string, opts: ActionOptions): Promise<GuideWalk> {
  const out = answerGuide(walk, input, opts);
  await runWrites(run, out.writes, opts);
  return out.walk;
}

/** Writes with no read before them (a cell selected, a value typed in the pane). */
export function runWrites(run: Run, writes: WorkbookWrite[], opts: ActionOptions): Promise<void> {
  return run(async (context) => excelPort(context, opts).write(writes));
}

/** Selects an issue's cell (a user action of its own, outside any check's batches). */
export function runSelect(run: Run, sheet: string, cell: string, opts: ActionOptions): Promise<void> {
  return runWrites(run, [{ kind: 'activate', sheet, cell }], opts);
}
