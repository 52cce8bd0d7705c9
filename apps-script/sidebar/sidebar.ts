// The sidebar: wires its buttons to the server and lists issues by office; all text goes in through textContent.
import {
  type CheckResult,
  type Issue,
  groupIssuesByOffice,
  words,
  type Lang,
  officeCounts,
  statusCounts,
  periodChoices,
  todayInVietnam,
  buildReportPlan,
  reportFileName,
  renderReportDocx,
  skipGuide,
} from '../../shared';
import { call } from './server';
import { TEXT, fill, type TextKey } from './ui-text';
import { DOCX_TYPE, saveFile } from '../../addin/save-file';
import type { GuideView } from '../guide';
import { renderGuideMessage } from './guide-view';
import { renderStep } from '../../addin/guided-view';

/** The sidebar's button classes for the guide step the pane draws too. */
const GUIDE_LOOK = { buttons: 'row', primary: 'btn primary', secondary: 'btn' };

declare global {
  interface Window {
    NQ57_AUTORUN?: 'validate' | 'forms';
  }
}

let lang: Lang = 'vi';
/** The last check's result: the report draft is built from it here in the page, so Sheets needs no new permission. */
let lastResult: CheckResult | null = null;
const t = (key: TextKey, params: Record<string, string | number> = {}) => fill(TEXT[lang][key], params);

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function applyText(): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((e) => {
    e.textContent = t(e.dataset.t as TextKey);
  });
}

