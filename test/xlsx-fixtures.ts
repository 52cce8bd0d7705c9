// Real .xlsx files for end-to-end tests: the fixture plan as a commune pastes it, and forms filled in ExcelJS as an officer types.
import ExcelJS from 'exceljs';
import type { Grid } from '../shared/grid';
import type { Typed } from '../examples/fill-form';
import { sectionNumeral } from '../shared/tables/codes';

export async function writeGridsXlsx(file: string, grids: Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      });
    });
    for (const m of g.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

export type OfficerEntries = { indicator: Record<string, Record<string, Typed>>; task: Record<string, Record<string, Typed>> };

/** Opens a generated form, types values into the cells under the named headers, saves it elsewhere. */
export async function fillFormFile(formFile: string, outFile: string, entries: OfficerEntries): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(formFile);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  let headers: string[] = [];
  let kind: 'indicator' | 'task' | null = null;
  let section = '';
  ws.eachRow((row, r) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (typeof v === 'string' ? v : v == null ? '' : String(v)));
    if (values[0] === 'STT') {
      headers = values;
      kind = values.includes('Tử số') ? 'indicator' : values.includes('Tình trạng') ? 'task' : null;
      return;
    }
    const numeral = sectionNumeral(values[0]);
    if (numeral) {
      section = numeral;
      return;
    }
    if (!kind || !values[0]) return;
    const given = entries[kind][`${section}/${values[0]}`];
    if (!given) return;
    for (const [header, v] of Object.entries(given)) {
      const c = headers.indexOf(header);
      if (c < 0) throw new Error(`no column ${header}`);
      const cell = ws.getCell(r, c + 1);
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
        cell.value = v.value;
        // Cells read from a file share style objects in ExcelJS: copy before changing one.
        cell.style = { ...cell.style, numFmt: v.numFmt };
      } else cell.value = v;
    }
  });
  await wb.xlsx.writeFile(outFile);
}
