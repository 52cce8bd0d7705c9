// "Điền theo hướng dẫn" through the BUILT bundle: the core's walk over the active sheet, each answer written as
// Sheets would store it, the next cell selected, and the service calls of every step counted.
import { guideSteps } from '../../shared/workbook/guided-form';
import { sheetToGrid } from '../../examples/sheet-grid';
import { FIXTURE_AS_OF } from '../fixture-reports';
import { ensureBuilt, loadBundle } from './bundle';
import { isDate } from './fakes';
import { guideWorkbook, seedWorkbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

const NOW = '2026-07-15T01:00:00Z';
const EMPTY = 'TT Phục vụ hành chính công';
const CA = 'Công an xã';

type Step = { sheet: string; cell: string; field: string; kind: string; unit: string; rule: { type: string; values?: string[] } | null; problems: string[]; current: unknown };
type View = { ok: true; sheet: string; office: string; steps: Step[]; index: number } | { ok: false; sheet: string; reason: string; problems: string[] };

function open(active: string) {
  const wb = guideWorkbook();
  const t = loadBundle({ now: NOW });
  seedWorkbook(t.fakes.spreadsheet, wb);
  t.fakes.spreadsheet.active = { sheet: active, range: null };
  t.fakes.log.reset();
  const calls = () => {
    const h = t.fakes.log.spreadsheetCalls();
    t.fakes.log.reset();
    return h;
  };
  return { ...t, wb, ss: t.fakes.spreadsheet, calls };
}

const READ = ['Spreadsheet.SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.Spreadsheet.getId', 'Sheets.Spreadsheets.get'];
const ACTIVE = ['Spreadsheet.Spreadsheet.getActiveSheet', 'Spreadsheet.Sheet.getName'];
const SHOW = ['Spreadsheet.Spreadsheet.getSheetByName', 'Spreadsheet.Sheet.getRange', 'Spreadsheet.Range.activate'];
const WRITE = 'Sheets.Spreadsheets.batchUpdate';

function ok(v: View): Extract<View, { ok: true }> {
  if (!v.ok) throw new Error(`not a walk: ${v.reason}`);
  return v;
}

test('start on the active form sheet: the core\'s steps, the first cell selected, in one read and no write', () => {
  const t = open(EMPTY);
  const v = ok(t.call<View>('guideStart'));
  const core = guideSteps([...t.wb.planGrids, ...t.wb.forms.map((f) => sheetToGrid(f))], EMPTY, { asOf: FIXTURE_AS_OF, lang: 'vi' });
  if (!core.ok) throw new Error('core');
  expect(v.office).toBe('Trung tâm Phục vụ hành chính công');
  expect(v.steps.map((s) => [s.cell, s.field])).toEqual(core.steps.map((s) => [s.cell, s.field]));
  expect(v.steps.map((s) => s.cell)).toEqual(['E15', 'E16', 'D21', 'D22']);
  expect(v.index).toBe(0);
  expect(t.ss.active).toEqual({ sheet: EMPTY, range: 'E15' });
  expect(t.calls()).toEqual([...READ, ...ACTIVE, ...SHOW]);
});

test('answers: text stays text (never a formula), a number is a number, a list word is text; the walk moves on', () => {
  const t = open(EMPTY);
  t.call('guideStart');
  t.calls();
  // A formula typed where a number is due: stored as the text it is, and the walk stays on the cell saying why.
  let v = ok(t.call<View>('guideAnswer', EMPTY, 'E15', '=1+1'));
  const e15 = t.ss.sheet(EMPTY).cell('E15')!;
  expect([e15.value, e15.formula, e15.input]).toEqual(['=1+1', undefined, { stringValue: '=1+1' }]);
  expect(v.steps[v.index].cell).toBe('E15');
  expect(v.steps[v.index].problems.length).toBeGreaterThan(0);
  expect(t.calls()).toEqual([...READ, WRITE, ...SHOW]);
  // Decimal comma: 66,5 → 66.5, and on to the next cell that needs the office.
  v = ok(t.call<View>('guideAnswer', EMPTY, 'E15', '66,5'));
  expect(t.ss.sheet(EMPTY).cell('E15')!.input).toEqual({ numberValue: 66.5 });
  expect(v.steps.map((s) => s.cell)).not.toContain('E15');
  const next = v.steps[v.index].cell;
  expect(t.ss.active).toEqual({ sheet: EMPTY, range: next });
  expect(t.calls()).toEqual([...READ, WRITE, ...SHOW]);
  // A status from the list.
  const status = v.steps.find((s) => s.field === 'Tình trạng')!;
  expect(status.rule?.type).toBe('list');
  v = ok(t.call<View>('guideAnswer', EMPTY, status.cell, 'Đang thực hiện'));
  expect(t.ss.sheet(EMPTY).cell(status.cell)!.input).toEqual({ stringValue: 'Đang thực hiện' });
  expect(v.steps.map((s) => s.cell)).not.toContain(status.cell);
  // The other sheets were not touched: the plan and the other offices' forms read the same.
  for (const name of [CA, 'Phụ lục I']) expect(t.ss.sheet(name).snapshot()).toEqual(open(EMPTY).ss.sheet(name).snapshot());
});

test('a date goes in as the serial of its day, and the form cell keeps its date format', () => {
  const t = open(CA);
  const v = ok(t.call<View>('guideStart'));
  const date = v.steps.find((s) => s.rule?.type === 'date')!;
  expect(date.current).toBe('31/02/2026');
  const before = t.ss.sheet(CA).cell(date.cell)!.numFmt;
  expect(before).toMatch(/dd\/mm\/yyyy/i);
  const after = ok(t.call<View>('guideAnswer', CA, date.cell, '20/05/2026'));
  const cell = t.ss.sheet(CA).cell(date.cell)!;
  // 20/5/2026 is serial 46162; Sheets shows it in the zone of the spreadsheet, midnight in Vietnam.
  expect(cell.input).toEqual({ numberValue: 46162 });
  expect(isDate(cell.value) && cell.value.toISOString()).toBe('2026-05-19T17:00:00.000Z');
  expect(cell.numFmt).toBe(before);
  expect(after.steps.map((s) => s.cell)).not.toContain(date.cell);
});

test('not a form sheet: said so, nothing written or selected', () => {
  const t = open('Phụ lục I');
  const v = t.call<View>('guideStart');
  expect(v).toMatchObject({ ok: false, sheet: 'Phụ lục I', reason: 'not_a_form' });
  expect(t.calls()).toEqual([...READ, ...ACTIVE]);
  expect(t.ss.active).toEqual({ sheet: 'Phụ lục I', range: null });
});

test('a cell the office fixed in the sheet meanwhile is not overwritten: the walk goes on after it', () => {
  const t = open(EMPTY);
  ok(t.call<View>('guideStart'));
  t.ss.sheet(EMPTY).cell('E15')!.value = 70;
  t.calls();
  const v = ok(t.call<View>('guideAnswer', EMPTY, 'E15', '12'));
  expect(t.ss.sheet(EMPTY).cell('E15')!.value).toBe(70);
  expect(v.steps[v.index].cell).not.toBe('E15');
  expect(t.calls()).toEqual([...READ, ...SHOW]);
});
