// Cells that share a property, as few rectangles as possible: every renderer formats a rectangle with one call, so
// a batch grows with the plan's layout (a form's columns share their looks), not with its cell count.
import { a1 } from '../grid';

/** 0-based, inclusive. */
export type Rect = { key: string; top: number; left: number; bottom: number; right: number };

/**
 * `keyAt(r, c)` names the property of a cell (null: none). Returns the rectangles covering the keyed cells: runs
 * along each row, stacked while the next row repeats the same run. `top` is the sheet row (0-based) of row 0.
 */
export function rectangles(height: number, width: number, keyAt: (r: number, c: number) => string | null, top = 0): Rect[] {
  type Open = Rect & { last: number };
  const done: Rect[] = [];
  const close = (o: Open) => done.push({ key: o.key, top: top + o.top, left: o.left, bottom: top + o.last, right: o.right });
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
      const i = open.findIndex((o) => o.key === run.key && o.left === run.left && o.right === run.right);
      if (i >= 0) {
        const o = open.splice(i, 1)[0];
        o.last = r;
        next.push(o);
      } else next.push({ ...run, top: r, bottom: r, last: r });
    }
    open.forEach(close);
    open = next;
  }
  open.forEach(close);
  return done;
}

/** The rectangles of each key, in the order keys first appear. */
export function rectanglesByKey(height: number, width: number, keyAt: (r: number, c: number) => string | null, top = 0): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const rect of rectangles(height, width, keyAt, top)) out.set(rect.key, [...(out.get(rect.key) ?? []), rect]);
  return out;
}

/** 'B2:C9', or 'B2' for one cell. */
export function rectArea(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}
