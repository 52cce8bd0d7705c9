// The task pane: waits for Office, wires the buttons to the workbook actions, shows results. No rule lives here.
import { parseA1, parsePeriod, periodChoices, statusLine, todayInVietnam, type CheckResult, type Grid, type Issue, type Lang } from '../../shared';
import { buildReportPlan, reportFileName } from '../../shared/report-doc/build-report';
import { renderReportDocx } from '../../shared/render/report-docx';
import { DOCX_TYPE, saveFile } from '../save-file';
import { planWorkbook } from '../../examples/plan-workbook';
import { examplePlans } from '../../examples/plans';
import { paneLang, say, type PaneWordKey } from '../pane-words';
import { renderIssues } from '../issues-view';
import { renderGuideMessage, renderStep } from '../guided-view';
import { guideSteps, typedValue, withValue, type GuideStep } from '../guided-form';
import { runCheck, runCreateForms, runGuide, runInsertPlan, runSelect, runSurvey, runWriteValue, type ActionOptions, type Run } from '../workbook-actions';
import type { Caps } from '../render-sheet-plan';

/** Real office.js outside Office never resolves onReady from file:// and may be slow on the web: wait, then say so. */
const OFFICE_TIMEOUT_MS = 10_000;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let lang: Lang = 'vi';
/** The last check's result: the report draft is built from it in the page, with the same core as the command line. */
let lastResult: CheckResult | null = null;
const run: Run = (batch) => Excel.run(batch);

function caps(): Caps {
  const r = Office.context.requirements;
  return { pageLayout: r.isSetSupported('ExcelApi', '1.9'), mergedAreas: r.isSetSupported('ExcelApi', '1.13'), notes: r.isSetSupported('ExcelApi', '1.18') };
}

function options(): ActionOptions {
  // The period chosen in the pane; the empty choice leaves it to the plan's sheet or the date.
  const chosen = ($('period') as HTMLSelectElement | null)?.value ?? '';
  return { asOf: todayInVietnam(), lang, caps: caps(), period: chosen ? parsePeriod(chosen) : null };
}

function status(text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  const box = $('status');
  box.textContent = text;
  box.className = `status ${kind}`;
  box.hidden = text === '';
}

function label(id: string, key: PaneWordKey): void {
  $(id).textContent = say(lang, key);
}

