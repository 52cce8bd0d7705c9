// createForms through the BUILT bundle: each office's form plan as a Sheets sheet, then filled in and consolidated.
import { a1, parseRange } from '../../shared/grid';
import { formsToCreate } from '../../shared/workbook/check-workbook';
import type { CheckResult } from '../../shared/schemas/result';
import type { SheetPlan } from '../../shared/sheet-plan';
import { fillForm } from '../../examples/fill-form';
import { FIXTURE_AS_OF, fixtureAnswers } from '../fixture-reports';
import { ensureBuilt, loadBundle } from './bundle';
import type { FakeSheet } from './fakes';
import { fixtureWorkbook, seedGrid } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

type Created = { created: Array<{ office: string; sheet: string }>; existing: string[]; issues: unknown[] };

function planOnly() {
  const t = loadBundle({ now: '2026-07-15T01:00:00Z' });
  const wb = fixtureWorkbook();
  wb.planGrids.forEach((g) => { seedGrid(t.fakes.spreadsheet, g); });
  const expected = formsToCreate(wb.planGrids, { asOf: FIXTURE_AS_OF }).forms;
  return { ...t, wb, ss: t.fakes.spreadsheet, expected };
}

/** Every cell of an area ('E12', 'A20:H20'). */
function cellsOf(area: string): string[] {
  const r = parseRange(area)!;
  const out: string[] = [];
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push(a1(i, j));
  return out;
}

/** Types the answers into the created sheet where an officer would: only cells fillForm changes. */
function typeAnswers(sheet: FakeSheet, form: SheetPlan, filled: SheetPlan): void {
  filled.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell || cell.value === (form.cells[r][c]?.value ?? null)) return;
      const v = cell.value instanceof Date ? new Date(cell.value.getTime() - 7 * 3_600_000) : cell.value;
      const target = sheet.cellAt(r + 1, c + 1, true)!;
      target.value = v;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  });
}

describe('createForms on a spreadsheet holding only the plan', () => {
  let t: ReturnType<typeof planOnly>;
  let made: Created;
  beforeAll(() => {
    t = planOnly();
    made = t.call<Created>('createForms');
  });

  test("one sheet per office, named as the core names it, the plan's sheets untouched", () => {
    expect(made.created).toEqual(t.expected.map((f) => ({ office: f.office, sheet: f.sheet.name })));
    expect(t.ss.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II', 'Đơn vị', 'Phòng Văn hóa - Xã hội', 'Công an xã', 'TT Phục vụ hành chính công']);
    expect(t.ss.getSheetByName('_nq57')).toBeNull();
  });

  test('values, looks, merges and column widths as planned', () => {
    for (const form of t.expected) {
      const sheet = t.ss.sheet(form.sheet.name);
      form.sheet.cells.forEach((row, r) => {
        row.forEach((cell, c) => {
          const got = sheet.cellAt(r + 1, c + 1, false);
          const want = cell?.value ?? '';
          // Merged-away cells are empty in Sheets; everything else reads back exactly (no apostrophe, '2.10' stays text).
          if (!(form.sheet.merges ?? []).some((m) => cellsOf(m).slice(1).includes(a1(r, c)))) expect([a1(r, c), got?.value ?? '']).toEqual([a1(r, c), want]);
          if (cell?.style === 'input') expect(got?.background).toBe('#FFF2CC');
          if (cell?.numFmt) expect(got?.numFmt).toBe(cell.numFmt);
        });
      });
      expect([...sheet.merges].sort()).toEqual([...(form.sheet.merges ?? [])].sort());
      expect(sheet.columnWidths.get(2)).toBe(form.sheet.columnWidths![1] * 7 + 5);
      // The helper cells check's reading lives in are hidden (1-based in the fake, as Sheets counts in its UI).
      expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual(form.sheet.hiddenColumns!.map((c) => c + 1));
    }
    const vhxh = t.ss.sheet('Phòng Văn hóa - Xã hội');
    expect(vhxh.values().some((r) => r[1] === 'Đơn vị báo cáo:' && r[2] === 'Phòng Văn hóa - Xã hội')).toBe(true);
  });

  test('every planned validation, with its help text, rejecting invalid input', () => {
    for (const form of t.expected) {
      const sheet = t.ss.sheet(form.sheet.name);
      for (const v of form.sheet.validations ?? []) {
        for (const address of cellsOf(v.range)) {
          const got = sheet.cell(address)?.validation;
          expect(got).toBeTruthy();
          // A warning (words check also accepts) lets the entry stand; every other rule refuses it.
          expect(got!.allowInvalid).toBe(v.errorStyle === 'warning');
          expect(got!.helpText).toBe(v.prompt?.text);
          const rule = v.rule;
          if (rule.type === 'decimal') expect([got!.criteria, got!.args]).toEqual(rule.max === undefined ? ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [rule.min]] : ['NUMBER_BETWEEN', [rule.min, rule.max]]);
          if (rule.type === 'whole') expect([got!.criteria, got!.args]).toEqual(['CUSTOM_FORMULA', [`=AND(ISNUMBER(${address}),${address}=INT(${address}),${address}>=0)`]]);
          if (rule.type === 'list') expect([got!.criteria, got!.args]).toEqual(['VALUE_IN_LIST', [rule.values, true]]);
          if (rule.type === 'date') expect(got!.criteria).toBe('DATE_IS_VALID_DATE');
          if (rule.type === 'custom') expect([got!.criteria, got!.args]).toEqual(['CUSTOM_FORMULA', [`=${rule.formula}`]]);
        }
      }
    }
    const types = new Set(t.expected.flatMap((f) => (f.sheet.validations ?? []).map((v) => v.rule.type)));
    // Numbers and dates are judged by check's own reading (custom rules over helper cells); lists are built in.
    expect([...types].sort()).toEqual(['custom', 'list']);
  });

  test('conditional formats as formulas on their ranges; every form written in one batch', () => {
    for (const form of t.expected) {
      const rules = t.ss.sheet(form.sheet.name).conditionalRules;
      expect(rules.map((r) => [r.formula, r.ranges])).toEqual((form.sheet.conditionalFormats ?? []).map((f) => [`=${f.formula}`, [f.range]]));
      expect(rules.every((r) => r.background !== null && r.fontColor !== null)).toBe(true);
    }
    expect(t.fakes.log.calls.filter((c) => c === 'Sheets.Spreadsheets.batchUpdate')).toHaveLength(1);
  });

  test('protected with a warning only, the input cells left open', () => {
    for (const form of t.expected) {
      const sheet = t.ss.sheet(form.sheet.name);
      expect(sheet.protections).toHaveLength(1);
      expect(sheet.protections[0].warningOnly).toBe(true);
      const open = new Set(sheet.protections[0].unprotected.flatMap(cellsOf));
      const inputs = form.sheet.cells.flatMap((row, r) => row.map((c, j) => (c?.locked === false ? a1(r, j) : null))).filter((x): x is string => x !== null);
      expect([...open].sort()).toEqual(inputs.sort());
    }
  });

  test('a second run makes nothing: every office already has its sheet', () => {
    const again = t.call<Created>('createForms');
    expect(again.created).toEqual([]);
    expect(again.existing.sort()).toEqual(t.expected.map((f) => f.office).sort());
  });
});

