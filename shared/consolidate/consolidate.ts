// Turns validated office reports into the commune result, with every rule of domain.md's consolidation semantics.
import { issue, type Issue } from '../issues';
import type { Indicator, Period, Plan, Task } from '../schemas/plan';
import type { CheckResult, IndicatorMethod, IndicatorResult, IndicatorStatus, SourceRef, TaskResult, TaskStatus, TaskStatusResult } from '../schemas/result';
import { meetsTarget, describeTarget } from '../text/targets';
import { isPercentIndicator } from '../validate/input-rules';
import { formatDateVi } from '../text/deadlines';
import { formatNumber } from '../text/format-number';
import type { IndicatorValue, TaskValue, ValidatedReport } from '../validate/validate-report';
import { clip } from '../messages';

export type ConsolidateInput = {
  plan: Plan;
  period: Period;
  asOf: string;
  reports: Map<string, ValidatedReport>;
  /** Files (CLI) or sheet names (hosts) each office's report came from. */
  officeSources: Map<string, string[]>;
  issues: Issue[];
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const showNumber = (n: number) => formatNumber(n, 'vi', 2);

function sourcesOf(v: IndicatorValue, value: number | string | null): SourceRef[] {
  return v.sources.map((s) => ({ ...s, value }));
}

function consolidateIndicator(ind: Indicator, reports: Map<string, ValidatedReport>, issues: Issue[]): IndicatorResult {
  const entries: IndicatorValue[] = [];
  const missingLeads: string[] = [];
  for (const office of ind.leadOffices) {
    const e = reports.get(office)?.indicators.get(ind.key);
    if (e && (e.value !== null || e.judgement !== null || e.unjudged)) entries.push(e);
    else missingLeads.push(office);
  }
  const base = {
    section: ind.section,
    stt: ind.stt,
    name: ind.name,
    unit: ind.unit,
    target: ind.targetText,
    leadOffices: ind.leadOffices,
  };
  const several = ind.leadOffices.length > 1;
  const warnMissing = () => {
    if (!several || entries.length === 0) return;
    for (const office of missingLeads) issues.push(issue('warning', 'LEAD_NOT_REPORTED', { office }, { office, kind: '@indicator', section: ind.section, stt: ind.stt }));
  };

  if (ind.target.kind === 'qualitative') {
    const judged = entries.filter((e) => e.judgement !== null);
    const sources = entries.flatMap((e) => sourcesOf(e, e.judgement === null ? null : e.judgement ? 'Đạt' : 'Không đạt'));
    warnMissing();
    if (judged.length === 0) {
      const status: IndicatorStatus = entries.length > 0 ? 'needs_judgement' : 'no_data';
      for (const e of entries) issues.push(issue('warning', 'NEEDS_JUDGEMENT', { office: e.office, file: e.at.file, sheet: e.at.sheet, cell: e.at.cell }, { section: ind.section, stt: ind.stt, cell: e.at.cell }));
      return { ...base, value: null, status, conflict: false, sources, method: 'judgement', missingLeads, parts: null };
    }
    const conflict = new Set(judged.map((e) => e.judgement)).size > 1;
    const first = judged[0];
    if (conflict) addConflict(ind, judged.map((e) => `${e.office}: ${e.judgement ? 'Đạt' : 'Không đạt'}`), first.office, issues);
    return { ...base, value: null, status: first.judgement ? 'met' : 'missed', conflict, sources, method: 'judgement', missingLeads, parts: null };
  }

  const numeric = entries.filter((e) => e.value !== null);
  if (numeric.length === 0) {
    warnMissing();
    return { ...base, value: null, status: 'no_data', conflict: false, sources: entries.flatMap((e) => sourcesOf(e, null)), method: 'none', missingLeads, parts: null };
  }
  let value: number;
  let method: IndicatorMethod;
  let conflict = false;
  // The sums behind a value formed from Tử số / Mẫu số, so a reader can check the division (contract §6).
  let parts: { numerator: number; denominator: number } | null = null;
  const percent = isPercentIndicator(ind);
  if (numeric.length === 1) {
    value = numeric[0].value!;
    method = 'single';
    if (numeric[0].ratio) parts = { numerator: round(numeric[0].ratio.numerator), denominator: round(numeric[0].ratio.denominator) };
  } else if (percent && numeric.every((e) => e.ratio !== null)) {
    // A rate from several offices is the ratio of sums, not the mean of their rates.
    const num = numeric.reduce((s, e) => s + e.ratio!.numerator, 0);
    const den = numeric.reduce((s, e) => s + e.ratio!.denominator, 0);
    value = (100 * num) / den;
    method = 'ratio_of_sums';
    parts = { numerator: round(num), denominator: round(den) };
  } else if (!percent) {
    // Each office reports its own part of a count.
    value = numeric.reduce((s, e) => s + e.value!, 0);
    method = 'sum';
  } else {
    const distinct = new Set(numeric.map((e) => round(e.value!)));
    conflict = distinct.size > 1;
    value = numeric[0].value!;
    method = 'first_lead';
    if (conflict) addConflict(ind, numeric.map((e) => `${e.office}: ${showNumber(e.value!)}`), numeric[0].office, issues);
  }
  warnMissing();
  value = round(value);
  const met = meetsTarget(ind.target, value);
  const status: IndicatorStatus = met === null ? 'needs_judgement' : met ? 'met' : 'missed';
  const sources = numeric.flatMap((e) =>
    e.ratio ? [{ ...e.sources[0], value: e.ratio.numerator }, { ...e.sources[1], value: e.ratio.denominator }] : sourcesOf(e, e.value),
  );
  if (status === 'missed') {
    const first = numeric[0];
    issues.push(
      issue('warning', 'TARGET_MISSED', { office: first.office, file: first.at.file, sheet: first.at.sheet, cell: first.at.cell }, {
        section: ind.section,
        stt: ind.stt,
        name: clip(ind.name, 80),
        value: `${showNumber(value)}${percent ? '%' : ''}`,
        target: describeTarget(ind.target, 'vi'),
      }),
    );
  }
  return { ...base, value, status, conflict, sources, method, missingLeads, parts };
}

function addConflict(ind: Indicator, values: string[], office: string, issues: Issue[]): void {
  issues.push(issue('warning', 'CONFLICT', { office }, { section: ind.section, stt: ind.stt, values: values.join('; '), office }));
}

const ORDER: Record<TaskStatus, number> = { not_started: 0, in_progress: 1, done: 2 };

/** Several leads: done only when all say done; else the least advanced, but "done by some, silent others" is in progress. */
export function combineTaskStatus(statuses: Array<TaskStatus | null>): TaskStatusResult {
  const reported = statuses.filter((s): s is TaskStatus => s !== null);
  if (reported.length === 0) return 'no_report';
  if (reported.length === statuses.length && reported.every((s) => s === 'done')) return 'done';
  const least = reported.reduce((a, b) => (ORDER[b] < ORDER[a] ? b : a));
  if (least === 'done') return 'in_progress';
  return least;
}

function consolidateTask(task: Task, reports: Map<string, ValidatedReport>, asOf: string, issues: Issue[]): TaskResult {
  const leadStatus: Record<string, TaskStatus | null> = {};
  const values: TaskValue[] = [];
  for (const office of task.leadOffices) {
    const v = reports.get(office)?.tasks.get(task.key);
    leadStatus[office] = v?.status ?? null;
    if (v) values.push(v);
  }
  const status = combineTaskStatus(task.leadOffices.map((o) => leadStatus[o]));
  if (task.leadOffices.length > 1 && status !== 'no_report') {
    for (const office of task.leadOffices) if (leadStatus[office] === null) issues.push(issue('warning', 'LEAD_NOT_REPORTED', { office }, { office, kind: '@task', section: task.section, stt: task.stt }));
  }
  const due = task.deadline.recurring ? null : task.deadline.due;
  const doneDates = values.map((v) => v.doneDate).filter((d): d is string => d !== null).sort();
  const doneDate = status === 'done' ? (doneDates[doneDates.length - 1] ?? null) : null;
  const overdue = due !== null && due < asOf && status !== 'done';
  const late = status === 'done' && due !== null && doneDate !== null && doneDate > due;
  if (overdue) {
    issues.push(
      // Under the lead that still owes it, not one that reported its part done.
      issue('warning', 'TASK_OVERDUE', { office: task.leadOffices.find((o) => leadStatus[o] !== 'done') ?? task.leadOffices[0] ?? null }, { section: task.section, stt: task.stt, name: clip(task.name, 80), deadline: formatDateVi(due) }),
    );
  }
  const texts = (pick: (v: TaskValue) => string) => values.filter((v) => pick(v)).map((v) => ({ office: v.office, text: pick(v) }));
  return {
    section: task.section,
    stt: task.stt,
    name: task.name,
    leadOffices: task.leadOffices,
    deadline: due,
    recurring: task.deadline.recurring,
    status,
    overdue,
    sources: values.flatMap((v) => v.sources),
    late,
    doneDate,
    deadlineText: task.deadlineText,
    leadStatus,
    achieved: texts((v) => v.achieved),
    difficulties: texts((v) => v.difficulties),
    proposals: texts((v) => v.proposals),
  };
}

/** The whole consolidation: pure, so every host gets the same answer from the same cells. */
export function consolidate(input: ConsolidateInput): CheckResult {
  const { plan, period, asOf, reports } = input;
  const issues = [...input.issues];
  const indicators = plan.indicators.map((i) => consolidateIndicator(i, reports, issues));
  const tasks = plan.tasks.map((t) => consolidateTask(t, reports, asOf, issues));
  const leads = new Set([...plan.indicators, ...plan.tasks].flatMap((x) => x.leadOffices));
  const offices = plan.offices.map((o) => {
    const reported = reports.get(o.name)?.reported ?? false;
    if (!reported && leads.has(o.name)) issues.push(issue('warning', 'OFFICE_NOT_REPORTED', { office: o.name }, { office: o.name, period: period.label }));
    return { name: o.name, reported, sources: input.officeSources.get(o.name) ?? [], emails: o.emails };
  });
  return {
    schemaVersion: 1,
    asOf,
    period,
    plan: { id: plan.id, version: plan.version, title: plan.title, commune: plan.commune, indicatorSections: plan.indicatorSections, taskSections: plan.taskSections },
    offices,
    indicators,
    tasks,
    issues,
  };
}
