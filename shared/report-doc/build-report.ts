// Builds the commune report draft (contract §6) from a check result alone: every figure comes from the result.
import { TaskStatusResult, type CheckResult, type IndicatorResult, type TaskResult } from '../schemas/result';
import type { Section } from '../schemas/plan';
import { words, type Lang } from '../messages';
import { formatDateVi } from '../text/deadlines';
import { nfc } from '../text/normalise';
import type { Block, Paragraph, ReportPlan, Run, TableCell } from './report-plan';
import { ISSUING_BODY, REPORT_WORDS, type ReportFormat } from './report-words';
import { formatNumber, withUnit } from '../text/format-number';
import { horizonOf } from '../text/target-year';
import { fileSlug } from '../forms/office-names';

const text = (t: string, extra: Omit<Run, 'text'> = {}): Run => ({ text: t, ...extra });
const gap = (t: string): Run => ({ text: t, placeholder: true });
const para = (role: Paragraph['role'], runs: Run[]): Paragraph => ({ kind: 'paragraph', role, runs });
const cell = (t: string, extra: Omit<TableCell, 'runs'> = {}): TableCell => ({ runs: [text(t)], ...extra });

/** 'Xã Thống Nhất' → the issuer line, the place name and the phrase used inside sentences. */
function communeNames(commune: string, lang: Lang): { upper: string | null; place: string | null; phrase: string } {
  const c = nfc(commune).trim();
  if (!c) return { upper: null, place: null, phrase: lang === 'vi' ? 'xã …' : 'the commune' };
  const kind = /^(xã|phường|thị trấn)\s+/iu.exec(c);
  const place = kind ? c.slice(kind[0].length).trim() : c;
  const kindWord = kind ? kind[1].toLowerCase() : 'xã';
  return { upper: (kind ? c : `Xã ${c}`).toLocaleUpperCase('vi'), place, phrase: `${kindWord} ${place}` };
}

/** The plan as it names itself: its '(Kèm theo Kế hoạch số …)' line without the 'Kèm theo', else its number. */
function planReference(result: CheckResult, lang: Lang): string {
  const title = nfc(result.plan?.title ?? '').trim().replace(/^\(\s*/, '').replace(/\s*\)$/, '');
  const own = title.replace(/^kèm theo\s+/iu, '');
  if (/^kế hoạch\b/iu.test(own)) return own.charAt(0).toUpperCase() + own.slice(1);
  return REPORT_WORDS[lang].planFallback(result.plan?.id ?? '');
}

function periodPhrase(result: CheckResult, lang: Lang): string {
  const label = result.period.label;
  return lang === 'vi' ? label.charAt(0).toLowerCase() + label.slice(1) : `${label} (${result.period.id})`;
}

/** ND 30/2020: a day below 10 and the months 1 and 2 are written with a leading zero; other months without. */
function dateParts(iso: string): [string, string, string] {
  const [y, m, d] = iso.split('-');
  const month = Number(m);
  return [d, month <= 2 ? m : String(month), y];
}

/** The year a target is set for: 'Đến năm 2030' in its section's title, else 'đến năm 2045' in the target itself. */
export function targetYear(indicator: IndicatorResult, sections: Section[]): number | null {
  const title = sections.find((s) => s.section === indicator.section)?.title ?? '';
  // A section titled by its years alone ('Giai đoạn 2026-2030') still names one.
  const bare = /\b(20\d{2})\b/.exec(title);
  return horizonOf(title, indicator.target, '')?.year ?? (bare ? Number(bare[1]) : null);
}

/** The result as a phrase: '75,5%', '7 điểm'; a judged indicator by its status word. */
function shownValue(i: IndicatorResult, lang: Lang): string {
  if (i.value === null) return i.status === 'met' || i.status === 'missed' ? words[lang][i.status] : '';
  return withUnit(formatNumber(i.value, lang, 2), i.unit);
}

/** The target as written, with the unit added only to a bare figure ('≥ 80' → '≥ 80%'). */
function shownTarget(i: IndicatorResult): string {
  const t = nfc(i.target).trim();
  return /^[\s≥≤<>~=+\-–\d.,]+$/u.test(t) && /\d/.test(t) ? withUnit(t.replace(/\s+$/, ''), i.unit) : t;
}

function deadlineText(t: TaskResult): string {
  return t.deadline ? formatDateVi(t.deadline) : (t.deadlineText ?? '');
}

const leads = (xs: string[]) => xs.join('; ');

