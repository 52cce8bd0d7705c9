// Spreadsheet service calls of one run, counted by the fakes for 2 and 20 offices: the budget is 2N+4.
import { ensureBuilt, loadBundle } from './bundle';
import { seedGrid, seedWorkbook, syntheticWorkbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

/**
 * What is counted: every method call on SpreadsheetApp and on every object reached from it
 * (Spreadsheet, Sheet, Range, Ui), getters included, and every Sheets API call.
 * A run names the spreadsheet (getActiveSpreadsheet, getId), reads every sheet in one
 * Spreadsheets.get and sends its writes in one Spreadsheets.batchUpdate.
 */
const READ = ['Spreadsheet.SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.Spreadsheet.getId', 'Sheets.Spreadsheets.get'];
const WRITE = 'Sheets.Spreadsheets.batchUpdate';

type Run = 'validateAndConsolidate' | 'sendOverdueReminders' | 'createForms';

/** Google's advised largest request body, where the bundle splits a batch. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Calls of a first and a second run on a spreadsheet of `n` offices with `items` indicators and tasks each, and the first run's batch sizes. */
function measure(n: number, items: number, run: Run) {
  const t = loadBundle({ now: '2026-07-15T01:00:00Z', mailQuota: 1000 });
  const wb = syntheticWorkbook(n, items);
  // Forms are made from the plan alone; the other runs read the offices' filled forms.
  if (run === 'createForms') wb.planGrids.forEach((g) => { seedGrid(t.fakes.spreadsheet, g); });
  else seedWorkbook(t.fakes.spreadsheet, wb);
  const api = t.fakes.sheetsApi.Spreadsheets;
  const send = api.batchUpdate.bind(api);
  const bodies: number[] = [];
  api.batchUpdate = (body, id) => {
    bodies.push(Buffer.byteLength(JSON.stringify(body)));
    return send(body, id);
  };
  const once = () => {
    t.fakes.log.reset();
    t.call(run);
    return t.fakes.log.spreadsheetCalls();
  };
  const first = once();
  const firstBodies = bodies.splice(0);
  const second = once();
  return { t, first, second, bodies: firstBodies };
}

describe.each([['validateAndConsolidate' as const], ['sendOverdueReminders' as const], ['createForms' as const]])('%s', (run) => {
  const sizes = [
    [2, 1],
    [20, 1],
    [2, 40],
    [20, 40],
  ] as const;
  let m: Array<{ n: number; items: number } & ReturnType<typeof measure>>;
  beforeAll(() => {
    m = sizes.map(([n, items]) => ({ n, items, ...measure(n, items, run) }));
  });

  test('within 2N+4 calls for N office sheets, first run and later runs, whatever the sheets hold', () => {
    for (const x of m) {
      expect([x.n, x.items, x.first.length <= 2 * x.n + 4]).toEqual([x.n, x.items, true]);
      expect([x.n, x.items, x.second.length <= 2 * x.n + 4]).toEqual([x.n, x.items, true]);
    }
  });

  test('one read of the whole spreadsheet, then the writes in one batch unless they pass 2 MB', () => {
    for (const x of m) {
      expect(x.first.slice(0, 3)).toEqual(READ);
      expect(x.first.slice(3)).toEqual(x.bodies.map(() => WRITE));
      expect(x.bodies.every((b) => b <= MAX_BODY_BYTES)).toBe(true);
      const total = x.bodies.reduce((a, b) => a + b, 0);
      if (total <= MAX_BODY_BYTES * 0.9) expect([x.n, x.items, x.bodies.length]).toEqual([x.n, x.items, 1]);
    }
  });

  if (run !== 'createForms') {
    test('the calls do not grow with the number of offices or rows', () => {
      expect(new Set(m.map((x) => x.first.length))).toEqual(new Set([4]));
    });
  } else {
    // The forms carry check's own reading of each input (numbers, fractions, status words, dates) as hidden helper
    // formulas (issue 13): the largest case grows from two batches to four, each still under 2 MB. Reading a text
    // number as check does (`khoảng 96`, `12 hộ`, no-data phrases) takes 21 more helpers per indicator row: 2 offices
    // with 40 indicators need two batches, 20 offices twenty, still within 2N+4 calls.
    test('forms of 20 offices with 40 indicators and 40 tasks each take twenty batches; 2 offices with 40 two; the small cases one', () => {
      expect(m.map((x) => x.bodies.length)).toEqual([1, 1, 2, 20]);
    });
  }

  if (run === 'validateAndConsolidate') {
    test('every run writes: the outputs are replaced and the history grows', () => {
      for (const x of m) expect(x.second).toEqual([...READ, WRITE]);
    });
  }
  if (run === 'sendOverdueReminders') {
    test('a second run the same day sends nothing and writes nothing: only the read', () => {
      for (const x of m) {
        expect(x.t.fakes.mail.sent).toHaveLength(x.n / 2);
        expect(x.second).toEqual(READ);
      }
    });
  }
  if (run === 'createForms') {
    test('a second run finds every form and writes nothing: only the read', () => {
      for (const x of m) {
        expect(x.t.fakes.spreadsheet.sheets).toHaveLength(3 + x.n);
        expect(x.second).toEqual(READ);
      }
    });
  }
});
