// Row heights for wrapped text: no host fits rows to wrapped text when a file is written, so we estimate.
import type { SheetPlan } from '../sheet-plan';
import { parseRange } from '../grid';

const LINE_POINTS = 15;
/** Characters of average Vietnamese text that fit in one unit of column width, as LibreOffice prints (Excel fits more). */
const CHARS_PER_WIDTH = 1.0;

function lines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Adds rowHeights so every wrapped cell shows all its text; a merged cell counts the width of its area. */
export function withRowHeights(plan: SheetPlan, defaultWidth = 10): SheetPlan {
  const widths = plan.columnWidths ?? [];
  const widthOf = (c: number) => widths[c] ?? defaultWidth;
  const spans = new Map<string, number>();
  for (const m of plan.merges ?? []) {
    const r = parseRange(m);
    // Only one-row merges widen a cell; taller merges already have room.
    if (r && r.top === r.bottom) {
      let w = 0;
      for (let c = r.left; c <= r.right; c++) w += widthOf(c);
      spans.set(`${r.top}:${r.left}`, w);
    }
  }
  const hidden = new Set(plan.hiddenColumns ?? []);
  const rowHeights = plan.cells.map((row, r) => {
    let most = 1;
    row.forEach((cell, c) => {
      if (hidden.has(c) || !cell || cell.value === null || cell.value === undefined || cell.style === 'title') return;
      const text = cell.value instanceof Date ? '00/00/0000' : String(cell.value);
      most = Math.max(most, lines(text, spans.get(`${r}:${c}`) ?? widthOf(c)));
    });
    return most > 1 ? most * LINE_POINTS : null;
  });
  return { ...plan, rowHeights };
}