/** One list item: '- Chỉ tiêu 2.1 (mục I) "name": …' with the name kept as the plan wrote it. */
function item(ref: string, name: string, rest: string): Paragraph {
  // The plan's own line breaks inside a name are layout: in a sentence they become spaces.
  return para('item', [text(`- ${ref} `), text(`"${nfc(name).replace(/\s*\n\s*/g, ' ')}"`, { italic: true }), text(rest)]);
}

type Said = { office: string; text: string; refs: string[] };

/** Every office's texts (difficulties or proposals), office by office in directory order, equal texts said once. */
function byOffice(result: CheckResult, pick: (t: TaskResult) => Array<{ office: string; text: string }> | undefined): Map<string, Said[]> {
  const out = new Map<string, Said[]>(result.offices.map((o) => [o.name, []]));
  for (const t of result.tasks) {
    for (const e of pick(t) ?? []) {
      const said = e.text.trim();
      if (!said) continue;
      const list = out.get(e.office) ?? [];
      out.set(e.office, list);
      const same = list.find((x) => nfc(x.text) === nfc(said));
      if (same) same.refs.push(`${t.section}.${t.stt}`);
      else list.push({ office: e.office, text: said, refs: [`${t.section}.${t.stt}`] });
    }
  }
  for (const [k, v] of out) if (v.length === 0) out.delete(k);
  return out;
}

function officeTexts(said: Map<string, Said[]>, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const blocks: Block[] = [];
  let n = 0;
  for (const [office, list] of said) {
    blocks.push(para('heading2', [text(`${++n}. `), text(office)]));
    for (const s of list) blocks.push(para('item', [text('- '), text(s.text), text(w.aboutTasks(`${lang === 'vi' ? 'nhiệm vụ' : 'task'} ${s.refs.join('; ')}`))]));
  }
  return blocks;
}

function countParts(pairs: Array<[string, number]>, noun: string, lang: Lang): string {
  return pairs.map(([word, n]) => REPORT_WORDS[lang].countPart(word, n, noun)).join('; ');
}

function indicatorSection(result: CheckResult, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const sw = words[lang];
  const sections = result.plan?.indicatorSections ?? [];
  const periodYear = Number(/^(\d{4})/.exec(result.period.id)?.[1] ?? result.asOf.slice(0, 4));
  const later = (i: IndicatorResult) => {
    const y = targetYear(i, sections);
    return y !== null && y > periodYear ? y : null;
  };
  const n = (s: IndicatorResult['status']) => result.indicators.filter((i) => i.status === s).length;
  const blocks: Block[] = [para('heading1', [text(w.s1)])];
  const parts = countParts((['met', 'missed', 'no_data', 'needs_judgement'] as const).map((s) => [sw[s], n(s)]), w.indicatorNoun, lang);
  blocks.push(para('body', [text(w.indicatorCounts(result.indicators.length, formatDateVi(result.asOf), parts))]));
  const laterOnes = result.indicators.filter((i) => later(i) !== null);
  const years = [...new Set(laterOnes.map((i) => later(i)!))].sort().join(lang === 'vi' ? ' và ' : ' and ');
  if (laterOnes.length > 0) blocks.push(para('body', [text(w.laterYears(laterOnes.length, years))]));

  let k = 0;
  const head = (title: string) => blocks.push(para('heading2', [text(`${++k}. ${title}`)]));
  const missed = result.indicators.filter((i) => i.status === 'missed' && later(i) === null);
  head(w.missedHead);
  if (missed.length === 0) blocks.push(para('body', [text(w.noneMissed)]));
  for (const i of missed) blocks.push(item(w.indicatorRef(i.section, i.stt), i.name, w.missedItem(shownValue(i, lang), shownTarget(i))));
  const progressing = laterOnes.filter((i) => i.status === 'missed');
  if (progressing.length > 0) {
    head(w.progressHead(years));
    for (const i of progressing) blocks.push(item(w.indicatorRef(i.section, i.stt), i.name, w.progressItem(shownValue(i, lang), shownTarget(i), String(later(i)))));
  }
  const noData = result.indicators.filter((i) => i.status === 'no_data');
  if (noData.length > 0) {
    head(w.noDataHead);
    for (const i of noData) blocks.push(item(w.indicatorRef(i.section, i.stt), i.name, w.noDataItem(shownTarget(i), leads(i.leadOffices))));
  }
  const judge = result.indicators.filter((i) => i.status === 'needs_judgement');
  if (judge.length > 0) {
    head(w.judgementHead);
    for (const i of judge) blocks.push(item(w.indicatorRef(i.section, i.stt), i.name, w.judgementItem(leads(i.leadOffices))));
  }
  return blocks;
}

