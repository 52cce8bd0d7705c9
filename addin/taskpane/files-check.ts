// The pane on files: the same steps as `nq57 check` and `nq57 forms` (cli/commands), on files the user chose in the
// page. Reading and writing go through the command line's own ExcelJS adapter, so the workbooks are the same.
import {
  formFilesRun,
  importPlan,
  localiseIssues,
  renderSummary,
  resolvePeriod,
  startCheck,
  type CheckResult,
  type Issue,
  type Lang,
  type Plan,
  type ReportInput,
  readFailureText,
  render,
} from '../../shared';
import { readXlsxBytes, savedTime, type ReadResult } from '../../cli/xlsx/read-xlsx';
import { workbookBuffer } from '../../cli/xlsx-write';

/** A file as the page has it: a name, its bytes, and the time the browser says it was last modified. */
export type PickedFile = { name: string; bytes: Uint8Array; lastModified: number };

export type PlanLoad = { ok: true; plan: Plan; issues: Issue[] } | { ok: false; message: string };

async function read(file: PickedFile): Promise<ReadResult> {
  // The command line's bounded reader works on bytes alone: the same grids in the page as on disk.
  return readXlsxBytes(file.bytes, file.name);
}

/** As cli/inputs.ts loadPlan: the plan is named by its file, an unreadable file or a workbook with no plan says why. */
export async function loadPlanFile(file: PickedFile, lang: Lang): Promise<PlanLoad> {
  const r = await read(file);
  if (!r.ok) return { ok: false, message: render('PLAN_UNREADABLE', { file: file.name, detail: readFailureText(r.failure.reason, lang) }, lang) };
  const imported = importPlan(r.grids, file.name.replace(/\.[^.]+$/, ''));
  if (!imported.plan) return { ok: false, message: imported.issues.map((i) => (lang === 'en' ? i.messageEn ?? i.message : i.message)).join('\n') };
  return { ok: true, plan: imported.plan, issues: imported.issues };
}

/** As cli/commands/check.ts runCheck: one report at a time into the core's session, then the result in `lang`. */
export async function checkFiles(plan: PlanLoad & { ok: true }, reports: PickedFile[], asOf: string, lang: Lang, progress: (name: string) => void = () => undefined): Promise<CheckResult> {
  const session = startCheck(plan.plan, { asOf, period: null, planIssues: plan.issues });
  for (const file of reports) {
    progress(file.name);
    const r = await read(file);
    const input: ReportInput = r.ok ? { file: file.name, grids: r.grids, savedAt: r.savedAt ?? savedTime(new Date(file.lastModified)) } : { file: file.name, failure: r.failure };
    session.add(input);
  }
  const result = session.finish();
  return { ...result, issues: localiseIssues(result.issues, lang) };
}

/** The summary workbook, byte for byte what `nq57 check --out` writes for the same result. */
export async function summaryWorkbook(result: CheckResult, lang: Lang): Promise<Uint8Array> {
  return workbookBuffer(renderSummary(result, lang));
}

/** Every office's form, as `nq57 forms` writes them (file names included), packed in one .zip. */
export async function formsZip(plan: Plan, asOf: string): Promise<{ zip: Uint8Array; count: number; period: string }> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const period = resolvePeriod(plan, asOf);
  // The command line's files: one per office, names made unique by the core.
  const forms = formFilesRun(plan, period);
  for (const form of forms) zip.file(form.file, await workbookBuffer(form.sheets));
  return { zip: await zip.generateAsync({ type: 'uint8array' }), count: forms.length, period: period.label };
}
