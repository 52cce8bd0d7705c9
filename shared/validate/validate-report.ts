// Judges every input cell of one office's report against the plan: clean values plus an issue per bad cell.
import { issue, type Issue } from '../issues';
import type { Indicator, Plan, Task } from '../schemas/plan';
import type { CellRef, OfficeReport } from '../schemas/report';
import { parseDateCell } from '../text/numbers';
import { formatDateVi } from '../text/deadlines';
import { roundTo } from '../text/format-number';
import { cellText } from '../tables/codes';
import { checkFraction, checkValue, inputRuleFor, parseStatus } from './input-rules';
import type { TaskStatus } from '../schemas/result';
import { clip } from '../messages';

export type Source = { office: string; file: string | null; sheet: string; cell: string; value?: number | string | null };

export type IndicatorValue = {
  key: string;
  office: string;
  /** A usable number in the indicator's unit (percent on 0–100), or null. */
  value: number | null;
  ratio: { numerator: number; denominator: number } | null;
  judgement: boolean | null;
  /** Something was reported for a qualitative indicator without Đạt/Không đạt. */
  unjudged: boolean;
  sources: Source[];
  /** Where a value would go, for messages about this entry. */
  at: Source;
};

export type TaskValue = {
  key: string;
  office: string;
  status: TaskStatus | null;
  doneDate: string | null;
  achieved: string;
  difficulties: string;
  proposals: string;
  sources: Source[];
  at: Source;
};

export type ValidatedReport = {
  office: string;
  file: string | null;
  /** Has at least one filled input cell. */
  reported: boolean;
  indicators: Map<string, IndicatorValue>;
  tasks: Map<string, TaskValue>;
};

// Built once per plan: a check validates every office's report against the same plan.
const indexes = new WeakMap<Plan, { indicatorsByKey: Map<string, Indicator>; tasksByKey: Map<string, Task> }>();

function planIndex(plan: Plan) {
  let index = indexes.get(plan);
  if (!index) {
    index = { indicatorsByKey: new Map(plan.indicators.map((i) => [i.key, i])), tasksByKey: new Map(plan.tasks.map((t) => [t.key, t])) };
    indexes.set(plan, index);
  }
  return index;
}

/** 'bc.xlsx — Trang1!E4': where the value that stands came from, file included when there is one. */
function placeOf(at: Source): string {
  return [at.file, `${at.sheet}!${at.cell}`].filter(Boolean).join(' — ');
}

function src(office: string, file: string | null, r: CellRef): Source {
  return { office, file, sheet: r.sheet, cell: r.cell };
}

