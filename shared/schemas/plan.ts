// The plan as the core understands it: indicators, tasks, offices, the reporting period.
import { z } from 'zod';
import { Target } from '../text/targets';
import { Deadline } from '../text/deadlines';

export const Office = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  emails: z.array(z.string()),
});
export type Office = z.infer<typeof Office>;

/** Where a row sits in the plan workbook, so a message can point at it. */
const PlanRef = z.object({ sheet: z.string(), row: z.number().int() });

export const Indicator = z.object({
  /** (section, stt) identity; a duplicate gets '#2', '#3' so both rows are kept. */
  key: z.string(),
  section: z.string(),
  stt: z.string(),
  name: z.string(),
  unit: z.string(),
  targetText: z.string(),
  target: Target,
  leadText: z.string(),
  leadOffices: z.array(z.string()),
  ref: PlanRef,
});
export type Indicator = z.infer<typeof Indicator>;

export const Task = z.object({
  key: z.string(),
  section: z.string(),
  stt: z.string(),
  name: z.string(),
  leadText: z.string(),
  leadOffices: z.array(z.string()),
  coordinatingText: z.string(),
  coordinatingOffices: z.array(z.string()),
  output: z.string(),
  deadlineText: z.string(),
  deadline: Deadline,
  note: z.string(),
  ref: PlanRef,
});
export type Task = z.infer<typeof Task>;

export const Section = z.object({ section: z.string(), title: z.string() });
export type Section = z.infer<typeof Section>;

export const Period = z.object({
  id: z.string(), // '2026-H1' | '2026-H2' | '2026' | '2026-Q3' | '2026-07'
  label: z.string(), // '6 tháng đầu năm 2026' | 'Năm 2026'
  due: z.string(), // ISO date the reports are due
});
export type Period = z.infer<typeof Period>;

export const Plan = z.object({
  /** Short identity from the plan number, e.g. '4888/KH-UBND', else the file name. */
  id: z.string(),
  /** Hash of the plan's rows: a form made from an edited plan is told apart. */
  version: z.string(),
  title: z.string(),
  commune: z.string(),
  offices: z.array(Office),
  indicatorSections: z.array(Section),
  indicators: z.array(Indicator),
  taskSections: z.array(Section),
  tasks: z.array(Task),
  /** From a 'Kỳ báo cáo' sheet, if the workbook has one. */
  period: Period.nullable(),
  /** Added: every period the 'Kỳ báo cáo' sheet lists, with its due date (the first is `period`). */
  periods: z.array(Period).optional(),
});
export type Plan = z.infer<typeof Plan>;
