// The pane on files, outside Office: file inputs for the plan and the reports, the same two buttons, the issues by
// office, downloads made in the page. Nothing is sent anywhere: files are read with FileReader APIs, outputs are blobs.
import { statusLine, todayInVietnam, type Lang, buildReportPlan, reportFileName, renderReportDocx } from '../../shared';
import { renderIssues } from '../issues-view';
import { el } from '../dom';
import { checkFiles, formsZip, loadPlanFile, summaryWorkbook, type PickedFile } from './files-check';
import { filesSay, type FilesWordKey } from './files-words';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let lang: Lang = 'vi';
const links: string[] = [];

function text(id: string, key: FilesWordKey): void {
  $(id).textContent = filesSay(lang, key);
}

function status(message: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  const box = $('files-status');
  box.textContent = message;
  box.className = `status ${kind}`;
  box.hidden = message === '';
}

async function picked(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified };
}

type Download = { bytes: Uint8Array; name: string; type: string; label: string; id: string };

/** Download links for bytes made here (blob: URLs, never a server's), replacing the previous ones. */
function offer(downloads: Download[]): void {
  for (const url of links.splice(0)) URL.revokeObjectURL(url);
  const anchors = downloads.map((d) => {
    const url = URL.createObjectURL(new Blob([d.bytes as BlobPart], { type: d.type }));
    links.push(url);
    const a = el('a', 'download', d.label);
    a.href = url;
    a.download = d.name;
    a.id = d.id;
    return a;
  });
  $('files-downloads').replaceChildren(...anchors);
}

/** The date the user chose (the date input gives YYYY-MM-DD), else today in Vietnam. */
function asOf(): string {
  const v = $<HTMLInputElement>('as-of').value;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : todayInVietnam();
}

async function planChosen() {
  const file = $<HTMLInputElement>('plan-file').files?.[0];
  if (!file) {
    status(filesSay(lang, 'needPlan'), 'error');
    return null;
  }
  const plan = await loadPlanFile(await picked(file), lang);
  if (!plan.ok) {
    status(plan.message, 'error');
    return null;
  }
  return plan;
}

async function check(): Promise<void> {
  const plan = await planChosen();
  if (!plan) return;
  const files = [...($<HTMLInputElement>('report-files').files ?? [])];
  if (files.length === 0) {
    status(filesSay(lang, 'needReports'), 'error');
    return;
  }
  const reports = await Promise.all(files.map(picked));
  const result = await checkFiles(plan, reports, asOf(), lang, (name) => status(filesSay(lang, 'reading', { name })));
  const bytes = await summaryWorkbook(result, lang);
  // The report draft from the same result, core and renderer as `nq57 check --docx` (in Vietnamese, like the summary).
  const report = await renderReportDocx(buildReportPlan(result, 'vi'));
  offer([
    { bytes, name: 'tong-hop.xlsx', type: XLSX_TYPE, label: filesSay(lang, 'downloadSummary'), id: 'download-summary' },
    { bytes: report, name: reportFileName(result), type: DOCX_TYPE, label: filesSay(lang, 'downloadReport'), id: 'download-report' },
  ]);
  status(filesSay(lang, 'checkDone', { reports: reports.length }), 'ok');
  $('files-summary').textContent = statusLine(result, lang);
  $('files-summary').hidden = false;
  renderIssues($('files-issues'), result.issues, lang, (sheet, cell) => status(filesSay(lang, 'cellAt', { sheet, cell })), result.offices.map((o) => o.name));
}

async function forms(): Promise<void> {
  const plan = await planChosen();
  if (!plan) return;
  const made = await formsZip(plan.plan, asOf());
  offer([{ bytes: made.zip, name: 'bieu-mau.zip', type: 'application/zip', label: filesSay(lang, 'downloadForms'), id: 'download-forms' }]);
  status(filesSay(lang, 'formsDone', { count: made.count, period: made.period }), 'ok');
}

/** One action at a time, buttons disabled meanwhile; any failure is shown, never swallowed. */
async function busy(task: () => Promise<void>): Promise<void> {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#files-actions button')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await task();
  } catch (e) {
    status(e instanceof Error ? e.message : String(e), 'error');
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

let started = false;

export function startFiles(): void {
  // Office may still answer after the timeout gave up on it: start once.
  if (started) return;
  started = true;
  lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  document.documentElement.lang = lang;
  text('files-title', 'title');
  text('files-intro', 'intro');
  text('plan-label', 'planLabel');
  text('reports-label', 'reportsLabel');
  text('as-of-label', 'asOfLabel');
  text('files-check', 'check');
  text('files-forms', 'forms');
  text('files-note', 'outsideNote');
  $<HTMLInputElement>('as-of').value = todayInVietnam();
  $('files-check').addEventListener('click', () => void busy(check));
  $('files-forms').addEventListener('click', () => void busy(forms));
  $('pane').hidden = true;
  $('outside').hidden = true;
  $('files').hidden = false;
  document.body.dataset.state = 'files';
}
