// The streaming reader against what ExcelJS writes (the files nq57 makes, and those tests play an officer with):
// any grid of values, formats and merges reads back as written.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readXlsxBytes } from './read-xlsx';
import { cellText } from '../../shared/excel-limits';
import { escapeXstring } from '../xlsx-write';

type V = string | number | boolean | Date | null;

const value: fc.Arbitrary<V> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 8 }).map((s) => `_x00${s}_x005F_xFFFF_`),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => new Date(Math.round(d.getTime() / 1000) * 1000)),
  fc.constant(null),
);

/** What ExcelJS writes for a string: XML-safe only if we made it so (the writer does; a test playing Excel must too). */
const safe = (v: V): V => (typeof v === 'string' ? cellText(v).replace(/\r/g, '') : v);

test('property: values, formats and merges written by ExcelJS read back as written', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      fc.constantFrom(null, '0%', '0.00', '#,##0', 'dd/mm/yyyy', '@'),
      async (rows, merge, numFmt) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('S');
        rows.forEach((row, r) => {
          row.forEach((v, c) => {
            if (v === null) return;
            const cell = ws.getCell(r + 1, c + 1);
            const w = safe(v);
            // ExcelJS writes text as given: escaped here as our writer escapes it (and as Excel stores it).
            cell.value = (typeof w === 'string' ? escapeXstring(w) : w) as ExcelJS.CellValue;
            if (numFmt && typeof v === 'number') cell.numFmt = numFmt;
          });
        });
        ws.getCell(rows.length + 2, 1).value = 'end';
        if (merge) ws.mergeCells(rows.length + 2, 1, rows.length + 3, 3);
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const read = readXlsxBytes(bytes, 'p.xlsx');
        if (!read.ok) throw new Error(read.failure.detail);
        const g = read.grids[0];
        rows.forEach((row, r) => {
          row.forEach((v, c) => {
            const got = g.values[r]?.[c] ?? null;
            const want = safe(v);
            if (typeof want === 'number' && numFmt === 'dd/mm/yyyy') {
              if (want >= 0 && want < 2_958_466) expect(got).toBeInstanceOf(Date);
              else expect(got).toBe(want);
            }
            else if (want instanceof Date) expect((got as Date).getTime()).toBe(want.getTime());
            // A spreadsheet has no negative zero: -0 is written and read as 0.
            else expect(got).toEqual(want === '' ? '' : Object.is(want, -0) ? 0 : want);
            if (typeof v === 'number' && numFmt && want !== null) expect(g.formats?.[r]?.[c]).toBe(numFmt);
          });
        });
        expect(g.values[rows.length + 1][0]).toBe('end');
        expect(g.merges).toEqual(merge ? [`A${rows.length + 2}:C${rows.length + 3}`] : []);
      },
    ),
    { numRuns: 60 },
  );
});
