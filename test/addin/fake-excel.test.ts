// The fake behaves like Excel where it matters to the adapter: loads need a sync, writes wait for one, errors are Excel's.
import { FakeWorkbook } from './fake-excel';
import { mergedAddresses, readWorkbook } from '../../addin/excel-adapter';
import { ALL_CAPS, NO_CAPS } from './scenario';

test('reading a property that was not loaded and synced throws PropertyNotLoaded', async () => {
  const wb = new FakeWorkbook();
  wb.seed('A', [[1, 'x']]);
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem('A').getRange('A1:B1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([[1, 'x']]);
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('writes are queued until sync; a missing sheet fails the batch with ItemNotFound', async () => {
  const wb = new FakeWorkbook();
  wb.seed('A', [[1]]);
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem('A').getRange('B2').values = [[5]];
    expect(wb.sheet('A')!.value('B2')).toBe('');
    await context.sync();
    expect(wb.sheet('A')!.value('B2')).toBe(5);
  });
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('an empty sheet has a null used range; the adapter reads merges and offsets', async () => {
  const wb = new FakeWorkbook();
  wb.seed('Empty', []);
  const s = wb.seed('Phụ lục I', [[null, null], [null, 'STT', 'Chỉ tiêu']]);
  s.merges.push({ top: 1, left: 1, bottom: 2, right: 1 });
  s.cell(2, 3).numberFormat = '0%';
  s.cell(2, 3).value = 0.75;
  const book = await wb.run((context) => readWorkbook(context, { caps: ALL_CAPS }));
  expect(wb.stats.syncs).toBe(3); // two reads, then Excel.run's own (empty) batch
  expect(wb.stats.roundTrips).toBe(2);
  expect(book.grids[0]).toMatchObject({ name: 'Empty', values: [] });
  expect(book.grids[1].values).toEqual([[], [null, 'STT', 'Chỉ tiêu', null], [null, null, null, 0.75]]);
  expect(book.grids[1].formats![2][3]).toBe('0%');
  expect(book.grids[1].merges).toEqual(['B2:B3']);
  const without = await wb.run((context) => readWorkbook(context, { caps: NO_CAPS }));
  expect(without.grids[1].merges).toEqual([]);
});

test('merged areas are parsed without the sheet name, quoted or not', () => {
  expect(mergedAddresses("'Phụ lục I'!A1:E1,'Phụ lục I'!$B$2:$B$3", 'Phụ lục I')).toEqual(['A1:E1', 'B2:B3']);
  expect(mergedAddresses("'It''s, here'!A1:B1", "It's, here")).toEqual(['A1:B1']);
  expect(mergedAddresses('Sheet1!C4:D4', 'Sheet1')).toEqual(['C4:D4']);
});

test('a batch over the payload limit is refused, as Excel on the web refuses it', async () => {
  const wb = new FakeWorkbook();
  wb.seed('A', [[1]]);
  wb.payloadLimit = 1000;
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1').values = [['x'.repeat(2000)]];
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
});
