// The guided form (Excel pane, Sheets sidebar): which input cells of one office sheet still need the office, and what each one asks for.
import { a1, parseA1, type CellValue, type Grid } from '../grid';
import { cellText } from '../tables/codes';
import { localiseIssues, INPUT_CELL_CODES, type Issue } from '../issues';
import type { Lang } from '../messages';
import type { SheetPlan, ValidationRule } from '../sheet-plan';
import { buildForm } from '../forms/form-plan';
import { parseDateCell, parseNumber } from '../text/numbers';
import type { TypedValue, WorkbookWrite } from '../port';
import { checkWorkbook } from './check-workbook';
import { classifySheets, isFormSheet } from './layout';

export type GuideStep = {
  sheet: string;
  cell: string;
  kind: 'indicator' | 'task';
  /** The column's header in the form ('Kết quả đạt được', 'Tình trạng', …). */
  field: string;
  stt: string;
  name: string;
  unit: string;
  target: string;
  deadline: string;
  /** The form's input prompt for this cell, as the core wrote it. */
  prompt: { title: string; text: string } | null;
  rule: ValidationRule | null;
  /** What is wrong now (or that it is empty), in the pane's language. */
  problems: string[];
  current: CellValue;
};

export type Guide = { ok: true; office: string; steps: GuideStep[] } | { ok: false; reason: 'not_a_form' | 'no_plan'; issues: Issue[] };

const text = (v: CellValue | undefined): string => cellText(v ?? null);

/** The row of the core's own form for this office holding the same item (STT and name): its prompt and rule apply. */
function freshRowOf(form: SheetPlan, stt: string, name: string): number {
  return form.cells.findIndex((row) => text(row[0]?.value) === stt && text(row[1]?.value) === name && row.some((c) => c?.style === 'input'));
}

function headerAbove(form: SheetPlan, row: number): string[] {
  for (let r = row - 1; r >= 0; r--) {
    const cells = form.cells[r];
    if (cells[0]?.style === 'header') return cells.map((c) => text(c?.value));
  }
  return [];
}

/**
 * Steps for the sheet `sheetName`: every input cell the core finds empty or wrong, in reading order.
 * The check runs on the plan and this one sheet, so the messages are the same as "Kiểm tra và tổng hợp" gives.
 */
export function guideSteps(grids: Grid[], sheetName: string, opts: { asOf: string; lang: Lang }): Guide {
  const active = grids.find((g) => g.name === sheetName);
  if (!active || !isFormSheet(active)) return { ok: false, reason: 'not_a_form', issues: [] };
  const { planSheets } = classifySheets(grids);
  const check = checkWorkbook([...planSheets, active], { asOf: opts.asOf });
  if (!check.ok) return { ok: false, reason: 'no_plan', issues: localiseIssues(check.issues, opts.lang) };
  const office = check.result.offices.find((o) => o.sources.includes(active.name))?.name;
  if (!office) return { ok: false, reason: 'not_a_form', issues: localiseIssues(check.result.issues.filter((i) => i.sheet === active.name), opts.lang) };
  const form = buildForm(check.plan, office, check.result.period, active.name).sheet;

  const byCell = new Map<string, string[]>();
  const issues = localiseIssues(check.result.issues, opts.lang).filter((i) => i.sheet === active.name);
  for (const issue of issues) {
    if (!issue.cell || !INPUT_CELL_CODES.has(issue.code)) continue;
    byCell.set(issue.cell, [...(byCell.get(issue.cell) ?? []), issue.message]);
  }
  // On a sheet with nothing typed yet the core reports the sheet, not each cell (REPORT_EMPTY): then every cell the
  // form validates by itself (the value, the status; not Tử số / Mẫu số or dates, which depend on other cells) is due.
  if (issues.some((i) => i.code === 'REPORT_EMPTY')) {
    const rows = new Map(active.values.map((row, r) => [`${text(row[0])}\u0000${text(row[1])}`, r]));
    for (const v of form.validations ?? []) {
      const rule = v.accepts ?? v.rule;
      if (rule.type === 'custom' || rule.type === 'date') continue;
      const at = parseA1(v.range);
      if (!at) continue;
      const r = rows.get(`${text(form.cells[at.row][0]?.value)}\u0000${text(form.cells[at.row][1]?.value)}`);
      if (r !== undefined && text(active.values[r]?.[at.col]) === '') byCell.set(a1(r, at.col), []);
    }
  }

  const steps: GuideStep[] = [];
  for (const [cell, problems] of byCell) {
    const at = parseA1(cell);
    if (!at) continue;
    const row = active.values[at.row] ?? [];
    const stt = text(row[0]);
    const name = text(row[1]);
    const fr = freshRowOf(form, stt, name);
    const fresh = fr >= 0 ? form.cells[fr] : [];
    const header = fr >= 0 ? headerAbove(form, fr) : [];
    const kind = header.includes('Tử số') ? 'indicator' : 'task';
    const validation = fr >= 0 ? form.validations?.find((v) => v.range === a1(fr, at.col)) : undefined;
    steps.push({
      sheet: active.name,
      cell,
      kind,
      field: header[at.col] ?? '',
      stt,
      name,
      unit: kind === 'indicator' ? text(fresh[2]?.value) : '',
      target: kind === 'indicator' ? text(fresh[3]?.value) : '',
      deadline: kind === 'task' ? text(fresh[2]?.value) : '',
      prompt: validation?.prompt ?? null,
      rule: validation?.accepts ?? validation?.rule ?? null,
      problems,
      current: row[at.col] ?? null,
    });
  }
  steps.sort((a, b) => parseA1(a.cell)!.row - parseA1(b.cell)!.row || parseA1(a.cell)!.col - parseA1(b.cell)!.col);
  return { ok: true, office, steps };
}

