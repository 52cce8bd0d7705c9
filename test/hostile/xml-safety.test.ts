// Every XML part of what we write passes a strict XML parser, whatever an office typed; text reads back as written
// (Excel's limits applied once: shared/excel-limits.ts); print titles quote sheet names with apostrophes.
import { strFromU8, unzipSync } from 'fflate';
import { assertEveryPartWellFormed } from './xml-parts';
import { workbookBuffer } from '../../cli/xlsx-write';
import { readWorkbookBuffer } from '../../cli/xlsx-read';
import { cellText, CELL_TEXT_MAX } from '../../shared/excel-limits';
import type { SheetPlan } from '../../shared/sheet-plan';
import { LONG_TEXT, NASTY } from './nasty-text';

const texts = [...NASTY, LONG_TEXT];

function nastyPlan(): SheetPlan[] {
  return [
    {
      name: "Phòng 'Kinh' tế",
      cells: texts.map((t, r) => [
        { value: t, untrusted: true },
        { value: `${r}`, link: { sheet: "Phòng 'Kinh' tế", cell: `A${r + 1}` } },
      ]),
      validations: [{ range: 'C1:C5', rule: { type: 'decimal', min: 0 }, allowBlank: true, prompt: { title: NASTY[0], text: NASTY[2] }, error: { title: NASTY[3], text: NASTY[8] } }],
      print: { repeatRows: '1:2' },
    } as unknown as SheetPlan,
    { name: 'History', cells: [[{ value: NASTY[6] }]] } as unknown as SheetPlan,
  ];
}

test('strict XML over every part; texts read back as written, within Excel limits', async () => {
  const bytes = new Uint8Array(await workbookBuffer(nastyPlan()));
  expect(assertEveryPartWellFormed(bytes)).toBeGreaterThan(5);
  const read = await readWorkbookBuffer(bytes, 'nasty.xlsx');
  if (!read.ok) throw new Error(read.failure.detail);
  const [sheet, history] = read.grids;
  texts.forEach((t, r) => { expect(sheet.values[r][0]).toBe(cellText(t)); });
  // The literal `_xFFFF_` an office typed stays those seven characters.
  expect(sheet.values[0][0]).toContain('_xFFFF_');
  expect(String(sheet.values[texts.length - 1][0]).length).toBe(CELL_TEXT_MAX);
  // A sheet Excel reserves is renamed rather than crash the write.
  expect(history.name).not.toMatch(/^history$/i);
});

test('print titles of a sheet named with an apostrophe are quoted as Excel reads them', async () => {
  const files = unzipSync(new Uint8Array(await workbookBuffer(nastyPlan())));
  const workbook = strFromU8(files['xl/workbook.xml']);
  expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Phòng &apos;&apos;Kinh&apos;&apos; tế&apos;!$1:$2</definedName>');
});