function taskSection(result: CheckResult, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const sw = words[lang];
  const n = (s: TaskResult['status']) => result.tasks.filter((t) => t.status === s).length;
  const overdue = result.tasks.filter((t) => t.overdue);
  const blocks: Block[] = [para('heading1', [text(w.s2)])];
  const parts = countParts(TaskStatusResult.options.map((s) => [sw[s], n(s)]), w.taskNoun, lang);
  blocks.push(para('body', [text(w.taskCounts(result.tasks.length, result.tasks.filter((t) => t.recurring).length, parts, overdue.length))]));
  blocks.push(para('heading2', [text(`1. ${w.overdueHead}`)]));
  if (overdue.length === 0) blocks.push(para('body', [text(w.noneOverdue)]));
  for (const t of overdue) blocks.push(item(w.taskRef(t.section, t.stt), t.name, w.overdueItem(leads(t.leadOffices), deadlineText(t), sw[t.status])));
  const late = result.tasks.filter((t) => t.late === true);
  if (late.length > 0) {
    blocks.push(para('heading2', [text(`2. ${w.lateHead}`)]));
    for (const t of late) blocks.push(item(w.taskRef(t.section, t.stt), t.name, w.lateItem(leads(t.leadOffices), deadlineText(t), t.doneDate ? formatDateVi(t.doneDate) : '')));
  }
  return blocks;
}

function difficultiesSection(result: CheckResult, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const said = byOffice(result, (t) => t.difficulties);
  return [
    para('heading1', [text(w.s3)]),
    ...(said.size > 0 ? officeTexts(said, lang) : [para('body', [text(w.noDifficulties)])]),
    para('body', [text(w.causesLabel, { bold: true }), gap(w.causesPlaceholder)]),
  ];
}

function directionsSection(result: CheckResult, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const open = result.tasks.filter((t) => t.status !== 'done' && !t.recurring).sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  const recurring = result.tasks.filter((t) => t.status !== 'done' && t.recurring).length;
  return [
    para('heading1', [text(w.s4)]),
    para('body', [gap(w.directionsPlaceholder)]),
    para('body', [text(open.length > 0 ? w.openTasksLead : w.noOpenTasks)]),
    ...open.map((t) => item(w.taskRef(t.section, t.stt), t.name, w.openItem(leads(t.leadOffices), deadlineText(t), t.overdue))),
    ...(recurring > 0 ? [para('body', [text(w.recurringOpen(recurring))])] : []),
  ];
}

function proposalsSection(result: CheckResult, lang: Lang): Block[] {
  const w = REPORT_WORDS[lang];
  const said = byOffice(result, (t) => t.proposals);
  return [para('heading1', [text(w.s5)]), ...(said.size > 0 ? officeTexts(said, lang) : [para('body', [text(w.noProposals)])]), para('body', [gap(w.proposalsPlaceholder)])];
}

function sectionRow(section: string, sections: Section[], span: number, lang: Lang): TableCell[] {
  const title = sections.find((s) => s.section === section)?.title;
  return [cell(section, { align: 'center', bold: true }), cell(title ?? `${REPORT_WORDS[lang].sectionWord} ${section}`, { span: span - 1, bold: true })];
}

