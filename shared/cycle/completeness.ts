// Completeness and timeliness per office: input cells filled of those expected, on time or late against the due date.
import type { Plan, Period } from '../schemas/plan';
import type { OfficeReport } from '../schemas/report';
import type { Completeness, OfficeResult } from '../schemas/result';
import { daysBetween } from '../plan/period';
import { vietnamDay } from '../text/iso-date';

/** The items each office owes a value for: one per indicator and one per task it leads (Tử số / Mẫu số are optional). */
export function expectedInputs(plan: Plan): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  const add = (office: string, key: string) => {
    const keys = by.get(office) ?? new Set<string>();
    keys.add(key);
    by.set(office, keys);
  };
  // One pass over the plan, not one per office: a commune may have a hundred offices.
  for (const i of plan.indicators) for (const o of i.leadOffices) add(o, `i:${i.key}`);
  for (const t of plan.tasks) for (const o of t.leadOffices) add(o, `t:${t.key}`);
  return by;
}

/** Items of one read report with something typed in their inputs (right or wrong: a wrong value is filled, and an error). */
export function filledInputs(report: OfficeReport): string[] {
  // Only emptiness matters here: no need to normalise the text (this runs on every entry of every report).
  const typed = (r: { value: unknown } | null) => r !== null && r.value !== null && r.value !== undefined && !(typeof r.value === 'string' && r.value.trim() === '');
  return [
    ...report.indicators.filter((e) => typed(e.achieved) || typed(e.numerator) || typed(e.denominator)).map((e) => `i:${e.key}`),
    ...report.tasks.filter((e) => typed(e.status) || typed(e.doneDate)).map((e) => `t:${e.key}`),
  ];
}

export function completenessOf(expected: Set<string>, filled: Set<string>, errors: number, warnings: number): Completeness {
  let n = 0;
  for (const k of expected) if (filled.has(k)) n++;
  return { inputs: expected.size, filled: n, errors, warnings };
}

/** End of the due day in Vietnam (UTC+7): a report saved at 23:30 on the due date is on time. */
export function onTimeAgainst(submittedAt: string | null | undefined, due: string): boolean | null {
  if (!submittedAt) return null;
  const at = Date.parse(submittedAt);
  if (Number.isNaN(at)) return null;
  return at <= Date.parse(`${due}T23:59:59.999+07:00`);
}


/**
 * Days past the due date: a late report by the day it was saved; a report still missing by the as-of date;
 * 0 when on time or not yet due; null when a report came with no saved time.
 */
export function daysOverdue(office: Pick<OfficeResult, 'reported' | 'submittedAt' | 'onTime'>, period: Period, asOf: string): number | null {
  if (office.reported) {
    if (!office.submittedAt) return null;
    const day = vietnamDay(office.submittedAt);
    return day ? Math.max(0, daysBetween(period.due, day)) : null;
  }
  return Math.max(0, daysBetween(period.due, asOf));
}
