// The commune summary as sheet plans: overview, indicators, tasks, issues, office status (same in every host).
import type { SheetPlan, CellPlan, StyleName } from '../sheet-plan';
import { TaskStatus, TaskStatusResult, type CheckResult, type IndicatorResult, type SourceRef, type TaskResult } from '../schemas/result';
import { horizonOf } from '../text/target-year';
import { DATE_FORMAT } from './resolve-cell';
import { formatNumber } from '../text/format-number';
import { words, type Lang } from '../messages';
import { formatDateVi } from '../text/deadlines';
import { data, label, num } from './cells';
import { withRowHeights } from './row-heights';
import { BOARD_HEAD, officeBoard } from './office-board';
import { PREVIOUS_HEAD, PREVIOUS_SHEET, previousSheet } from './previous-sheet';
import { PRINT_MARGINS, scaleToFit } from './pagination';
import type { Plan } from '../schemas/plan';
import { a1 } from '../grid';
import { capIssues } from '../issue-groups';

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

/** The administrative header a Vietnamese report opens with (Nghị định 30/2020/NĐ-CP): issuing body left, national heading right. */
const ADMIN = {
  body: 'ỦY BAN NHÂN DÂN',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
} as const;

/** The first row of every summary sheet we write, in both languages: how an old output of ours is recognised. */
export function summaryFirstRows(): string[][] {
  return [
    [ADMIN.body, ADMIN.nation],
    ...(['vi', 'en'] as const).flatMap((lang) => [[SUMMARY_TITLE[lang]], ...(['indicators', 'tasks', 'issues', 'offices'] as const).map((k) => [...HEAD[lang][k]]), [...BOARD_HEAD[lang]], [...PREVIOUS_HEAD[lang].indicators]]),
  ];
}

/** A date cell shown dd/mm/yyyy, or an empty cell. */
function dateCell(iso: string | null | undefined, style: StyleName = 'readonly'): CellPlan {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: new Date(`${iso}T00:00:00Z`), numFmt: DATE_FORMAT, style } : label('', style);
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
      ? formatNumber(v, lang, undefined, { grouped: false })
      : TaskStatus.safeParse(v).success
        ? words[lang][v as TaskStatus]
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

const HORIZON = { vi: 'Mốc mục tiêu', en: 'Target year' } as const;
const NOT_YET = { vi: ' (chưa đến mốc)', en: ' (not yet due)' } as const;

// Kept exported here, where its tests and callers first found it.
export { horizonOf };

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** Every source as wrapped text, the file by its name only (no machine path); numbered when there are several, as their links are. */
function sourcesCell(sources: SourceRef[], lang: Lang): CellPlan {
  const lines = sources.map((x) => describeSource({ ...x, file: x.file ? baseName(x.file) : x.file }, lang));
  return data(lines.length > 1 ? lines.map((l, i) => `(${i + 1}) ${l}`).join('\n') : lines.join('\n'));
}

const OPEN = { vi: 'Mở ô', en: 'Open' } as const;
/** Link columns at most: a cell holds one link, and more columns would shrink the printed page; later sources stay in the text. */
const MAX_LINKS = 3;

/** As many link columns as the most sources of any row needs, at least one and at most MAX_LINKS. */
function linkCount(rows: Array<{ sources: SourceRef[] }>): number {
  return Math.max(1, Math.min(MAX_LINKS, Math.max(0, ...rows.map((r) => r.sources.length))));
}

/**
 * Widths of the sources text and its link columns: one link keeps today's 6; several are 5 each and the text gives up
 * 5 a column beyond the first (never below 16), so the printed page keeps its scale.
 */
function sourceWidths(text: number, n: number): number[] {
  if (n === 1) return [text, 6];
  return [Math.max(16, text - 5 * (n - 1)), ...Array.from({ length: n }, () => 5)];
}

function linkHeads(n: number, lang: Lang): string[] {
  return n === 1 ? [OPEN[lang]] : Array.from({ length: n }, (_, i) => `${OPEN[lang]} (${i + 1})`);
}

/**
 * Each source as a short link beside the wrapped sources (a link's text does not wrap in print), one cell each, in
 * the order the text numbers them: to the report file's cell from the command line's summary, to the sheet's cell in
 * Excel and Sheets. Built from the source's parts (file, sheet, A1 cell), never from office text.
 */