/** Validates one report already tied to an office. Reports of the same office are merged by the caller. */
export function validateReport(report: OfficeReport & { office: string }, plan: Plan, asOf: string, into?: ValidatedReport): { validated: ValidatedReport; issues: Issue[] } {
  const issues: Issue[] = [];
  const office = report.office;
  const file = report.file;
  const v: ValidatedReport = into ?? { office, file, reported: false, indicators: new Map(), tasks: new Map() };
  v.reported ||= report.filledCells > 0;
  const where = (r: CellRef | null) => ({ office, file, sheet: r?.sheet ?? null, cell: r?.cell ?? null });
  const { indicatorsByKey, tasksByKey } = planIndex(plan);
  const empty = report.filledCells === 0;

  for (const e of report.indicators) {
    const ind = indicatorsByKey.get(e.key);
    if (!ind) continue;
    const anchor = e.achieved ?? e.numerator ?? e.denominator;
    const filled = [e.achieved, e.numerator, e.denominator].some((r) => r && cellText(r.value) !== '');
    if (!ind.leadOffices.includes(office)) {
      if (filled) issues.push(issue('info', 'REPORT_NOT_LEAD', where(anchor), { office, kind: '@indicator', section: ind.section, stt: ind.stt }));
      continue;
    }
    const prior = v.indicators.get(e.key);
    // A blank earlier copy (the empty form beside the filled one) gives way; a filled one stands.
    const priorGave = prior && (prior.value !== null || prior.judgement !== null || prior.unjudged);
    if (prior && (priorGave || !filled)) {
      if (filled) issues.push(issue('warning', 'REPORT_DUPLICATE_ENTRY', where(anchor), { kind: '@indicator', section: ind.section, stt: ind.stt, office, first: placeOf(prior.at) }));
      continue;
    }
    const rule = inputRuleFor(ind);
    const at: Source = { office, file, sheet: anchor?.sheet ?? '', cell: anchor?.cell ?? '' };
    const out: IndicatorValue = { key: e.key, office, value: null, ratio: null, judgement: null, unjudged: false, sources: [], at };
    const checked = e.achieved ? checkValue(rule, e.achieved.value, e.achieved.numFmt, e.achieved.cell, ind.unit, ind.target) : ({ kind: 'empty' } as const);
    let flagged = checked.kind === 'problem';
    if (checked.kind === 'problem') issues.push(issue('error', checked.code, where(e.achieved), checked.params));
    else if (checked.kind === 'value') {
      out.value = checked.value;
      for (const w of checked.warnings ?? []) issues.push(issue('warning', w.code, where(e.achieved), w.params));
      out.sources.push(src(office, file, e.achieved!));
    } else if (checked.kind === 'judgement') {
      out.judgement = checked.met;
      out.sources.push(src(office, file, e.achieved!));
    } else if (checked.kind === 'unjudged') {
      out.unjudged = true;
      out.sources.push(src(office, file, e.achieved!));
    }
    if (rule.kind === 'percent') {
      const fraction = checkFraction(
        e.numerator && { raw: e.numerator.value, numFmt: e.numerator.numFmt, cell: e.numerator.cell },
        e.denominator && { raw: e.denominator.value, numFmt: e.denominator.numFmt, cell: e.denominator.cell },
      );
      if (fraction.kind === 'problem') {
        flagged ||= fraction.code !== 'FRACTION_INCOMPLETE';
        issues.push(issue(fraction.code === 'FRACTION_INCOMPLETE' ? 'warning' : 'error', fraction.code, { office, file, sheet: e.numerator?.sheet ?? null, cell: fraction.cell }, fraction.params));
      } else if (fraction.kind === 'ratio') {
        if (out.value !== null && Math.abs(out.value - fraction.value) > 0.05) {
          issues.push(
            issue('warning', 'FRACTION_MISMATCH', where(e.achieved), {
              cell: e.achieved!.cell,
              computed: roundTo(fraction.value, 2),
              value: out.value,
            }),
          );
        }
        // With both given, the value is 100 × Tử số / Mẫu số (contract §2).
        out.value = fraction.value;
        out.ratio = { numerator: fraction.numerator, denominator: fraction.denominator };
        out.sources = [src(office, file, e.numerator!), src(office, file, e.denominator!)];
      }
    }
    const nothing = out.value === null && out.judgement === null && !out.unjudged;
    if (nothing && !empty && !flagged) {
      issues.push(issue('warning', 'NO_DATA', where(anchor), { section: ind.section, stt: ind.stt, cell: at.cell }));
    }
    v.indicators.set(e.key, out);
  }

  for (const e of report.tasks) {
    const task = tasksByKey.get(e.key);
    if (!task) continue;
    const anchor = e.status ?? e.doneDate;
    const filled = [e.status, e.doneDate].some((r) => r && cellText(r.value) !== '') || e.achieved !== '';
    if (!task.leadOffices.includes(office)) {
      if (filled) issues.push(issue('info', 'REPORT_NOT_LEAD', where(anchor), { office, kind: '@task', section: task.section, stt: task.stt }));
      continue;
    }
    const prior = v.tasks.get(e.key);
    const priorGave = prior && (prior.status !== null || prior.doneDate !== null || prior.achieved !== '');
    if (prior && (priorGave || !filled)) {
      if (filled) issues.push(issue('warning', 'REPORT_DUPLICATE_ENTRY', where(anchor), { kind: '@task', section: task.section, stt: task.stt, office, first: placeOf(prior.at) }));
      continue;
    }
    const at: Source = { office, file, sheet: anchor?.sheet ?? '', cell: anchor?.cell ?? '' };
    const out: TaskValue = { key: e.key, office, status: null, doneDate: null, achieved: e.achieved, difficulties: e.difficulties, proposals: e.proposals, sources: [], at };
    const statusText = e.status ? cellText(e.status.value) : '';
    if (statusText) {
      out.status = parseStatus(statusText);
      if (out.status === null) issues.push(issue('error', 'INVALID_STATUS', where(e.status), { text: clip(statusText, 40), cell: e.status!.cell }));
      else out.sources.push({ ...src(office, file, e.status!), value: out.status });
    } else if (!empty && e.status) {
      issues.push(issue('warning', 'NO_STATUS', where(e.status), { section: task.section, stt: task.stt, cell: e.status?.cell ?? '' }));
    }
    if (e.doneDate) {
      const d = parseDateCell(e.doneDate.value, e.doneDate.numFmt);
      if (d.kind === 'invalid') issues.push(issue('error', 'INVALID_DATE', where(e.doneDate), { text: clip(d.text, 40), cell: e.doneDate.cell }));
      else if (d.kind === 'date') {
        out.doneDate = d.iso;
        out.sources.push({ ...src(office, file, e.doneDate), value: d.iso });
        if (d.iso > asOf) issues.push(issue('warning', 'DATE_IN_FUTURE', where(e.doneDate), { date: formatDateVi(d.iso), cell: e.doneDate.cell, asOf: formatDateVi(asOf) }));
        if (out.status !== null && out.status !== 'done') issues.push(issue('warning', 'DATE_WITHOUT_DONE', where(e.doneDate), { cell: e.doneDate.cell }));
      }
    }
    // `Hoàn thành` with no date: done stands, but the on-time and late rules need the day (issue 10).
    if (out.status === 'done' && out.doneDate === null && !(e.doneDate && cellText(e.doneDate.value) !== '')) {
      const at = e.doneDate ?? e.status;
      issues.push(issue('warning', 'DONE_WITHOUT_DATE', where(at), { section: task.section, stt: task.stt, cell: at?.cell ?? '' }));
    }
    v.tasks.set(e.key, out);
  }
  return { validated: v, issues };
}
