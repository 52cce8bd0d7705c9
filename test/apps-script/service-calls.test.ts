// Spreadsheet service calls of one run, counted by the fakes for 2 and 20 offices: a fixed cost per office sheet, none per row.
import { ensureBuilt, loadBundle } from './bundle';
import { seedWorkbook, syntheticWorkbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

/**
 * What is counted: every method call on SpreadsheetApp and on every object reached from it
 * (Spreadsheet, Sheet, Range, RangeList, Ui, builders), getters included, each one call.
 * Per office sheet a run reads getName, getDataRange, getValues and getNumberFormats: 4 calls,
 * 2 of which fetch cells (values and formats), whatever the sheet's size. Everything else is a
 * fixed cost: reading the plan sheets and writing the five output sheets and the history.
 */
const PER_OFFICE = 4;

/**
 * The fixed part, for the 3 plan sheets of the synthetic plan. `first`: the run that creates the
 * output sheets (column widths, frozen rows); `again`: every later run. Measured: validate 123 / 83,
 * reminders 35 / 19 (the first run also starts the log sheet; later runs here send nothing).
 */
const FIXED = {
  validateAndConsolidate: { first: 130, again: 100 },
  sendOverdueReminders: { first: 40, again: 25 },
};

/**
 * Output-named sheets present on the second run, each read with getDataRange + getValues (values only):
 * one of them may be the commune's own sheet, which the core must see to refuse replacing it. Measured
 * fixed part after that change: validate 123 / 95, reminders 35 / 21.
 */
const OUTPUTS_READ = { validateAndConsolidate: 6, sendOverdueReminders: 1 };

function measure(n: number, items: number, run: 'validateAndConsolidate' | 'sendOverdueReminders') {
  const t = loadBundle({ now: '2026-07-15T01:00:00Z' });
  seedWorkbook(t.fakes.spreadsheet, syntheticWorkbook(n, items));
  const first = () => {
    t.fakes.log.reset();
    t.call(run);
    return t.fakes.log.spreadsheetCalls();
  };
  const firstRun = first();
  const secondRun = first();
  return { t, firstRun, secondRun, histogram: t.fakes.log.histogram(secondRun) };
}

describe.each([['validateAndConsolidate' as const], ['sendOverdueReminders' as const]])('%s', (run) => {
  let m: Record<string, ReturnType<typeof measure>>;
  beforeAll(() => {
    m = { two: measure(2, 1, run), twenty: measure(20, 1, run), twoLarge: measure(2, 40, run), twentyLarge: measure(20, 40, run) };
  });

  test('each office sheet adds exactly 4 calls (getName, getDataRange, getValues, getNumberFormats)', () => {
    expect(m.twenty.secondRun.length - m.two.secondRun.length).toBe(18 * PER_OFFICE);
    expect(m.twenty.firstRun.length - m.two.firstRun.length).toBe(18 * PER_OFFICE);
    expect(m.twenty.histogram['Range.getValues'] - m.two.histogram['Range.getValues']).toBe(18);
    expect(m.twenty.histogram['Range.getNumberFormats'] - m.two.histogram['Range.getNumberFormats']).toBe(18);
  });

  test('the count does not grow with the rows of the sheets (40 indicators and tasks per office instead of 1)', () => {
    expect(m.twoLarge.secondRun.length).toBe(m.two.secondRun.length);
    expect(m.twentyLarge.secondRun.length).toBe(m.twenty.secondRun.length);
    expect(m.twentyLarge.firstRun.length).toBe(m.twenty.firstRun.length);
  });

  test('budget: 4 per office sheet plus a fixed part', () => {
    const budget = FIXED[run];
    for (const [n, x] of [[2, m.two], [20, m.twenty]] as const) {
      expect(x.secondRun.length).toBeLessThanOrEqual(PER_OFFICE * n + budget.again);
      expect(x.firstRun.length).toBeLessThanOrEqual(PER_OFFICE * n + budget.first);
      // Cells are fetched by 2 calls per office and plan sheet (values, formats), 1 per output-named sheet.
      expect(x.histogram['Range.getNumberFormats']).toBe(n + 3);
      expect(x.histogram['Range.getValues']).toBe(n + 3 + OUTPUTS_READ[run]);
    }
    if (run === 'validateAndConsolidate') {
      // One setValues per output block: 5 output sheets and the history.
      expect(m.twenty.histogram['Range.setValues']).toBe(6);
    }
  });
});
