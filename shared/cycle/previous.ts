// Last period beside this one: each indicator's earlier value and status, tasks not done then carried forward.
import { issue, type Issue } from '../issues';
import type { Period } from '../schemas/plan';
import type { CheckResult, IndicatorResult, TaskResult } from '../schemas/result';

/** What an earlier period must give: a whole result JSON (`--previous`) or rows of the workbook's history. */
export type PreviousSource = {
  period: Period;
  plan?: { id: string } | null;
  indicators: Array<Pick<IndicatorResult, 'section' | 'stt' | 'value' | 'status'>>;
  tasks: Array<Pick<TaskResult, 'section' | 'stt' | 'status' | 'overdue'>>;
};

const keyOf = (x: { section: string; stt: string }) => `${x.section}\u0001${x.stt}`;

function byKey<T extends { section: string; stt: string }>(xs: T[]): Map<string, T> {
  const m = new Map<string, T>();
  // A repeated (section, stt) keeps both rows in a plan; the earlier result's first row is the one matched.
  for (const x of xs) if (!m.has(keyOf(x))) m.set(keyOf(x), x);
  return m;
}

/**
 * Matches this period's items to an earlier result by (section, stt), the plan's identity of a row.
 * Without an earlier result every `previous` is null, so a reader of the JSON can tell "not asked" from a
 * missing field of an older result.
 */
export function withPrevious(result: CheckResult, previous: PreviousSource | null, source: string | null = null): { result: CheckResult; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!previous) {
    return {
      result: {
        ...result,
        indicators: result.indicators.map((i) => ({ ...i, previous: null })),
        tasks: result.tasks.map((t) => ({ ...t, previous: null, carriedForward: false })),
      },
      issues,
    };
  }
  const file = source ?? previous.period.id;
  if (previous.period.id === result.period.id) issues.push(issue('warning', 'PREVIOUS_SAME_PERIOD', { file: source }, { file, period: result.period.label }));
  if (previous.plan && result.plan && previous.plan.id !== result.plan.id) {
    issues.push(issue('warning', 'PREVIOUS_OTHER_PLAN', { file: source }, { file, found: previous.plan.id, expected: result.plan.id }));
  }
  const indicators = byKey(previous.indicators);
  const tasks = byKey(previous.tasks);
  const period = previous.period.id;
  return {
    result: {
      ...result,
      indicators: result.indicators.map((i): IndicatorResult => {
        const p = indicators.get(keyOf(i));
        return { ...i, previous: p ? { period, value: p.value, status: p.status } : null };
      }),
      tasks: result.tasks.map((t): TaskResult => {
        const p = tasks.get(keyOf(t));
        return { ...t, previous: p ? { period, status: p.status, overdue: p.overdue } : null, carriedForward: p !== undefined && p.status !== 'done' && !t.recurring };
      }),
    },
    issues,
  };
}

/** This value minus last period's, when both are numbers. */
export function changeFromPrevious(i: IndicatorResult): number | null {
  if (i.value === null || !i.previous || i.previous.value === null) return null;
  return Math.round((i.value - i.previous.value) * 1e6) / 1e6;
}