function linkCells(sources: SourceRef[], n: number): CellPlan[] {
  return Array.from({ length: n }, (_, i) => {
    const s = sources[i];
    if (!s) return label('', 'readonly');
    return { value: s.cell, style: 'readonly', link: s.file ? { file: s.file, sheet: s.sheet, cell: s.cell } : { sheet: s.sheet, cell: s.cell } };
  });
}

/** The summary sheets; `Chỉ tiêu` shows each section's title, from the plan or else from the result itself. */
export function renderSummary(result: CheckResult, lang: Lang = 'vi', plan?: Plan): SheetPlan[] {
  // The result carries the plan's section titles: every host renders the same summary whether or not it holds the plan.
  const sections = plan?.indicatorSections ?? result.plan?.indicatorSections ?? [];
  const w = words[lang];
  const h = HEAD[lang];
  const names = SUMMARY_SHEETS[lang];
  const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

  const title = SUMMARY_TITLE[lang];
  const commune = result.plan?.commune ?? '';
  // The plan as people name it (its title, 'Kèm theo Kế hoạch số …'), its file name only when it has none.
  const planName = [commune, result.plan?.title || result.plan?.id].filter(Boolean).join(' — ');
  const place = commune.replace(/^(xã|phường|thị trấn)\s+/i, '') || '……';
  const overview: CellPlan[][] = [
    [label(ADMIN.body, 'label'), label(ADMIN.nation, 'label')],
    [data(commune.toUpperCase(), 'label'), label(ADMIN.motto, 'label')],
    [label(''), label(`${place}, ngày …… tháng …… năm ……`, 'subtitle')],
    [],
    [label(title, 'title')],
    [data(planName, 'subtitle')],
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
    ...TaskStatusResult.options.map((s) => [label(w[s], TASK_STYLE[s]), num(count(result.tasks, (t) => t.status === s), '0')]),
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
    [],
    [label(lang === 'vi' ? 'Người lập biểu' : 'Prepared by', 'label'), label(lang === 'vi' ? 'Thủ trưởng đơn vị' : 'Head of office', 'label')],
    [label(lang === 'vi' ? '(Ký, ghi rõ họ tên)' : '(signature, full name)', 'subtitle'), label(lang === 'vi' ? '(Ký tên, đóng dấu)' : '(signature, seal)', 'subtitle')],
  ];

  const periodYear = Number(/^\d{4}/.exec(result.period.id)?.[0] ?? '0');
  const indicatorLinks = linkCount(result.indicators);
  const indicatorRows: CellPlan[][] = [header([...h.indicators.slice(0, 8), HORIZON[lang], ...h.indicators.slice(8), ...linkHeads(indicatorLinks, lang)])];
  const sectionMerges: string[] = [];
  let section: string | null = null;
  for (const r of result.indicators) {
    if (r.section !== section) {
      section = r.section;
      const title = sections.find((x) => x.section === section)?.title ?? '';
      // Rows 1–2 are the sheet's title and subtitle: a table row r sits on sheet row r + 2 (0-based).
      sectionMerges.push(`${a1(indicatorRows.length + 2, 1)}:${a1(indicatorRows.length + 2, 10 + indicatorLinks)}`);
      indicatorRows.push([data(section, 'section'), data(title, 'section'), ...Array.from({ length: 9 + indicatorLinks }, () => label('', 'section'))]);
    }
    const horizon = horizonOf(sections.find((x) => x.section === r.section)?.title ?? '', r.target, result.plan?.title ?? '');
    // A target set for a later year that this period does not reach yet: said beside the status, not only "Không đạt".
    const later = horizon !== null && horizon.year > periodYear && r.status !== 'met';
    indicatorRows.push([
      data(r.section),
      data(r.stt),
      data(r.name),
      data(r.unit),
      data(r.target),
      data(r.leadOffices.join('; ')),
      num(showValue(r) as number | null, 'General'),
      label(w[r.status], INDICATOR_STYLE[r.status]),
      label(horizon ? `${horizon.text[lang]}${later ? NOT_YET[lang] : ''}` : '', later ? 'warn' : 'readonly'),
      label(r.conflict ? h.conflict : '', r.conflict ? 'warn' : 'readonly'),
      sourcesCell(r.sources, lang),
      ...linkCells(r.sources, indicatorLinks),
    ]);
  }

  const taskLinks = linkCount(result.tasks);
  const taskRows: CellPlan[][] = [
    header([...h.tasks, ...linkHeads(taskLinks, lang)]),
    ...result.tasks.map((t) => [
      data(t.section),
      data(t.stt),
      data(t.name),
      data(t.leadOffices.join('; ')),
      data(t.recurring ? `${t.deadlineText ?? ''}` : t.deadline ? formatDateVi(t.deadline) : (t.deadlineText ?? '')),
      label(w[t.status], TASK_STYLE[t.status]),
      label(t.overdue ? w.overdue : '', t.overdue ? 'bad' : 'readonly'),
      label(t.late ? h.yes : '', t.late ? 'warn' : 'readonly'),
      dateCell(t.doneDate),
      data((t.achieved ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      data((t.difficulties ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      data((t.proposals ?? []).map((a) => `${a.office}: ${a.text}`).join('\n')),
      sourcesCell(t.sources, lang),
      ...linkCells(t.sources, taskLinks),
    ]),
  ];

  const sevStyle: Record<string, StyleName> = { error: 'bad', warning: 'warn', info: 'readonly' };
  const issueRows: CellPlan[][] = [
    // The English code last, out of the officer's way; the file by its name only (no machine path).
    header([...h.issues.filter((_, k) => k !== 1), h.issues[1]]),
    // Bounded per office and code (the core's cap): the overview still counts every issue, the JSON keeps them all.
    ...capIssues(result.issues, lang).map((row) => {
      if (row.kind === 'more') return [label(w[row.severity], sevStyle[row.severity]), data(row.office ?? ''), data(''), data(''), data(''), data(row.message), label(row.code, 'muted')];
      const i = row.issue;
      return [
        label(w[i.severity], sevStyle[i.severity]),
        data(i.office ?? ''),
        data(i.file ? baseName(i.file) : ''),
        data(i.sheet ?? ''),
        data(i.cell ?? ''),
        data(i.message),
        label(i.code, 'muted'),
      ];
    }),
  ];

  // The board (completeness, timeliness, review columns) lives in its own module; its header is row 3 like every table's.
  const board = officeBoard(result, lang, 2);

  // Each table sheet: our title (how an output is recognised), the commune, plan and period, then the header.
  const heading = [planName, result.period.label].filter(Boolean).join(' — ');
  const table = (name: string, cells: CellPlan[][], widths: number[], more: string[] = [], hidden: number[] = []): SheetPlan => {
    const last = widths.length - 1;
    return withRowHeights({
      name,
      cells: [[label(title, 'title')], [data(`${name.toUpperCase()}: ${heading}`, 'subtitle')], ...cells],
      columnWidths: widths,
      merges: [`A1:${a1(0, last)}`, `A2:${a1(1, last)}`, ...more],
      freeze: { rows: 3, columns: 0 },
      autoFilter: `A3:${a1(2, last)}`,
      // A fixed scale from the widths: fit-to-width shrank the tasks sheet to half size.
      print: { landscape: true, fitToWidth: false, scale: scaleToFit(widths.filter((_, i) => !hidden.includes(i)), true), paper: 'A4', repeatRows: '3:3', margins: PRINT_MARGINS },
    });
  };
  const sheets: SheetPlan[] = [
    withRowHeights({
      name: names.overview,
      cells: overview,
      columnWidths: [40, 44],
      print: { landscape: false, fitToWidth: true, paper: 'A4', margins: PRINT_MARGINS },
    }),
    table(names.indicators, indicatorRows, [5, 5, 36, 9, 14, 16, 9, 11, 14, 9, ...sourceWidths(30, indicatorLinks)], sectionMerges),
    table(names.tasks, taskRows, [4, 5, 30, 14, 10, 11, 7, 8, 10, 18, 14, 14, ...sourceWidths(20, taskLinks)]),
    table(names.issues, issueRows, [9, 20, 18, 14, 6, 70, 22]),
    { ...table(names.offices, board.cells, board.widths, [], board.hiddenColumns), validations: board.validations, hiddenColumns: board.hiddenColumns },
    ...[previousSheet(result, lang, PREVIOUS_SHEET[lang])].filter((s): s is SheetPlan => s !== null),
  ];
  return sheets.map((sheet) => ({ ...sheet, numberLocale: lang }));
}
