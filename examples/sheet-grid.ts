// A sheet plan read back as a grid without a file round trip (what a host would read from the written sheet).
import type { Grid, SheetPlan } from '../shared';

export function sheetToGrid(sheet: SheetPlan, file: string | null = null): Grid {
  return {
    name: sheet.name,
    file,
    values: sheet.cells.map((row) => row.map((c) => c?.value ?? null)),
    formats: sheet.cells.map((row) => row.map((c) => c?.numFmt ?? null)),
    merges: sheet.merges,
  };
}
