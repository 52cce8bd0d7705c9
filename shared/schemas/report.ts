// One office's report as read from its sheets, before any judgement: cells with their addresses.
import { z } from 'zod';
import { CellValue } from '../grid';

export const CellRef = z.object({
  sheet: z.string(),
  cell: z.string(),
  value: CellValue,
  numFmt: z.string().nullable(),
});
export type CellRef = z.infer<typeof CellRef>;

export const IndicatorEntry = z.object({
  key: z.string(),
  section: z.string(),
  stt: z.string(),
  achieved: CellRef.nullable(),
  numerator: CellRef.nullable(),
  denominator: CellRef.nullable(),
  note: z.string(),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;

export const TaskEntry = z.object({
  key: z.string(),
  section: z.string(),
  stt: z.string(),
  status: CellRef.nullable(),
  doneDate: CellRef.nullable(),
  achieved: z.string(),
  difficulties: z.string(),
  proposals: z.string(),
});
export type TaskEntry = z.infer<typeof TaskEntry>;

/** Hidden metadata a generated form carries, so check can tell a form of another plan or period. */
export const FormMeta = z.object({
  planId: z.string(),
  planVersion: z.string(),
  office: z.string(),
  period: z.string(),
  formVersion: z.string(),
});
export type FormMeta = z.infer<typeof FormMeta>;

export const OfficeReport = z.object({
  /** File as given on the command line; null inside Excel / Sheets. */
  file: z.string().nullable(),
  sheets: z.array(z.string()),
  office: z.string().nullable(),
  periodText: z.string().nullable(),
  meta: FormMeta.nullable(),
  indicators: z.array(IndicatorEntry),
  tasks: z.array(TaskEntry),
  /** Input cells with anything in them: an office with none has not reported. */
  filledCells: z.number().int(),
});
export type OfficeReport = z.infer<typeof OfficeReport>;
