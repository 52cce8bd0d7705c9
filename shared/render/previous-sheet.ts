// 'So với kỳ trước': each indicator's last-period value and status beside this one, and the tasks carried forward.
import type { CellPlan, SheetPlan, StyleName } from '../sheet-plan';
import type { CheckResult, IndicatorResult, TaskResult } from '../schemas/result';
import { words, type Lang } from '../messages';
import { formatDateVi } from '../text/deadlines';
import { periodLabel } from '../plan/period';
import { changeFromPrevious } from '../cycle/previous';
import { data, label, num } from './cells';
import { withRowHeights } from './row-heights';

/** Written only when there is an earlier period, so it is not among the sheets every summary has. */
export const PREVIOUS_SHEET = { vi: 'So với kỳ trước', en: 'Previous period' } as const;

export const PREVIOUS_HEAD = {
  vi: {
    indicators: ['Mục', 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kỳ trước', 'Kết quả kỳ trước', 'Đánh giá kỳ trước', 'Kết quả kỳ này', 'Đánh giá kỳ này', 'Thay đổi'],
    tasks: ['Mục', 'STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng kỳ trước', 'Tình trạng kỳ này', 'Chuyển tiếp'],
    carried: 'NHIỆM VỤ CHƯA HOÀN THÀNH Ở KỲ TRƯỚC (chuyển tiếp sang kỳ này)',
    carriedYes: 'Chuyển tiếp',
    none: 'Không có',
  },
  en: {
    indicators: ['Section', 'No.', 'Indicator', 'Unit', 'Target', 'Previous period', 'Previous value', 'Previous status', 'Value now', 'Status now', 'Change'],
    tasks: ['Section', 'No.', 'Task', 'Lead offices', 'Deadline', 'Previous status', 'Status now', 'Carried forward'],
    carried: 'TASKS NOT DONE IN THE PREVIOUS PERIOD (carried forward)',
    carriedYes: 'Carried forward',
    none: 'None',
  },
} as const;

const IND_STYLE: Record<IndicatorResult['status'], StyleName> = { met: 'good', missed: 'bad', no_data: 'warn', needs_judgement: 'warn' };
const TASK_STYLE: Record<TaskResult['status'], StyleName> = { done: 'good', in_progress: 'readonly', not_started: 'warn', no_report: 'warn' };

const shown = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Null when the result carries no earlier period (no --previous, no history). */
export function previousSheet(result: CheckResult, lang: Lang, name: string): SheetPlan | null {
  if (!result.indicators.some((i) => i.previous) && !result.tasks.some((t) => t.previous)) return null;
  const w = words[lang];
  const h = PREVIOUS_HEAD[lang];
  const cells: CellPlan[][] = [
    h.indicators.map((t) => label(t, 'header')),
    ...result.indicators.map((i) => {
      const change = changeFromPrevious(i);
      return [
        data(i.section),
        data(i.stt),
        data(i.name),
        data(i.unit),
        data(i.target),
        label(i.previous ? periodLabel(i.previous.period, lang) : '', 'readonly'),
        num(shown(i.previous?.value ?? null), 'General'),
        i.previous ? label(w[i.previous.status], IND_STYLE[i.previous.status]) : label('', 'readonly'),
        num(shown(i.value), 'General'),
        label(w[i.status], IND_STYLE[i.status]),
        // Signed, so a fall is visible without reading two columns.
        change === null ? label('', 'readonly') : num(shown(change), '+#,##0.##;-#,##0.##;0', change < 0 ? 'bad' : change > 0 ? 'good' : 'readonly'),
      ];
    }),
    [],
    [label(h.carried, 'label')],
    h.tasks.map((t) => label(t, 'header')),
  ];
  // The part title spans the table, so it neither wraps in column A nor makes its row tall.
  const titleRow = cells.length - 1;
  const carried = result.tasks.filter((t) => t.carriedForward);
  for (const t of carried) {
    cells.push([
      data(t.section),
      data(t.stt),
      data(t.name),
      data(t.leadOffices.join('; ')),
      data(t.recurring ? (t.deadlineText ?? '') : t.deadline ? formatDateVi(t.deadline) : (t.deadlineText ?? '')),
      t.previous ? label(`${w[t.previous.status]}${t.previous.overdue ? ` — ${w.overdue}` : ''}`, TASK_STYLE[t.previous.status]) : label(''),
      label(`${w[t.status]}${t.overdue ? ` — ${w.overdue}` : ''}`, TASK_STYLE[t.status]),
      label(h.carriedYes, t.status === 'done' ? 'good' : 'warn'),
    ]);
  }
  if (carried.length === 0) cells.push([label(h.none, 'muted')]);
  return withRowHeights({
    name,
    cells,
    merges: [`A${titleRow}:K${titleRow}`],
    columnWidths: [6, 6, 48, 22, 16, 20, 16, 16, 14, 16, 10],
    freeze: { rows: 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, repeatRows: '1:1' },
  });
}
