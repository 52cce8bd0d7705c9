// The plan's optional 'Kỳ báo cáo' sheet: one period or several, each with an optional 'Hạn nộp:' date.
import type { CellValue, Grid } from '../grid';
import { formatAt } from '../grid';
import type { Period } from '../schemas/plan';
import { cellText } from '../tables/codes';
import { looseKey } from '../text/normalise';
import { parseDateCell } from '../text/numbers';
import { parsePeriod } from './period';

const isPeriodLabel = (k: string) => k.startsWith('ky bao cao');
const isDueLabel = (k: string) => k.startsWith('han nop');

/**
 * Two layouts are read, as communes write them: label pairs (`Kỳ báo cáo: | 2026-H1`, `Hạn nộp: | 15/06/2026`,
 * repeated for each period) and a table whose header row holds `Kỳ báo cáo` and `Hạn nộp`, one period a row.
 * A form sheet (it has `Đơn vị báo cáo:`) is never a period sheet. Listed order is kept; a period listed
 * twice keeps its first row.
 */
export function readPeriodList(grids: Grid[]): Period[] {
  const out: Period[] = [];
  const add = (p: Period | null) => {
    if (p && !out.some((q) => q.id === p.id)) out.push(p);
  };
  for (const g of grids) {
    if (g.values.some((row) => row.some((cell) => typeof cell === 'string' && looseKey(cell).startsWith('don vi bao cao')))) continue;
    const found: Array<{ text: string; due: string | null }> = [];
    const dateAt = (r: number, c: number, v: CellValue): string | null => {
      const d = parseDateCell(v, formatAt(g, r, c));
      return d.kind === 'date' ? d.iso : null;
    };
    for (let r = 0; r < g.values.length; r++) {
      // Rows may be holes (a sparse grid: a lone far cell), and so may cells within a row.
      const row = g.values[r];
      if (!row) continue;
      const keys = Array.from(row, (cell) => (typeof cell === 'string' ? looseKey(cell) : ''));
      const periodCol = keys.findIndex(isPeriodLabel);
      const dueCol = keys.findIndex(isDueLabel);
      // A table header: both labels in one row, and nothing after 'Kỳ báo cáo' that names a period.
      if (periodCol >= 0 && dueCol > periodCol && !inlineValue(row[periodCol]) && !parsePeriod(cellText(row[periodCol + 1] ?? null))) {
        for (let rr = r + 1; rr < g.values.length; rr++) {
          const text = cellText(g.values[rr]?.[periodCol] ?? null);
          if (!text) break;
          found.push({ text, due: dateAt(rr, dueCol, g.values[rr]?.[dueCol] ?? null) });
        }
        break;
      }
      for (let c = 0; c < row.length; c++) {
        const k = keys[c];
        if (!k) continue;
        const after = valueAfter(row, c);
        if (isPeriodLabel(k) && after.value !== null) {
          const text = cellText(after.value);
          if (parsePeriod(text)) found.push({ text, due: null });
        } else if (isDueLabel(k) && after.value !== null && found.length > 0 && found[found.length - 1].due === null) {
          found[found.length - 1].due = after.inline ? dateAt(r, c, after.value) : dateAt(r, after.col, after.value);
        }
      }
    }
    for (const f of found) add(parsePeriod(f.text, f.due));
  }
  return out;
}

function inlineValue(cell: CellValue): string {
  return typeof cell === 'string' && cell.includes(':') ? cell.slice(cell.indexOf(':') + 1).trim() : '';
}

/** The text after the colon in the same cell, else the first non-empty cell to the right. */
function valueAfter(row: CellValue[], c: number): { value: CellValue; col: number; inline: boolean } {
  const inline = inlineValue(row[c] ?? null);
  if (inline) return { value: inline, col: c, inline: true };
  for (let j = c + 1; j < row.length; j++) if (cellText(row[j] ?? null)) return { value: row[j], col: j, inline: false };
  return { value: null, col: -1, inline: false };
}
