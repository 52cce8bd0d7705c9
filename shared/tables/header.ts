// Finds table header rows by normalised Vietnamese label, so moved, inserted or retyped columns still read.
import type { CellValue } from '../grid';
import { looseKey } from '../text/normalise';

export type ColumnSpec = { labels: string[]; prefixes?: string[] };
export type HeaderSpec<K extends string> = Record<K, ColumnSpec>;

export type HeaderMatch<K extends string> = {
  /** First header row (0-based). */
  row: number;
  /** Last header row: a second row of sub-headers (Tử số | Mẫu số) makes it row + 1. */
  lastRow: number;
  columns: Partial<Record<K, number>>;
};

/** Longer text is a name or a note, never a column label: skip normalising it. */
const MAX_LABEL = 80;

/** Header text as compared: no diacritics, no case, no '(%)' or '(1)' suffixes, no line breaks. */
export function headerKey(text: CellValue): string {
  if (typeof text !== 'string' || text.length > MAX_LABEL) return '';
  return looseKey(text.replace(/\([^)]*\)/g, ' '));
}

// One key per cell per sheet, whatever the number of specs searched on it.
const keyCache = new WeakMap<CellValue[][], string[][]>();

export function headerKeys(values: CellValue[][]): string[][] {
  let keys = keyCache.get(values);
  if (!keys) {
    keys = values.map((row) => row.map(headerKey));
    keyCache.set(values, keys);
  }
  return keys;
}

type CompiledSpec<K extends string> = {
  columns: Array<{ key: K; labels: Set<string>; prefixes: string[] }>;
  /** Every report repeats the plan's texts: each distinct cell key is classified once per spec. */
  seen: Map<string, K | null>;
};

const compiled = new WeakMap<object, CompiledSpec<string>>();
const SEEN_MAX = 20_000;

function compile<K extends string>(spec: HeaderSpec<K>): CompiledSpec<K> {
  const hit = compiled.get(spec);
  if (hit) return hit as CompiledSpec<K>;
  const out: CompiledSpec<K> = {
    columns: (Object.keys(spec) as K[]).map((key) => ({
      key,
      labels: new Set(spec[key].labels.map(headerKey)),
      prefixes: (spec[key].prefixes ?? []).map(headerKey),
    })),
    seen: new Map(),
  };
  compiled.set(spec, out as CompiledSpec<string>);
  return out;
}

function classifyKey<K extends string>(spec: HeaderSpec<K>, k: string): K | null {
  if (!k) return null;
  const c = compile(spec);
  const hit = c.seen.get(k);
  if (hit !== undefined) return hit;
  const found = c.columns.find((col) => col.labels.has(k) || col.prefixes.some((p) => k.startsWith(p)))?.key ?? null;
  if (c.seen.size >= SEEN_MAX) c.seen.clear();
  c.seen.set(k, found);
  return found;
}

function rowColumns<K extends string>(spec: HeaderSpec<K>, row: string[] | undefined): Partial<Record<K, number>> {
  const cols: Partial<Record<K, number>> = {};
  (row ?? []).forEach((cellKey, c) => {
    const key = classifyKey(spec, cellKey);
    if (key !== null && cols[key] === undefined) cols[key] = c;
  });
  return cols;
}

/**
 * Every row whose labels include all `required` keys (and at least one of `anyOf`, when given).
 * Values should come from fillMerges so a header merged over two rows reads on both.
 */
export function findHeaders<K extends string>(
  values: CellValue[][],
  spec: HeaderSpec<K>,
  opts: { required: NoInfer<K>[]; anyOf?: NoInfer<K>[] },
): HeaderMatch<K>[] {
  const found: HeaderMatch<K>[] = [];
  const ok = (c: Partial<Record<K, number>>) =>
    opts.required.every((k) => c[k] !== undefined) && (!opts.anyOf || opts.anyOf.some((k) => c[k] !== undefined));
  const keys = headerKeys(values);
  for (let r = 0; r < keys.length; r++) {
    const cols = rowColumns(spec, keys[r]);
    if (Object.keys(cols).length < 2) continue;
    // Sub-headers in the next row (merged "Kết quả đạt được" over "Tử số | Mẫu số") add columns.
    const next = rowColumns(spec, keys[r + 1]);
    const extra = (Object.keys(next) as K[]).filter((k) => cols[k] === undefined && !Object.values(cols).includes(next[k]));
    const merged = { ...cols };
    for (const k of extra) merged[k] = next[k];
    if (extra.length > 0 && ok(merged)) {
      found.push({ row: r, lastRow: r + 1, columns: merged });
      r++;
    } else if (ok(cols)) {
      found.push({ row: r, lastRow: r, columns: cols });
    }
  }
  return found;
}
