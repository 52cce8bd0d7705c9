// Fills a generated form's input cells the way an officer would, for the demo and the tests.
import { type CellPlan, type SheetPlan, type Indicator, type Plan, type Task, INDICATOR_HEADERS, TASK_HEADERS, itemKey } from '../shared';

export type Typed = string | number | Date | null | { value: number; numFmt: string };

/** Values for one row's input cells, by header label ('Kết quả đạt được', 'Tử số', 'Tình trạng' …). */
export type RowAnswers = Partial<Record<string, Typed>>;

export type Answers = {
  indicator?: (ind: Indicator) => RowAnswers | null;
  task?: (task: Task) => RowAnswers | null;
};

function typed(cell: CellPlan, v: Typed): CellPlan {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return { ...cell, value: v.value, numFmt: v.numFmt };
  return { ...cell, value: v };
}

/** Returns a copy of the form with answers typed into its input cells (nothing else is touched). */
export function fillForm(form: SheetPlan, plan: Plan, answers: Answers): SheetPlan {
  const cells = form.cells.map((row) => row.slice());
  let table: 'indicators' | 'tasks' | null = null;
  let headers: string[] = [];
  let section = '';
  const indicators = new Map(plan.indicators.map((i) => [itemKey(i.section, i.stt), i]));
  const tasks = new Map(plan.tasks.map((t) => [itemKey(t.section, t.stt), t]));
  cells.forEach((row, r) => {
    const first = row[0];
    if (first?.style === 'header') {
      headers = row.map((c) => String(c?.value ?? ''));
      table = headers[4] === INDICATOR_HEADERS[4] && headers[5] === INDICATOR_HEADERS[5] ? 'indicators' : headers[3] === TASK_HEADERS[3] ? 'tasks' : null;
      return;
    }
    if (first?.style === 'section') {
      section = String(first.value);
      return;
    }
    if (!table || !row.some((c) => c?.style === 'input')) return;
    const key = itemKey(section, String(first?.value ?? ''));
    const given = table === 'indicators' ? (indicators.has(key) ? answers.indicator?.(indicators.get(key)!) : null) : tasks.has(key) ? answers.task?.(tasks.get(key)!) : null;
    if (!given) return;
    headers.forEach((h, c) => {
      const cell = row[c];
      if (cell?.style === 'input' && h in given) cells[r][c] = typed(cell, given[h]!);
    });
  });
  return { ...form, cells };
}