function appendix(result: CheckResult, lang: Lang, issuer: string, number: string): ReportPlan['appendix'] {
  const w = REPORT_WORDS[lang];
  const sw = words[lang];
  const indicatorSections = result.plan?.indicatorSections ?? [];
  const taskSections = result.plan?.taskSections ?? [];
  const periodYear = Number(/^(\d{4})/.exec(result.period.id)?.[1] ?? result.asOf.slice(0, 4));

  const indicatorRows: TableCell[][] = [];
  let section: string | null = null;
  for (const i of result.indicators) {
    if (i.section !== section) {
      section = i.section;
      indicatorRows.push(sectionRow(section, indicatorSections, w.indicatorColumns.length, lang));
    }
    const year = targetYear(i, indicatorSections);
    const notes = [
      year !== null && year > periodYear ? w.horizonNote(String(year)) : '',
      i.conflict ? w.conflictNote : '',
      (i.missingLeads ?? []).length > 0 && i.leadOffices.length > 1 ? w.missingNote(leads(i.missingLeads ?? [])) : '',
    ].filter(Boolean);
    indicatorRows.push([
      cell(i.stt, { align: 'center' }),
      cell(i.name),
      cell(i.unit, { align: 'center' }),
      cell(i.target, { align: 'center' }),
      cell(i.value === null ? '' : formatNumber(i.value, lang, 2), { align: 'center' }),
      cell(sw[i.status], { align: 'center' }),
      cell(leads(i.leadOffices)),
      cell(notes.join('; ')),
    ]);
  }
  const taskRows: TableCell[][] = [];
  section = null;
  for (const t of result.tasks) {
    if (t.section !== section) {
      section = t.section;
      taskRows.push(sectionRow(section, taskSections, w.taskColumns.length, lang));
    }
    const missing = Object.entries(t.leadStatus ?? {}).filter(([, s]) => s === null).map(([o]) => o);
    const notes = [t.late ? w.lateNote : '', missing.length > 0 && t.leadOffices.length > 1 ? w.missingNote(leads(missing)) : ''].filter(Boolean);
    taskRows.push([
      cell(t.stt, { align: 'center' }),
      cell(t.name),
      cell(leads(t.leadOffices)),
      cell(t.recurring ? (t.deadlineText ?? '') : deadlineText(t), { align: 'center' }),
      cell(sw[t.status], { align: 'center' }),
      cell(t.overdue ? sw.overdue : '', { align: 'center', bold: t.overdue }),
      cell(t.doneDate ? formatDateVi(t.doneDate) : '', { align: 'center' }),
      cell(notes.join('; ')),
    ]);
  }
  const notReported = result.offices.filter((o) => !o.reported).map((o) => o.name);
  return {
    title: [[text(w.appendixWord, { bold: true })], [text(w.appendixTitle, { bold: true })], [text(w.appendixRef(number, issuer), { italic: true })]],
    blocks: [
      { kind: 'table', caption: w.indicatorTable, columns: w.indicatorColumns.map((title, c) => ({ title, width: [6, 32, 9, 14, 8, 10, 16, 14][c] })), rows: indicatorRows },
      { kind: 'table', caption: w.taskTable, columns: w.taskColumns.map((title, c) => ({ title, width: [6, 36, 16, 12, 10, 8, 12, 12][c] })), rows: taskRows, newPage: true },
      para('heading2', [text(w.notReportedHead)]),
      ...(notReported.length > 0 ? notReported.map((o) => para('item', [text('- '), text(o)])) : [para('body', [text(w.allReported)])]),
    ],
  };
}

export function buildReportPlan(result: CheckResult, lang: Lang = 'vi', format: ReportFormat = 'ubnd'): ReportPlan {
  const w = REPORT_WORDS[lang];
  const body = ISSUING_BODY[lang][format];
  const names = communeNames(result.plan?.commune ?? '', lang);
  const planRef = planReference(result, lang);
  const period = periodPhrase(result, lang);
  const [d, m, y] = dateParts(result.asOf);
  const issuer = body.inSentence(names.phrase);
  const own = names.upper ? [text(names.upper, { bold: true })] : [text(`${w.communeFallback} `, { bold: true }), gap(w.gap)];
  const reported = result.offices.filter((o) => o.reported).length;
  return {
    lang,
    format,
    issuer: [...body.above.map((l) => [{ text: l, placeholder: true, bold: false }]), ...(body.oneLine ? [[text(`${body.name} `, { bold: true }), ...own]] : [[text(body.name, { bold: true })], own])],
    nation: body.nation,
    number: [text(body.numberLabel), gap(w.gap), text(body.numberSuffix)],
    placeDate: names.place ? [text(w.placeDate(names.place, d, m, y), { italic: true })] : [gap(w.gap), text(w.placeDate('', d, m, y), { italic: true })],
    title: [[text(w.reportWord, { bold: true })], [text(w.titleLine(planRef, period), { bold: true })]],
    body: [
      para('body', [text(w.opening(planRef, issuer, reported, result.offices.length, period))]),
      para('body', [gap(w.leadershipPlaceholder)]),
      ...indicatorSection(result, lang),
      ...taskSection(result, lang),
      ...difficultiesSection(result, lang),
      ...directionsSection(result, lang),
      ...proposalsSection(result, lang),
      para('closing', [text(w.closing(issuer, period))]),
    ],
    recipients: { title: w.recipientsTitle, lines: body.recipients.map((l) => (l.includes('……') ? [gap(l)] : [text(l)])) },
    signature: { lines: body.signature, name: [gap(w.signatureName)] },
    appendix: appendix(result, lang, issuer, `${w.gap}${body.numberSuffix}`),
  };
}

/** 'bao-cao-xa-thong-nhat-2026-H1.docx': the commune and the period, nothing of the machine it was made on. */
export function reportFileName(result: CheckResult): string {
  const commune = result.plan?.commune ? fileSlug(result.plan.commune) : 'xa';
  return `bao-cao-${commune}-${result.period.id.replace(/[^0-9A-Za-z-]/g, '')}.docx`;
}
