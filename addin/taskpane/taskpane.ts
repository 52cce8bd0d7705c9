// The task pane: waits for Office, wires the buttons to the workbook actions, shows results. No rule lives here.
import {
  parsePeriod,
  periodChoices,
  skipGuide,
  statusLine,
  todayInVietnam,
  type CheckResult,
  type GuideWalk,
  type Issue,
  type Lang,
  buildReportPlan,
  reportFileName,
  renderReportDocx,
  planDisplayName,
  refusalText,
} from '../../shared';
import { DOCX_TYPE, saveFile } from '../save-file';
import { planWorkbook } from '../../examples/plan-workbook';
import { examplePlans } from '../../examples/plans';
import { paneLang, say, type PaneWordKey } from '../pane-words';
import { renderIssues } from '../issues-view';
import { renderGuideMessage, renderStep, type StepWords } from '../guided-view';
import { runAnswer, runCheck, runCreateForms, runGuide, runInsertPlan, runSelect, runSurvey, runWrites, type ActionOptions, type Run } from '../workbook-actions';
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
  return { pageLayout: r.isSetSupported('ExcelApi', '1.9'), mergedAreas: r.isSetSupported('ExcelApi', '1.13') };
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

function showIssues(issues: Issue[], offices: readonly string[] = []): void {
  renderIssues($('issues'), issues, lang, (sheet, cell) => void busy(async () => {
    await runSelect(run, sheet, cell, options());
    status(`${sheet}!${cell}`);
  }), offices);
}

async function survey(): Promise<void> {
  const s = await runSurvey(run, options());
  const plan = s.plan;
  $('example').hidden = plan !== null;
  $('plan').textContent = plan
    ? say(lang, 'planFound', { plan: planDisplayName(plan), indicators: plan.indicators, tasks: plan.tasks, offices: plan.offices, forms: s.forms })
    : say(lang, 'noPlan');
  status('');
}

async function check(): Promise<void> {
  const out = await runCheck(run, options());
  $('guide').hidden = true;
  lastResult = out.ok ? out.result : null;
  $('report').hidden = lastResult === null;
  if (!out.ok) {
    status(refusalText(out.issues, lang), 'error');
    showIssues(out.issues);
    return;
  }
  status(say(lang, 'checkDone', { sheets: out.outputs.join(', '), history: out.historyRows, historySheet: out.historySheet }), 'ok');
  // Every status in the contract's words (§5), from the core.
  $('summary').textContent = statusLine(out.result, lang);
  $('summary').hidden = false;
  showIssues(out.issues, out.result.offices.map((o) => o.name));
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
    status(refusalText(out.issues, lang), 'error');
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
  status(say(lang, 'exampleInserted', { plan: planDisplayName({ id: plan.planNumber, commune: plan.commune }), sheets: names.length }), 'ok');
}

/** The walk through the active form sheet: the core keeps the sheet as last read, so each step needs one batch only. */
let guide: GuideWalk | null = null;

/** The step view's words, from the pane's group of the text module. */
function guideWords(): StepWords {
  return {
    progress: (p) => say(lang, 'guideProgress', p),
    field: say(lang, 'guideField'),
    unit: say(lang, 'guideUnit'),
    target: say(lang, 'guideTarget'),
    deadline: say(lang, 'guideDeadline'),
    placeholder: say(lang, 'guidePlaceholder'),
    save: say(lang, 'guideSave'),
    skip: say(lang, 'guideSkip'),
    stop: say(lang, 'guideStop'),
  };
}

function showStep(): void {
  const g = guide!;
  if (g.steps.length === 0) {
    renderGuideMessage($('guide'), say(lang, 'guideDone', { sheet: g.sheet }));
    guide = null;
    return;
  }
  renderStep($('guide'), g.steps[g.index], g.index, g.steps.length, guideWords(), {
    submit: (input) => void busy(() => answer(input)),
    skip: () => {
      // Shown at once; selecting the cell in the sheet is a courtesy that may fail without harm.
      const next = skipGuide(g);
      guide = next.walk;
      showStep();
      void runWrites(run, next.writes, options()).catch(() => undefined);
    },
    stop: () => {
      guide = null;
      $('guide').hidden = true;
    },
  });
}

async function startGuide(): Promise<void> {
  const { guide: found, walk, sheet } = await runGuide(run, options());
  status('');
  if (!found.ok || !walk) {
    renderGuideMessage($('guide'), !found.ok && found.reason === 'no_plan' ? say(lang, 'noPlan') : say(lang, 'guideNotForm', { sheet }));
    return;
  }
  guide = walk;
  showStep();
}

async function answer(input: string): Promise<void> {
  if (!guide) return;
  guide = await runAnswer(run, guide, input, options());
  status('');
  showStep();
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
