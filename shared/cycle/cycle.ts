// The reporting cycle around one check: completeness, timeliness, review and the earlier period, added to the result.
import { issue, type Issue } from '../issues';
import type { Period, Plan } from '../schemas/plan';
import type { OfficeReport } from '../schemas/report';
import type { CheckResult } from '../schemas/result';
import type { ValidatedReport } from '../validate/validate-report';
import { formatDateVi } from '../text/deadlines';
import { completenessOf, daysOverdue, expectedInputs, filledInputs, onTimeAgainst } from './completeness';
import { vietnamDay } from '../text/iso-date';
import { reportFingerprint } from './fingerprint';
import { applyReview, type ReviewRead } from './review';
import { withPrevious, type PreviousSource } from './previous';

export type CycleOptions = {
  /** An earlier period's result (`--previous`, or the workbook's history) and where it came from. */
  previous?: { result: PreviousSource; source: string | null } | null;
  /** The standing office's decisions read from an earlier summary (`--review`, or the workbook's own). */
  review?: ReviewRead | null;
};

export type CycleTracker = {
  /** One report identified as `office`, with the issues raised while reading and validating it. */
  noteReport(office: string, report: OfficeReport, savedAt: string | null | undefined, issues: Issue[]): void;
  finish(result: CheckResult, validated: Map<string, ValidatedReport>): CheckResult;
};

export function startCycle(plan: Plan, period: Period, opts: CycleOptions): CycleTracker {
  const filled = new Map<string, Set<string>>();
  const counts = new Map<string, { errors: number; warnings: number }>();
  const saved = new Map<string, string>();

  function noteReport(office: string, report: OfficeReport, savedAt: string | null | undefined, issues: Issue[]): void {
    const set = filled.get(office) ?? new Set<string>();
    for (const k of filledInputs(report)) set.add(k);
    filled.set(office, set);
    const c = counts.get(office) ?? { errors: 0, warnings: 0 };
    for (const i of issues) {
      if (i.office !== office) continue;
      if (i.severity === 'error') c.errors++;
      else if (i.severity === 'warning') c.warnings++;
    }
    counts.set(office, c);
    // An empty form saved early is no submission: only a report with something in it has a saved time that counts.
    if (report.filledCells > 0 && savedAt) {
      const prior = saved.get(office);
      if (!prior || Date.parse(savedAt) > Date.parse(prior)) saved.set(office, savedAt);
    }
  }

  function finish(base: CheckResult, validated: Map<string, ValidatedReport>): CheckResult {
    const issues: Issue[] = [...(opts.review?.issues ?? [])];
    const expected = expectedInputs(plan);
    const offices = base.offices.map((o) => {
      const c = counts.get(o.name) ?? { errors: 0, warnings: 0 };
      const completeness = completenessOf(expected.get(o.name) ?? new Set(), filled.get(o.name) ?? new Set(), c.errors, c.warnings);
      const submittedAt = o.reported ? (saved.get(o.name) ?? null) : null;
      const onTime = onTimeAgainst(submittedAt, period.due);
      const office = { ...o, submittedAt, onTime, completeness, lastReminder: o.lastReminder ?? null };
      if (onTime === false) {
        issues.push(
          issue('info', 'REPORT_LATE', { office: o.name }, {
            office: o.name,
            submitted: formatDateVi(vietnamDay(submittedAt!) ?? ''),
            due: formatDateVi(period.due),
            days: daysOverdue(office, period, base.asOf) ?? 0,
          }),
        );
      }
      return office;
    });
    const fingerprints = new Map(base.offices.map((o) => [o.name, reportFingerprint(validated.get(o.name))]));
    const reviewed = applyReview({ ...base, offices }, opts.review?.decisions ?? null, fingerprints);
    const previous = withPrevious(reviewed.result, opts.previous?.result ?? null, opts.previous?.source ?? null);
    return { ...previous.result, issues: [...base.issues, ...issues, ...reviewed.issues, ...previous.issues] };
  }

  return { noteReport, finish };
}