/** Runs one user action with the buttons disabled; any failure is shown, never swallowed. */
async function busy(task: () => Promise<void>): Promise<void> {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#actions button, #guide button')];
  buttons.forEach((b) => { b.disabled = true; });
  status(say(lang, 'working'));
  try {
    await task();
  } catch (e) {
    status(say(lang, 'failed', { detail: e instanceof Error ? e.message : String(e) }), 'error');
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function showIssues(issues: Issue[]): void {
  renderIssues($('issues'), issues, lang, (sheet, cell) => void busy(async () => {
    await runSelect(run, sheet, cell);
    status(`${sheet}!${cell}`);
  }));
}

async function survey(): Promise<void> {
  const s = await runSurvey(run, options());
  const plan = s.plan;
  $('example').hidden = plan !== null;
  $('plan').textContent = plan
    ? say(lang, 'planFound', { plan: [plan.id, plan.commune].filter(Boolean).join(' — '), indicators: plan.indicators, tasks: plan.tasks, offices: plan.offices, forms: s.forms })
    : say(lang, 'noPlan');
  status('');
}

/** Why nothing was done: the first error the core gave (a sheet named like an output…), else no plan. */
function refusal(issues: Issue[]): string {
  return issues.find((i) => i.severity === 'error' && i.code === 'OUTPUT_NAME_TAKEN')?.message ?? say(lang, 'noPlan');
}

async function check(): Promise<void> {
  const out = await runCheck(run, options());
  $('guide').hidden = true;
  lastResult = out.ok ? out.result : null;
  $('report').hidden = lastResult === null;
  if (!out.ok) {
    status(refusal(out.issues), 'error');
    showIssues(out.issues);
    return;
  }
  status(say(lang, 'checkDone', { sheets: out.outputs.join(', '), history: out.historyRows, historySheet: out.historySheet }), 'ok');
  // Every status in the contract's words (§5), from the core.
  $('summary').textContent = statusLine(out.result, lang);
  $('summary').hidden = false;
  showIssues(out.issues);
}

/** "Tạo báo cáo (.docx)": the commune's report draft, in Vietnamese like the workbook outputs, downloaded from the page. */
async function makeReport(): Promise<void> {
  if (!lastResult) return;
  const name = reportFileName(lastResult);
  saveFile(await renderReportDocx(buildReportPlan(lastResult, 'vi')), name, DOCX_TYPE);
  status(say(lang, 'reportDone', { file: name }), 'ok');
}

async function createForms(): Promise<void> {
  const out = await runCreateForms(run, options());
  if (!out.ok) {
    status(refusal(out.issues), 'error');
    showIssues(out.issues);
    return;
  }
  await survey();
  status(out.created.length > 0 ? say(lang, 'formsCreated', { count: out.created.length, names: out.created.join(', ') }) : say(lang, 'formsNone'), 'ok');
}

async function insertExample(): Promise<void> {
  const plan = examplePlans[0];
  const names = await runInsertPlan(run, planWorkbook(plan), options());
  await survey();
  status(say(lang, 'exampleInserted', { plan: `${plan.planNumber} — ${plan.commune}`, sheets: names.length }), 'ok');
}

/** The guided form keeps the sheet as last read and updates it as it writes, so each step needs one batch only. */
type GuideState = { sheet: string; grids: Grid[]; steps: GuideStep[]; index: number };
let guide: GuideState | null = null;

function showStep(): void {
  const g = guide!;
  if (g.steps.length === 0) {
    renderGuideMessage($('guide'), say(lang, 'guideDone', { sheet: g.sheet }));
    guide = null;
    return;
  }
  renderStep($('guide'), g.steps[g.index], g.index, g.steps.length, lang, {
    submit: (input) => void busy(() => answer(input)),
    skip: () => {
      g.index = (g.index + 1) % g.steps.length;
      showStep();
      void runSelect(run, g.sheet, g.steps[g.index].cell).catch(() => undefined);
    },
    stop: () => {
      guide = null;
      $('guide').hidden = true;
    },
  });
}

async function startGuide(): Promise<void> {
  const { guide: found, sheet, book } = await runGuide(run, options());
  status('');
  if (!found.ok) {
    renderGuideMessage($('guide'), found.reason === 'no_plan' ? say(lang, 'noPlan') : say(lang, 'guideNotForm', { sheet }));
    return;
  }
  guide = { sheet, grids: book.grids, steps: found.steps, index: 0 };
  showStep();
  if (found.steps.length > 0) await runSelect(run, sheet, found.steps[0].cell);
}

async function answer(input: string): Promise<void> {
  const g = guide;
  if (!g) return;
  const step = g.steps[g.index];
  const typed = typedValue(step, input);
  const grids = g.grids.map((grid) => (grid.name === g.sheet ? withValue(grid, step.cell, typed) : grid));
  const again = guideSteps(grids, g.sheet, { asOf: todayInVietnam(), lang });
  const steps = again.ok ? again.steps : [];
  // Stay on the cell if it is still wrong, else go to the next one after it in reading order.
  const same = steps.findIndex((s) => s.cell === step.cell);
  const after = steps.findIndex((s) => s.cell !== step.cell && order(s.cell) > order(step.cell));
  const index = same >= 0 ? same : Math.max(after, 0);
  await runWriteValue(run, g.sheet, step.cell, typed, steps[index]?.cell ?? null);
  guide = { ...g, grids, steps, index };
  status('');
  showStep();
}

/** Reading order of a cell: row by row, then column. */
function order(cell: string): number {
  const p = parseA1(cell);
  return p ? (p.row + 1) * 1000 + p.col + 1 : 0;
}

function start(): void {
  lang = paneLang(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  label('heading', 'title');
  label('check', 'validateButton');
  label('forms', 'formsButton');
  label('guide-start', 'guideButton');
  label('example', 'insertExample');
  label('report', 'reportButton');
  $('outside').hidden = true;
  $('files').hidden = true;
  $('pane').hidden = false;
  const periods = $('period') as HTMLSelectElement | null;
  for (const p of periodChoices(todayInVietnam(), lang)) periods?.append(new Option(p.label, p.id));
  $('check').addEventListener('click', () => void busy(check));
  $('forms').addEventListener('click', () => void busy(createForms));
  $('guide-start').addEventListener('click', () => void busy(startGuide));
  $('example').addEventListener('click', () => void busy(insertExample));
  $('report').addEventListener('click', () => void busy(makeReport));
  status(say(lang, 'loading'));
  void busy(survey);
}

function outside(): void {
  $('pane').hidden = true;
  $('outside').hidden = false;
  document.body.dataset.state = 'outside';
}

/** The pane on files, loaded only when needed: Excel never pays for its workbook reader and writer. */
function startFiles(): void {
  void import('./files-pane').then(
    (m) => m.startFiles(),
    (e: unknown) => {
      $('outside').hidden = false;
      $('outside').append(document.createTextNode(String(e)));
    },
  );
}

/**
 * Office never opens a pane from disk, and from file:// office.js never calls onReady: work on files at once.
 * Served outside Office, onReady resolves with no host (or never, if office.js could not load): files too.
 * Inside another Office application (Word…), say to open it in Excel.
 */
function boot(): void {
  if (location.protocol === 'file:' || typeof Office === 'undefined') {
    startFiles();
    return;
  }
  const timer = window.setTimeout(startFiles, OFFICE_TIMEOUT_MS);
  void Office.onReady((info) => {
    window.clearTimeout(timer);
    if (info.host === Office.HostType.Excel && typeof Excel !== 'undefined') {
      start();
      document.body.dataset.state = 'ready';
    } else if (!info.host) startFiles();
    else outside();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
