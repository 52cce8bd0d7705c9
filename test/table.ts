// Inline sheets for tests: rows of `| a | b |`, the way pyxform writes workbooks in its tests.
import type { Grid } from '../shared/grid';

/** Parses a markdown-like table into a Grid. Empty cells are null; numbers stay strings unless `numbers` is set. */
export function table(strings: TemplateStringsArray, ...values: unknown[]): Grid['values'] {
  const text = strings.raw.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim().replace(/\\n/g, '\n'))
        .map((c) => (c === '' ? null : c)),
    );
}

export function grid(name: string, values: Grid['values'], extra: Partial<Grid> = {}): Grid {
  return { name, file: null, values, ...extra };
}