/**
 * What typing `input` into the step's cell stores: a number where the form expects one and the text reads
 * as one (66,5 → 66.5), a calendar day in a date cell, else the text itself (kept text, never a formula).
 */
export function typedValue(step: Pick<GuideStep, 'rule' | 'unit'>, input: string): TypedValue {
  const t = input.trim();
  const rule = step.rule;
  if (t === '' || rule?.type === 'list') return { kind: 'text', text: t };
  if (rule?.type === 'date') {
    const d = parseDateCell(t);
    return d.kind === 'date' ? { kind: 'date', iso: d.iso } : { kind: 'text', text: t };
  }
  const n = parseNumber(t, { kind: step.unit.includes('%') ? 'percent' : 'count' });
  return n.kind === 'number' ? { kind: 'number', value: n.value } : { kind: 'text', text: t };
}

/** The grid after the pane wrote a value, so the next check needs no new read. */
export function withValue(grid: Grid, cell: string, typed: TypedValue): Grid {
  const at = parseA1(cell)!;
  const values = grid.values.map((r) => r.slice());
  while (values.length <= at.row) values.push([]);
  while (values[at.row].length <= at.col) values[at.row].push(null);
  values[at.row][at.col] = typed.kind === 'number' ? typed.value : typed.kind === 'date' ? new Date(`${typed.iso}T00:00:00Z`) : typed.text === '' ? null : typed.text;
  return { ...grid, values };
}

/** A walk through one sheet's steps: the sheet as last read, updated as values are written, so a step needs no read. */
export type GuideWalk = { sheet: string; grids: Grid[]; steps: GuideStep[]; index: number };

/** Reading order of a cell: row by row, then column. */
function order(cell: string): number {
  const p = parseA1(cell);
  return p ? (p.row + 1) * 1000 + p.col + 1 : 0;
}

/** The first step after `cell` in reading order, round the end to the first. */
function stepAfter(steps: GuideStep[], cell: string): number {
  return Math.max(
    steps.findIndex((s) => order(s.cell) > order(cell)),
    0,
  );
}

/** Starts the walk on the active sheet: the first step's cell is shown. */
export function startGuide(read: { grids: Grid[]; active: string | null }, opts: { asOf: string; lang: Lang }): { guide: Guide; walk: GuideWalk | null; writes: WorkbookWrite[] } {
  const sheet = read.active ?? '';
  const guide = guideSteps(read.grids, sheet, opts);
  if (!guide.ok) return { guide, walk: null, writes: [] };
  const walk = { sheet, grids: read.grids, steps: guide.steps, index: 0 };
  return { guide, walk, writes: guide.steps.length > 0 ? [{ kind: 'activate', sheet, cell: guide.steps[0].cell }] : [] };
}

/**
 * The office typed `input` for the current step: the value is written, the sheet checked again, and the walk stays on
 * the cell if it is still wrong, else goes to the next step after it in reading order.
 */
export function answerGuide(walk: GuideWalk, input: string, opts: { asOf: string; lang: Lang }): { walk: GuideWalk; writes: WorkbookWrite[] } {
  const step = walk.steps[walk.index];
  const typed = typedValue(step, input);
  const grids = walk.grids.map((grid) => (grid.name === walk.sheet ? withValue(grid, step.cell, typed) : grid));
  const again = guideSteps(grids, walk.sheet, opts);
  const steps = again.ok ? again.steps : [];
  const same = steps.findIndex((s) => s.cell === step.cell);
  const index = same >= 0 ? same : stepAfter(steps, step.cell);
  return {
    walk: { ...walk, grids, steps, index },
    writes: [
      { kind: 'writeValue', sheet: walk.sheet, cell: step.cell, value: typed },
      { kind: 'activate', sheet: walk.sheet, cell: steps[index]?.cell ?? step.cell },
    ],
  };
}

/**
 * The answer for `cell` of a walk nobody kept between calls (the Sheets sidebar): the steps are found again on the
 * sheet as read now. A cell that needs nothing any more (fixed in the sheet meanwhile) is left as the office made it:
 * no write, the walk goes on at the step after it.
 */
export function answerGuideAt(
  grids: Grid[],
  sheet: string,
  cell: string,
  input: string,
  opts: { asOf: string; lang: Lang },
): { guide: Guide; walk: GuideWalk | null; writes: WorkbookWrite[] } {
  const guide = guideSteps(grids, sheet, opts);
  if (!guide.ok) return { guide, walk: null, writes: [] };
  const index = guide.steps.findIndex((s) => s.cell === cell);
  if (index < 0) {
    const walk = { sheet, grids, steps: guide.steps, index: stepAfter(guide.steps, cell) };
    return { guide, walk, writes: walk.steps.length > 0 ? [{ kind: 'activate', sheet, cell: walk.steps[walk.index].cell }] : [] };
  }
  const out = answerGuide({ sheet, grids, steps: guide.steps, index }, input, opts);
  return { guide: { ...guide, steps: out.walk.steps }, walk: out.walk, writes: out.writes };
}

// In a module of its own so a page (the Sheets sidebar) can skip without bundling the check.
export { skipGuide } from './guide-skip';