function status(id: string, text: string, kind: 'busy' | 'ok' | 'error' | '' = ''): void {
  const s = byId(id);
  s.textContent = text;
  s.className = `status ${kind}`;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const dateVi = (iso: string) => iso.split('-').reverse().join('/');

async function busy<T>(buttons: HTMLButtonElement[], f: () => Promise<T>): Promise<T> {
  buttons.forEach((b) => { b.disabled = true; });
  try {
    return await f();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function renderSummary(r: CheckResult): void {
  byId('summary-meta').textContent = `${t('period')}: ${r.period.label} · ${t('asOf')} ${dateVi(r.asOf)}`;
  const rows = byId('summary-counts');
  rows.replaceChildren();
  const line = (title: string, chips: Array<[string, number, string]>) => {
    const li = el('li');
    li.append(el('span', 'label', title));
    for (const [text, n, cls] of chips) if (n > 0) li.append(el('span', `chip ${cls}`, `${n} ${text}`));
    rows.append(li);
  };
  // Every status in the contract's words, from the core: none of them may be missing from the screen.
  const counts = statusCounts(r, lang);
  line(t('indicators'), counts.indicators.map((x) => [x.word, x.count, x.tone]));
  line(t('tasks'), counts.tasks.map((x) => [x.word, x.count, x.tone]));
  const offices = officeCounts(r);
  line(t('offices'), [[`/ ${offices.total}`, offices.reported, offices.tone]]);
  byId('summary').hidden = false;

  const missing = offices.noAddress;
  const notice = byId('no-address');
  notice.textContent = missing.length > 0 ? t('noAddress', { names: missing.join('; ') }) : '';
  notice.hidden = missing.length === 0;
}

async function activate(button: HTMLButtonElement, issue: Issue): Promise<void> {
  document.querySelectorAll('.issue.selected').forEach((b) => { b.classList.remove('selected'); });
  button.classList.add('selected');
  try {
    await call('activateCell', issue.sheet!, issue.cell);
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

function renderIssues(r: CheckResult): void {
  const box = byId('issue-groups');
  box.replaceChildren();
  byId('issue-count').textContent = String(r.issues.length);
  byId('issues').hidden = false;
  if (r.issues.length === 0) {
    box.append(el('p', 'empty', t('noIssues')));
    return;
  }
  box.append(el('p', 'hint', t('clickHint')));
  // The core bounds each list (per office and code, one "N more" row per cut): 200,000 issues stay a short page.
  for (const { office, issues: list, errors, rows } of groupIssuesByOffice(r.issues, r.offices.map((o) => o.name), lang)) {
    const group = el('details', 'group');
    group.open = true;
    const summary = el('summary');
    summary.append(el('span', 'office', office ?? t('general')));
    summary.append(el('span', `n ${errors > 0 ? 'bad' : 'warn'}`, String(list.length)));
    group.append(summary);
    const ul = el('ul');
    for (const row of rows) {
      const li = el('li');
      if (row.kind === 'more') {
        li.className = `more ${row.severity}`;
        li.dataset.code = row.code;
        li.dataset.more = String(row.count);
        li.append(el('span', 'msg', row.message));
        ul.append(li);
        continue;
      }
      const issue = row.issue;
      const b = el('button', `issue ${issue.severity}`);
      b.type = 'button';
      const head = el('span', 'head');
      head.append(el('span', 'badge', words[lang][issue.severity]));
      if (issue.sheet) head.append(el('span', 'where', issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet));
      b.append(head, el('span', 'msg', lang === 'en' ? (issue.messageEn ?? issue.message) : issue.message));
      if (issue.sheet) {
        b.dataset.sheet = issue.sheet;
        if (issue.cell) b.dataset.cell = issue.cell;
        b.addEventListener('click', () => void activate(b, issue));
      } else b.disabled = true;
      li.append(b);
      ul.append(li);
    }
    group.append(ul);
    box.append(group);
  }
}

/** The period chosen in the sidebar; none: the plan's sheet or the date decides (the server's default). */
function periodOption(): { period?: string } {
  const v = byId<HTMLSelectElement>('period').value;
  return v ? { period: v } : {};
}

function actionButtons(): HTMLButtonElement[] {
  return [byId<HTMLButtonElement>('validate'), byId<HTMLButtonElement>('forms'), byId<HTMLButtonElement>('report'), byId<HTMLButtonElement>('guide-start')];
}

async function validate(): Promise<void> {
  status('status', t('checking'), 'busy');
  try {
    const result = await busy(actionButtons(), () => call('validateAndConsolidate', periodOption()));
    lastResult = result;
    byId('report').hidden = false;
    renderSummary(result);
    renderIssues(result);
    status('status', t('checked'), 'ok');
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

/** "Tạo báo cáo (.docx)": the commune's report draft, in Vietnamese like the summary sheets, downloaded from the page. */
async function makeReport(): Promise<void> {
  const result = lastResult;
  if (!result) return;
  try {
    const bytes = await busy(actionButtons(), () => renderReportDocx(buildReportPlan(result, 'vi')));
    const name = reportFileName(result);
    saveFile(bytes, name, DOCX_TYPE);
    status('status', t('reportDone', { file: name }), 'ok');
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

async function createForms(): Promise<void> {
  status('status', t('creating'), 'busy');
  try {
    const made = await busy(actionButtons(), () => call('createForms', periodOption()));
    status('status', made.created.length > 0 ? t('created', { n: made.created.length, names: made.created.map((c) => c.sheet).join(', ') }) : t('noneCreated'), 'ok');
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

/** The guided walk as the server last described it; the server keeps nothing between steps. */
let walk: Extract<GuideView, { ok: true }> | null = null;

function showGuide(view: GuideView): void {
  const box = byId('guide');
  if (!view.ok) {
    walk = null;
    const text = view.reason === 'no_plan' ? t('guideNoPlan') : t('guideNotForm', { sheet: view.sheet });
    renderGuideMessage(box, [text, ...view.problems].join(' '), 'refused');
    return;
  }
  if (view.steps.length === 0) {
    walk = null;
    renderGuideMessage(box, t('guideDone', { sheet: view.sheet }), 'done');
    return;
  }
  walk = view;
  renderStep(box, view.steps[view.index], view.index, view.steps.length, {
    progress: (p) => t('guideProgress', p),
    field: t('guideField'),
    unit: t('guideUnit'),
    target: t('guideTarget'),
    deadline: t('guideDeadline'),
    placeholder: t('guidePlaceholder'),
    save: t('guideSave'),
    skip: t('guideSkip'),
    stop: t('guideStop'),
  }, {
    submit: (input) => void answerStep(input),
    skip: () => void skipStep(),
    stop: () => {
      walk = null;
      box.hidden = true;
    },
  }, GUIDE_LOOK);
}

async function startWalk(): Promise<void> {
  status('status', t('guideLooking'), 'busy');
  try {
    const view = await busy(actionButtons(), () => call('guideStart'));
    status('status', '');
    showGuide(view);
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

async function answerStep(input: string): Promise<void> {
  const w = walk;
  if (!w) return;
  const step = w.steps[w.index];
  status('status', t('guideWriting', { cell: `${step.sheet}!${step.cell}` }), 'busy');
  const buttons = [...actionButtons(), ...byId('guide').querySelectorAll<HTMLButtonElement>('button')];
  try {
    const view = await busy(buttons, () => call('guideAnswer', step.sheet, step.cell, input));
    status('status', '');
    showGuide(view);
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
}

/** The core's skip: the next step round the end is shown at once; selecting its cell may fail without harm. */
async function skipStep(): Promise<void> {
  const w = walk;
  if (!w) return;
  const next = skipGuide({ sheet: w.sheet, grids: [], steps: w.steps, index: w.index });
  showGuide({ ...w, index: next.walk.index });
  for (const write of next.writes) if (write.kind === 'activate') await call('activateCell', write.sheet, write.cell ?? null).catch(() => undefined);
}

function stateText(s: { enabled: boolean; hour: number }): string {
  return s.enabled ? t('on', { hour: s.hour }) : t('off');
}

async function saveSettings(): Promise<void> {
  const input = {
    enabled: byId<HTMLInputElement>('rem-enabled').checked,
    hour: Number(byId<HTMLSelectElement>('rem-hour').value),
    replyTo: byId<HTMLInputElement>('rem-replyto').value.trim(),
  };
  try {
    const state = await busy([byId<HTMLButtonElement>('rem-save')], () => call('saveReminderSettings', input));
    status('rem-status', t('saved', { state: stateText(state.settings) }), 'ok');
  } catch (e) {
    status('rem-status', t('failed', { message: message(e) }), 'error');
  }
}

async function sendNow(): Promise<void> {
  status('rem-status', t('sending'), 'busy');
  try {
    const run = await busy([byId<HTMLButtonElement>('rem-send')], () => call('sendOverdueReminders'));
    if (run.status === 'locked') return status('rem-status', t('locked'), 'error');
    const more = [
      run.skipped.length > 0 ? t('skipped', { names: run.skipped.join('; ') }) : '',
      run.noAddress.length > 0 ? t('noAddress', { names: run.noAddress.join('; ') }) : '',
      run.deferred.length > 0 ? t('deferred', { names: run.deferred.join('; ') }) : '',
    ].filter(Boolean);
    status('rem-status', t('sent', { sent: run.sent.length, more: more.join(' ') }), run.noAddress.length + run.deferred.length + run.failed.length > 0 ? 'error' : 'ok');
  } catch (e) {
    status('rem-status', t('failed', { message: message(e) }), 'error');
  }
}

async function start(): Promise<void> {
  const hours = byId<HTMLSelectElement>('rem-hour');
  for (let h = 0; h < 24; h++) hours.append(new Option(`${h}:00`, String(h)));
  for (const p of periodChoices(todayInVietnam())) byId<HTMLSelectElement>('period').append(new Option(p.label, p.id));
  byId('validate').addEventListener('click', () => void validate());
  byId('forms').addEventListener('click', () => void createForms());
  byId('report').addEventListener('click', () => void makeReport());
  byId('guide-start').addEventListener('click', () => void startWalk());
  byId('rem-save').addEventListener('click', () => void saveSettings());
  byId('rem-send').addEventListener('click', () => void sendNow());
  applyText();
  try {
    const info = await call('getUiInfo');
    lang = info.lang;
    applyText();
    // The setting is the spreadsheet's; the trigger may belong to another editor (getUiInfo counts only this user's).
    byId<HTMLInputElement>('rem-enabled').checked = info.settings.enabled;
    hours.value = String(info.settings.hour);
    byId<HTMLInputElement>('rem-replyto').value = info.settings.replyTo;
    status('rem-status', stateText(info.settings));
  } catch (e) {
    status('status', t('failed', { message: message(e) }), 'error');
  }
  if (window.NQ57_AUTORUN === 'validate') void validate();
  if (window.NQ57_AUTORUN === 'forms') void createForms();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
