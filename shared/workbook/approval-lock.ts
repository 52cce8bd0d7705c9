// The approval lock over an office's form (contract §6), kept in step with the review: put on when the standing office
// approves, lifted when the approval is withdrawn or no longer stands. The read says which sheets carry it.
import { a1, type CellValue, type Grid } from '../grid';
import { cellText } from '../tables/codes';
import type { Plan } from '../schemas/plan';
import type { CheckResult } from '../schemas/result';
import type { SheetPlan } from '../sheet-plan';
import type { WorkbookRead, WorkbookWrite } from '../port';
import { buildForm } from '../forms/form-plan';
import { isFormSheet } from './layout';

const text = (v: CellValue | undefined): string => cellText(v ?? null);
const rowKey = (row: ReadonlyArray<CellValue | undefined> | undefined): string => `${text(row?.[0])}\u0000${text(row?.[1])}`;

/**
 * The input cells of the office's form as they stand in `grid`: each row of the core's own form that has unlocked
 * cells is found in the sheet by its STT and name (an office may have moved or deleted rows), and its unlocked columns
 * are given as A1 ranges, one per run of neighbouring columns.
 */
export function inputRanges(grid: Grid, form: SheetPlan): string[] {
  const rows = new Map<string, number>();
  grid.values.forEach((row, r) => {
    const key = rowKey(row);
    if (key !== '\u0000' && !rows.has(key)) rows.set(key, r);
  });
  const out: string[] = [];
  for (const cells of form.cells) {
    const r = rows.get(rowKey(cells.map((c) => c?.value ?? null)));
    if (r === undefined) continue;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c]?.locked !== false) continue;
      let end = c;
      while (cells[end + 1]?.locked === false) end++;
      out.push(end === c ? a1(r, c) : `${a1(r, c)}:${a1(r, end)}`);
      c = end;
    }
  }
  return out;
}

/**
 * Lock and unlock writes for this run: approved offices' form sheets not yet locked get locked; form sheets the read
 * shows locked whose office is no longer approved get their input cells back. A host that cannot tell which sheets
 * carry the lock (no `approvalLock` in its read) gets every approved sheet locked again and nothing unlocked.
 */
export function approvalLockWrites(read: WorkbookRead, plan: Plan, result: CheckResult, approvedSheets: string[]): WorkbookWrite[] {
  const lockedNow = new Set(read.sheets.filter((s) => s.approvalLock).map((s) => s.name));
  const approved = new Set(approvedSheets);
  const writes: WorkbookWrite[] = approvedSheets.filter((s) => !lockedNow.has(s)).map((sheet) => ({ kind: 'lockSheet', sheet }));
  for (const sheet of lockedNow) {
    if (approved.has(sheet)) continue;
    const grid = read.grids.find((g) => g.name === sheet);
    // Only an office's form is ever unlocked: a plan sheet the commune protected whole is theirs.
    if (!grid || !isFormSheet(grid)) continue;
    const office = result.offices.find((o) => o.sources.includes(sheet));
    if (!office) continue;
    const form = buildForm(plan, office.name, result.period, sheet).sheet;
    writes.push({ kind: 'unlockSheet', sheet, inputs: inputRanges(grid, form) });
  }
  return writes;
}
