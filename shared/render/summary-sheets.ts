// The commune summary as sheet plans: overview, indicators, tasks, issues, office status (same in every host).
import type { SheetPlan, CellPlan, StyleName } from '../sheet-plan';
import type { CheckResult, IndicatorResult, SourceRef, TaskResult } from '../schemas/result';
import { words, type Lang } from '../messages';
import { formatDateVi } from '../text/deadlines';
import { data, label, num } from './cells';
import { withRowHeights } from './row-heights';
import { BOARD_HEAD, officeBoard } from './office-board';
import { PREVIOUS_HEAD, PREVIOUS_SHEET, previousSheet } from './previous-sheet';

export const SUMMARY_SHEETS = {
  vi: { overview: 'Tổng hợp', indicators: 'Chỉ tiêu', tasks: 'Nhiệm vụ', issues: 'Lỗi và cảnh báo', offices: 'Tình hình báo cáo' },
  en: { overview: 'Summary', indicators: 'Indicators', tasks: 'Tasks', issues: 'Issues', offices: 'Office status' },
} as const;

const HEAD = {
  vi: {
    indicators: ['Mục', 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Cơ quan chủ trì', 'Kết quả', 'Đánh giá', 'Mâu thuẫn', 'Nguồn số liệu'],
    tasks: ['Mục', 'STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng', 'Quá hạn', 'Hoàn thành muộn', 'Ngày hoàn thành', 'Kết quả đạt được', 'Khó khăn, vướng mắc', 'Đề xuất', 'Nguồn số liệu'],
    issues: ['Mức độ', 'Mã', 'Đơn vị', 'Tệp', 'Trang', 'Ô', 'Nội dung'],
    offices: ['Đơn vị', 'Tình hình', 'Tệp / trang báo cáo', 'Email'],
    yes: 'Có',
    conflict: 'Có mâu thuẫn',
  },
  en: {
    indicators: ['Section', 'No.', 'Indicator', 'Unit', 'Target', 'Lead offices', 'Value', 'Status', 'Conflict', 'Sources'],
    tasks: ['Section', 'No.', 'Task', 'Lead offices', 'Deadline', 'Status', 'Overdue', 'Done late', 'Date done', 'Achieved', 'Difficulties', 'Proposals', 'Sources'],
    issues: ['Severity', 'Code', 'Office', 'File', 'Sheet', 'Cell', 'Message'],
    offices: ['Office', 'Status', 'Report files / sheets', 'E-mail'],
    yes: 'Yes',
    conflict: 'Conflict',
  },
} as const;

export const SUMMARY_TITLE = { vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW', en: 'RESOLUTION 57-NQ/TW IMPLEMENTATION SUMMARY' } as const;

/** The first row of every summary sheet we write, in both languages: how an old output of ours is recognised. */
export function summaryFirstRows(): string[][] {
  return (['vi', 'en'] as const).flatMap((lang) => [[SUMMARY_TITLE[lang]], ...(['indicators', 'tasks', 'issues', 'offices'] as const).map((k) => [...HEAD[lang][k]]), [...BOARD_HEAD[lang]], [...PREVIOUS_HEAD[lang].indicators]]);
}

const INDICATOR_STYLE: Record<IndicatorResult['status'], StyleName> = { met: 'good', missed: 'bad', no_data: 'warn', needs_judgement: 'warn' };
const TASK_STYLE: Record<TaskResult['status'], StyleName> = { done: 'good', in_progress: 'readonly', not_started: 'warn', no_report: 'warn' };

/** 'Phòng Kinh tế — bc.xlsx — Báo cáo!F12 (64,5)'; statuses and dates in the words every output uses. */
export function describeSource(s: SourceRef, lang: Lang = 'vi'): string {
  const where = [s.office, s.file, `${s.sheet}!${s.cell}`].filter(Boolean).join(' — ');
  if (s.value === undefined || s.value === null) return where;
  const v = s.value;
  const shown =
    typeof v === 'number'
      ? String(v).replace('.', lang === 'vi' ? ',' : '.')
      : v === 'done' || v === 'in_progress' || v === 'not_started'
        ? words[lang][v]
        : /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? formatDateVi(v)
          : v;
  return `${where} (${shown})`;
}

function header(titles: readonly string[]): CellPlan[] {
  return titles.map((t) => label(t, 'header'));
}

function showValue(r: IndicatorResult): string | number | null {
  if (r.value === null) return null;
  return Math.round(r.value * 100) / 100;
}

export function renderSummary(result: CheckResult, lang: Lang = 'vi'): SheetPlan[] {
  const w = words[lang];
  const h = HEAD[lang];
  const names = SUMMARY_SHEETS[lang];
  const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

  const title = SUMMARY_TITLE[lang];
  const overview: CellPlan[][] = [
    [label(title, 'title')],
    [data(result.plan ? [result.plan.commune, result.plan.id].filter(Boolean).join(' — ') : '', 'subtitle')],
    [],
    [label(lang === 'vi' ? 'Kỳ báo cáo:' : 'Period:', 'label'), data(result.period.label, 'hint')],
    [label(lang === 'vi' ? 'Hạn nộp:' : 'Due:', 'label'), label(formatDateVi(result.period.due))],
    [label(lang === 'vi' ? 'Ngày tổng hợp:' : 'As of:', 'label'), label(formatDateVi(result.asOf))],
    [],
    [label(lang === 'vi' ? 'Chỉ tiêu' : 'Indicators', 'header'), label(lang === 'vi' ? 'Số lượng' : 'Count', 'header')],
    ...(['met', 'missed', 'no_data', 'needs_judgement'] as const).map((s) => [label(w[s], INDICATOR_STYLE[s]), num(count(result.indicators, (i) => i.status === s), '0')]),
    [label(lang === 'vi' ? 'Có mâu thuẫn' : 'Conflicts', 'readonly'), num(count(result.indicators, (i) => i.conflict), '0')],
    [],
    [label(lang === 'vi' ? 'Nhiệm vụ' : 'Tasks', 'header'), label(lang === 'vi' ? 'Số lượng' : 'Count', 'header')],
    ...(['done', 'in_progress', 'not_started', 'no_report'] as const).map((s) => [label(w[s], TASK_STYLE[s]), num(count(result.tasks, (t) => t.status === s), '0')]),
    [label(w.overdue, 'bad'), num(count(result.tasks, (t) => t.overdue), '0')],
    [label(w.late, 'warn'), num(count(result.tasks, (t) => t.late === true), '0')],
    [],
    [label(lang === 'vi' ? 'Đơn vị' : 'Offices', 'header'), label(lang === 'vi' ? 'Số lượng' : 'Count', 'header')],
    [label(w.reported, 'good'), num(count(result.offices, (o) => o.reported), '0')],
    [label(w.notReported, 'warn'), num(count(result.offices, (o) => !o.reported), '0')],
    [],
    [label(lang === 'vi' ? 'Lỗi, cảnh báo' : 'Issues', 'header'), label(lang === 'vi' ? 'Số lượng' : 'Count', 'header')],
    [label(w.error, 'bad'), num(count(result.issues, (i) => i.severity === 'error'), '0')],
    [label(w.warning, 'warn'), num(count(result.issues, (i) => i.severity === 'warning'), '0')],
  ];

  const indicatorRows: CellPlan[][] = [
    header(h.indicators),
    ...result.indicators.map((r) => [
      data(r.section),
      data(r.stt),
      data(r.name),
      data(r.unit),
      data(r.target),
      data(r.leadOffices.join('; ')),
      num(showValue(r) as number | null),
      label(w[r.status], INDICATOR_STYLE[r.status]),
      label(r.conflict ? h.conflict : '', r.conflict ? 'warn' : 'readonly'),
      data(r.sources.map((x) => describeSource(x, lang)).join('\n')),
    ]),
  ];

  const taskRows: CellPlan[][] = [
    header(h.tasks),
    ...result.tasks.map((t) => [
      data(t.section),
      data(t.stt),
      data(t.name),
      data(t.leadOffices.join('; ')),
      data(t.recurring ? `${t.deadlineText ?? ''}` : t.deadline ? formatDateVi(t.deadline) : (t.deadlineText ?? '')),
      label(w[t.status], TASK_STYLE[t.status]),
      label(t.overdue ? w.overdue : '', t.overdue ? 'bad' : 'readonly'),
      label(t.late ? h.yes : '', t.late ? 'warn' : 'readonly'),
      label(t.doneDate ? formatDateVi(t.doneDate) : ''),
      data((t.achieved ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      data((t.difficulties ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      data((t.proposals ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      data(t.sources.map((x) => describeSource(x, lang)).join('\n')),
    ]),
  ];

  const sevStyle: Record<string, StyleName> = { error: 'bad', warning: 'warn', info: 'readonly' };
  const issueRows: CellPlan[][] = [
    header(h.issues),
    ...result.issues.map((i) => [
      label(w[i.severity], sevStyle[i.severity]),
      label(i.code),
      data(i.office ?? ''),
      data(i.file ?? ''),
      data(i.sheet ?? ''),
      data(i.cell ?? ''),
      data(i.message),
    ]),
  ];

  // The board (completeness, timeliness, review columns) lives in its own module.
  const board = officeBoard(result, lang);

  const table = (name: string, cells: CellPlan[][], widths: number[]): SheetPlan =>
    withRowHeights({
      name,
      cells,
      columnWidths: widths,
      freeze: { rows: 1, columns: 0 },
      print: { landscape: true, fitToWidth: true, repeatRows: '1:1' },
    });
  return [
    { name: names.overview, cells: overview, columnWidths: [34, 22] },
    table(names.indicators, indicatorRows, [6, 6, 50, 10, 16, 28, 10, 16, 12, 50]),
    table(names.tasks, taskRows, [6, 6, 50, 28, 14, 16, 10, 10, 12, 40, 30, 30, 40]),
    table(names.issues, issueRows, [10, 26, 26, 24, 18, 8, 90]),
    { ...table(names.offices, board.cells, board.widths), validations: board.validations, hiddenColumns: board.hiddenColumns, freeze: { rows: 1, columns: 1 } },
    ...[previousSheet(result, lang, PREVIOUS_SHEET[lang])].filter((s): s is SheetPlan => s !== null),
  ];
}
