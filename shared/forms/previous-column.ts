// The optional, locked 'Kỳ trước' column of a form: last period's value and status beside each row, tasks carried forward marked.
import type { CellPlan } from '../sheet-plan';
import type { CheckResult, IndicatorResult, TaskResult } from '../schemas/result';
import type { Indicator, Task } from '../schemas/plan';
import { words } from '../messages';
import { periodLabel } from '../plan/period';
import { label } from '../render/cells';
import { formatNumber, withUnit } from '../text/format-number';

const keyOf = (x: { section: string; stt: string }) => `${x.section}\u0001${x.stt}`;

export type PreviousColumn = {
  header: string;
  indicator(ind: Indicator): CellPlan;
  task(task: Task): CellPlan;
};

function valueText(i: IndicatorResult): string {
  const status = words.vi[i.status];
  if (i.value === null) return status;
  return `${withUnit(formatNumber(i.value, 'vi', 2), i.unit)} — ${status}`;
}

/** Null without an earlier result: the form then has no such column at all. */
export function previousColumn(previous: CheckResult | null | undefined): PreviousColumn | null {
  if (!previous) return null;
  const indicators = new Map<string, IndicatorResult>();
  for (const i of previous.indicators) if (!indicators.has(keyOf(i))) indicators.set(keyOf(i), i);
  const tasks = new Map<string, TaskResult>();
  for (const t of previous.tasks) if (!tasks.has(keyOf(t))) tasks.set(keyOf(t), t);
  return {
    header: `Kỳ trước (${periodLabel(previous.period.id)})`,
    indicator(ind) {
      const p = indicators.get(keyOf(ind));
      return p ? label(valueText(p), 'readonly') : label('', 'readonly');
    },
    task(task) {
      const p = tasks.get(keyOf(task));
      if (!p) return label('', 'readonly');
      const text = `${words.vi[p.status]}${p.overdue ? ` — ${words.vi.overdue}` : ''}`;
      // Not done last period, not recurring: it carries forward into this period, and the form says so.
      return p.status !== 'done' && !p.recurring ? label(`${text} (chuyển tiếp)`, 'warn') : label(text, 'readonly');
    },
  };
}
