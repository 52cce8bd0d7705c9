// The result of one "Kiểm tra và tổng hợp" (contract §4): JSON-safe, the same on every host.
import { z } from 'zod';
import { Issue } from '../issues';
import { Period, Section } from './plan';

export const SourceRef = z.object({
  office: z.string(),
  file: z.string().nullable(),
  sheet: z.string(),
  cell: z.string(),
  /** Added field: the value this source gave, so a conflict shows both sides. */
  value: z.union([z.number(), z.string(), z.null()]).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const IndicatorStatus = z.enum(['met', 'missed', 'no_data', 'needs_judgement']);
export type IndicatorStatus = z.infer<typeof IndicatorStatus>;

/** A task as an office reports it; the words officers type for each (`Hoàn thành`, `Đã xong`, …) are STATUS_WORDS in validate/input-rules.ts. */
export const TaskStatus = z.enum(['done', 'in_progress', 'not_started']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** A task in the commune's result: what its leads reported, or no report at all. */
export const TaskStatusResult = z.enum([...TaskStatus.options, 'no_report']);
export type TaskStatusResult = z.infer<typeof TaskStatusResult>;

/** An indicator as an earlier period's result had it, matched by (section, stt). */
export const PreviousValue = z.object({ period: z.string(), value: z.number().nullable(), status: IndicatorStatus });
export type PreviousValue = z.infer<typeof PreviousValue>;

/**
 * single: one lead's value; ratio_of_sums: a rate from several leads' Tử số / Mẫu số (its sums in `parts`);
 * sum: a count, each lead its own part; first_lead: a rate the leads gave without fractions, the first lead's;
 * judgement: Đạt / Không đạt; none: no lead gave a number.
 */
export const IndicatorMethod = z.enum(['single', 'ratio_of_sums', 'sum', 'first_lead', 'judgement', 'none']);
export type IndicatorMethod = z.infer<typeof IndicatorMethod>;

export const IndicatorResult = z.object({
  section: z.string(),
  stt: z.string(),
  name: z.string(),
  unit: z.string(),
  target: z.string(),
  leadOffices: z.array(z.string()),
  value: z.number().nullable(),
  status: IndicatorStatus,
  conflict: z.boolean(),
  sources: z.array(SourceRef),
  /** Added: how the value was formed. */
  method: IndicatorMethod.optional(),
  /** Added: lead offices that gave nothing for this indicator. */
  missingLeads: z.array(z.string()).optional(),
  /** Added (§6): the sums behind a value formed from Tử số / Mẫu số, else null. */
  parts: z.object({ numerator: z.number(), denominator: z.number() }).nullable().optional(),
  /** Added (§6): the same indicator in an earlier period's result (with --previous), else null. */
  previous: PreviousValue.nullable().optional(),
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

export const TaskResult = z.object({
  section: z.string(),
  stt: z.string(),
  name: z.string(),
  leadOffices: z.array(z.string()),
  deadline: z.string().nullable(),
  recurring: z.boolean(),
  status: TaskStatusResult,
  overdue: z.boolean(),
  sources: z.array(SourceRef),
  /** Added: done after its deadline. */
  late: z.boolean().optional(),
  doneDate: z.string().nullable().optional(),
  deadlineText: z.string().optional(),
  /** Added: per lead office, what it reported (null: nothing). */
  leadStatus: z.record(z.string(), TaskStatus.nullable()).optional(),
  achieved: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
  difficulties: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
  proposals: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
  /** Added: the same task in an earlier period's result; `carriedForward` when it was not done then. */
  previous: z.object({ period: z.string(), status: TaskStatusResult, overdue: z.boolean() }).nullable().optional(),
  carriedForward: z.boolean().optional(),
});
export type TaskResult = z.infer<typeof TaskResult>;

export const Completeness = z.object({ inputs: z.number().int(), filled: z.number().int(), errors: z.number().int(), warnings: z.number().int() });
export type Completeness = z.infer<typeof Completeness>;

export const ReviewState = z.enum(['pending', 'approved', 'returned']);
export type ReviewState = z.infer<typeof ReviewState>;

export const Review = z.object({ state: ReviewState, reason: z.string().nullable() });
export type Review = z.infer<typeof Review>;

export const OfficeResult = z.object({
  name: z.string(),
  reported: z.boolean(),
  sources: z.array(z.string()),
  /** Added: the office's addresses from the 'Đơn vị' sheet. */
  emails: z.array(z.string()).optional(),
  /** Added (§6): the used report's saved time (ISO, +07:00), or null. */
  submittedAt: z.string().nullable().optional(),
  /** Added (§6): submittedAt ≤ the period's due date, end of that day in Vietnam; null when unknown. */
  onTime: z.boolean().nullable().optional(),
  /** Added (§6): input cells expected of the office and filled, and its reports' errors and warnings. */
  completeness: Completeness.optional(),
  /** Added (§6): the standing office's decision on this period's report. */
  review: Review.optional(),
  /** Added: fingerprint of the office's validated values, kept beside a review decision in the summary. */
  fingerprint: z.string().optional(),
  /** Added: when the office was last sent a reminder (ISO), where the host keeps a log; else null. */
  lastReminder: z.string().nullable().optional(),
});
export type OfficeResult = z.infer<typeof OfficeResult>;

export const CheckResult = z.object({
  schemaVersion: z.literal(1),
  asOf: z.string(),
  period: Period,
  /** Added: which plan this result consolidates. */
  plan: z
    .object({
      id: z.string(),
      version: z.string(),
      title: z.string(),
      commune: z.string(),
      /** Added: the appendices' section rows ('I', 'Đến năm 2030'), so a report can say which targets are for a later year. */
      indicatorSections: z.array(Section).optional(),
      taskSections: z.array(Section).optional(),
    })
    .optional(),
  offices: z.array(OfficeResult),
  indicators: z.array(IndicatorResult),
  tasks: z.array(TaskResult),
  issues: z.array(Issue),
});
export type CheckResult = z.infer<typeof CheckResult>;
