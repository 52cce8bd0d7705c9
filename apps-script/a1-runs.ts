// A1 rectangles: cells that share a property as few of them as possible, and each as the API's GridRange.
import { a1, parseRange } from '../shared';

/** 'B2:C9' on a sheet as the API's 0-based, end-exclusive GridRange. */
export function gridRange(sheetId: number, area: string): GoogleAppsScript.Sheets.Schema.GridRange {
  const r = parseRange(area);
  if (!r) throw new Error(`Vùng ô không hợp lệ: ${area}`);
  return { sheetId, startRowIndex: r.top, endRowIndex: r.bottom + 1, startColumnIndex: r.left, endColumnIndex: r.right + 1 };
}

/**
 * `keyAt(r, c)` names the property of a cell (null: none). Returns, per key, the rectangles
 * ('A2:C9') covering its cells: runs along each row, stacked while rows repeat the same run.
 * `top` is the sheet row (0-based) of row 0 of the block.
 */
export function runsByKey(height: number, width: number, keyAt: (r: number, c: number) => string | null, top = 0): Map<string, string[]> {
  type Open = { key: string; left: number; right: number; first: number; last: number };
  const done = new Map<string, string[]>();
  const close = (o: Open) => {
    const area = o.first === o.last && o.left === o.right ? a1(top + o.first, o.left) : `${a1(top + o.first, o.left)}:${a1(top + o.last, o.right)}`;
    done.set(o.key, [...(done.get(o.key) ?? []), area]);
  };
  let open: Open[] = [];
  for (let r = 0; r < height; r++) {
    const runs: Array<{ key: string; left: number; right: number }> = [];
    for (let c = 0; c < width; c++) {
      const k = keyAt(r, c);
      if (k === null) continue;
      const prev = runs[runs.length - 1];
      if (prev && prev.key === k && prev.right === c - 1) prev.right = c;
      else runs.push({ key: k, left: c, right: c });
    }
    const next: Open[] = [];
    for (const run of runs) {
      const i = open.findIndex((o) => o.key === run.key && o.left === run.left && o.right === run.right && o.last === r - 1);
      if (i >= 0) {
        const o = open.splice(i, 1)[0];
        o.last = r;
        next.push(o);
      } else next.push({ ...run, first: r, last: r });
    }
    open.forEach(close);
    open = next;
  }
  open.forEach(close);
  return done;
}
