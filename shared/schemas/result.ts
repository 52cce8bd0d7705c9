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

export const TaskStatusResult = z.enum(['done', 'in_progress', 'not_started', 'no_report']);
export type TaskStatusResult = z.infer<typeof TaskStatusResult>;

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
  /** Added: how the value was formed ('single', 'ratio_of_sums', 'sum', 'first_lead', 'judgement'). */
  method: z.string().optional(),
  /** Added: lead offices that gave nothing for this indicator. */
  missingLeads: z.array(z.string()).optional(),
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
  leadStatus: z.record(z.string(), z.union([z.enum(['done', 'in_progress', 'not_started']), z.null()])).optional(),
  achieved: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
  difficulties: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
  proposals: z.array(z.object({ office: z.string(), text: z.string() })).optional(),
});
export type TaskResult = z.infer<typeof TaskResult>;

export const OfficeResult = z.object({
  name: z.string(),
  reported: z.boolean(),
  sources: z.array(z.string()),
  /** Added: the office's addresses from the 'Đơn vị' sheet. */
  emails: z.array(z.string()).optional(),
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