test('forms made in Sheets, filled in by the offices, consolidate to the known figures', () => {
  const t = planOnly();
  t.call('createForms');
  const answers = fixtureAnswers();
  for (const form of t.expected) typeAnswers(t.ss.sheet(form.sheet.name), form.sheet, fillForm(form.sheet, t.wb.plan, answers[form.office]));
  const result = t.call<CheckResult>('validateAndConsolidate');
  expect(result.indicators.find((i) => i.stt === '3')!.value).toBeCloseTo(73.75, 6);
  expect(result.indicators.find((i) => i.stt === '2.10')).toMatchObject({ value: 100, status: 'met' });
  expect(result.offices.every((o) => o.reported)).toBe(true);
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const run = t.call<{ sent: string[] }>('sendOverdueReminders');
  expect(run.sent).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã']);
});

test("createForms in a later period: each form has 'Kỳ trước' read from the spreadsheet's history", () => {
  const t = loadBundle({ now: '2026-11-20T01:00:00Z' });
  const wb = fixtureWorkbook();
  wb.planGrids.forEach((g) => { seedGrid(t.fakes.spreadsheet, g); });
  seedGrid(t.fakes.spreadsheet, {
    name: 'Lịch sử tổng hợp',
    file: null,
    values: [
      ['Ngày tổng hợp', 'Kỳ báo cáo', 'Loại', 'Mục', 'STT', 'Tên', 'Kết quả', 'Đánh giá'],
      ['15/07/2026', '6 tháng đầu năm 2026', 'Chỉ tiêu', 'I', '3', 'chỉ tiêu 3', 73.75, 'Đạt'],
    ],
  });
  const made = t.call<Created>('createForms');
  expect(made.created.length).toBeGreaterThan(0);
  const shown = made.created.map((c) => t.fakes.spreadsheet.getSheetByName(c.sheet)!.values().flat());
  for (const values of shown) expect(values.some((v) => typeof v === 'string' && v.startsWith('Kỳ trước (6 tháng đầu năm 2026)'))).toBe(true);
  expect(shown.flat()).toContain('73,75% — Đạt');
});
