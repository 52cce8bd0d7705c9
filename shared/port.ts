// The workbook port: what a host face (Excel, Sheets) hands the core, and what the core asks it to write.
// A button's run is a pure function from a WorkbookRead to writes and an outcome (shared/workbook/runs.ts); a face
// implements `read` and `write` for its host and shows the outcome: nothing else.
import type { Grid } from './grid';
import type { CellPlan, SheetPlan } from './sheet-plan';

export type SheetInfo = { name: string; visible: boolean };

/** Every sheet of the workbook as a Grid (sheets a run does not want may be empty), and the active sheet's name. */
export type WorkbookRead = { grids: Grid[]; sheets: SheetInfo[]; active: string | null };

/** A value an office typed through a guided form: a number, a calendar day, or text that stays text. */
export type TypedValue = { kind: 'number'; value: number } | { kind: 'date'; iso: string } | { kind: 'text'; text: string };

/**
 * One write, in the order the run gives them. Hosts may queue them and send them in one batch; a run that fails
 * before `write` writes nothing.
 */
export type WorkbookWrite =
  /** An output sheet replaced whole (removed first when there); the host keeps its id where it can, so links survive. */
  | { kind: 'replaceSheet'; plan: SheetPlan }
  /** A new sheet under a name the run chose free (forms, an example plan): with validations, formats, protection. */
  | { kind: 'addSheet'; plan: SheetPlan }
  /** Rows written from row `startRow` (0-based) of a log-like sheet, made when missing; rows above stay as they are. */
  | { kind: 'appendRows'; sheet: string; startRow: number; rows: CellPlan[][]; columnWidths?: number[] }
  /** A form sheet locked whole, input cells too (an approved report, contract §6). */
  | { kind: 'lockSheet'; sheet: string }
  /** One value written into one cell: text stays text whatever it looks like, a date is a date cell. */
  | { kind: 'writeValue'; sheet: string; cell: string; value: TypedValue }
  /** The sheet shown to the user, with a cell selected when given. */
  | { kind: 'activate'; sheet: string; cell?: string };

/** What each face implements; Excel's is asynchronous (batches), Sheets' synchronous (one API call each). */
export interface WorkbookPort {
  read(): WorkbookRead | Promise<WorkbookRead>;
  write(writes: WorkbookWrite[]): void | Promise<void>;
}
