// Small constructors for sheet-plan cells, so renderers read as tables rather than object literals.
import type { CellPlan, StyleName } from '../sheet-plan';

/** Our own label or heading. */
export function label(value: string, style?: StyleName): CellPlan {
  return style ? { value, style } : { value };
}

/** Text that came from a plan or an office: kept inert in every host. */
export function data(value: string | number | null, style: StyleName = 'readonly'): CellPlan {
  return typeof value === 'string' ? { value, style, untrusted: true } : { value, style };
}

export function num(value: number | null, numFmt = '#,##0.##', style: StyleName = 'readonly'): CellPlan {
  return { value, numFmt, style };
}
