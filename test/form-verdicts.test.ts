// The form's own colours and refusals, calculated by LibreOffice, equal check's verdict on every kind of input of both example plans.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { examplePlans } from '../examples/plans';
import { planWorkbook } from '../examples/plan-workbook';
import { sheetToGrid } from '../examples/sheet-grid';
import { importPlan } from '../shared/plan/import-plan';
import { periodById } from '../shared/plan/period';
import { buildForms, INDICATOR_HEADERS, TASK_HEADERS } from '../shared/forms/form-plan';
import { inputRuleFor } from '../shared/validate/input-rules';
import { validationAccepts } from '../shared/forms/validation-eval';
import { checkReports } from '../shared/check';
import { a1, parseA1, parseRange } from '../shared/grid';
import type { CellPlan, SheetPlan } from '../shared/sheet-plan';
import type { Indicator, Plan } from '../shared/schemas/plan';
import type { CellValue } from '../shared/grid';
import { workbookBuffer } from '../cli/xlsx-write';
import { readWorkbookGrids } from '../cli/xlsx-read';
import { DEFAULT_LIMITS } from '../cli/xlsx/read-xlsx';
import { promises as fs } from 'node:fs';

jest.setTimeout(240_000);

type Verdict = 'good' | 'bad' | 'warn' | 'none';
type Typed = CellValue | { value: number; numFmt: string };
/** One row's inputs for one variant, by header. */
type RowFill = Partial<Record<string, Typed>>;
/** Which kind of input and target a case exercises, for the coverage assertion. */
type Case = { plan: string; sheet: string; cell: string; kind: string; typed: string; entry?: string; form?: Verdict; check?: Verdict };
/** How many entries each list of typed values has, to check that every one was typed somewhere. */
const ENTRIES = new Map<string, number>();

const period = periodById('2026-H1')!;
// LibreOffice's TODAY() is the machine's date: check judges overdue against the same day.
const asOf = new Date().toISOString().slice(0, 10);
const VARIANTS = 8;
const EVAL_COL = 60;

/** Values that meet and miss a numeric target, within what the cell accepts. */
function meetMiss(ind: Indicator, percent: boolean): { meet: number; miss: number } {
  const t = ind.target;
  const cap = (x: number) => (percent ? Math.min(100, Math.max(0, x)) : Math.max(0, x));
  if (t.kind === 'atLeast') return { meet: cap(t.strict ? t.value + 1 : t.value), miss: cap(t.strict ? t.value : t.value - 1) };
  if (t.kind === 'atMost') return { meet: cap(t.strict ? t.value - 1 : t.value), miss: cap(t.value + 1) };
  if (t.kind === 'band') return { meet: t.floor, miss: cap(t.floor - 1) };
  throw new Error('qualitative');
}

const comma = (x: number) => String(x).replace('.', ',');

/** Variant k of a row: one value per input, covering meet, miss and invalid entries of every kind. */
function indicatorFill(ind: Indicator, variant: number, row: number): { fill: RowFill; kind: string; entry: string } {
  // Each row starts the list at its own place, so a few variants type every entry somewhere in each kind of row.
  const k = variant + row * VARIANTS;
  const E = INDICATOR_HEADERS[4];
  const rule = inputRuleFor(ind);
  if (rule.kind === 'judgement' || ind.target.kind === 'qualitative') {
    const words: Typed[] = ['Đạt', 'Không đạt', 'Tốt', 'đạt', null];
    return { fill: { [E]: words[k % words.length] }, kind: 'qualitative', entry: `q${k % words.length}` };
  }
  const percent = rule.kind === 'percent';
  const { meet, miss } = meetMiss(ind, percent);
  const kind = `${rule.kind}/${ind.target.kind}${'strict' in ind.target && ind.target.strict ? '-strict' : ''}`;
  if (percent) {
    const fills: RowFill[] = [
      { [E]: meet },
      { [E]: miss },
      { [E]: `${comma(meet + 0.5 > 100 ? meet : meet + 0.5)}` },
      { [E]: `${comma(miss)}%` },
      { [E]: { value: meet / 100, numFmt: '0.0%' } },
      { [E]: { value: miss / 100, numFmt: '0%' } },
      { [E]: 120 },
      { [E]: -1 },
      { [E]: 'tám mươi' },
      { 'Tử số': meet * 4, 'Mẫu số': 400 },
      { 'Tử số': miss * 4, 'Mẫu số': 400 },
      { 'Tử số': 560, 'Mẫu số': 500 },
      { 'Tử số': 3, 'Mẫu số': 0 },
      { 'Tử số': 12 },
      // Values check accepts with words around them (contract §6): a unit or lead word, an estimate (warned), no data.
      { [E]: `khoảng ${comma(meet)}` },
      { [E]: `ước ${comma(miss)}%` },
      { [E]: `Đạt ${comma(meet)} %` },
      { [E]: `${comma(meet)}% dân số` },
      { [E]: `~${meet}` },
      { [E]: 'Chưa có số liệu' },
      { [E]: 'chua co so lieu nam 2025.' },
      { [E]: '--' },
      { [E]: `${meet}%.` },
      { [E]: `${meet}abc` },
      { [E]: `khoảng ${miss}-${meet}` },
      { [E]: `${meet} năm 2025` },
      { [E]: 'Đạt' },
      { [E]: 0.5 },
      { [E]: miss, 'Tử số': meet * 4, 'Mẫu số': 400 },
      { 'Tử số': `khoảng ${meet * 4}`, 'Mẫu số': '400 người' },
      { 'Tử số': 'chưa có', 'Mẫu số': 400 },
    ];
    ENTRIES.set('p', fills.length);
    return { fill: fills[k % fills.length], kind, entry: `p${k % fills.length}` };
  }
  const whole = rule.kind === 'count' && rule.whole;
  const fills: RowFill[] = [
    { [E]: meet },
    { [E]: miss },
    { [E]: String(meet) },
    { [E]: `${comma(meet)} ${ind.unit ? '' : ''}`.trim() },
    { [E]: -1 },
    { [E]: 'năm' },
    { [E]: whole ? meet + 0.5 : comma(meet + 0.25) },
    { [E]: { value: meet, numFmt: '0.00' } },
    { [E]: comma(miss) },
    { [E]: `${comma(meet)} hộ` },
    { [E]: `khoảng ${comma(meet)}` },
    { [E]: `ước tính ${comma(miss)}` },
    { [E]: `Đạt ${meet}` },
    { [E]: 'chưa có số liệu' },
    { [E]: 'Đang cập nhật số liệu' },
    { [E]: `${meet} năm 2025` },
    { [E]: `${meet}hộ` },
    { [E]: 'khoảng' },
    { [E]: `gần ${comma(meet)} hộ` },
    { [E]: { value: meet / 100, numFmt: '0%' } },
    { [E]: `-${meet}` },
  ];
  ENTRIES.set('c', fills.length);
  return { fill: fills[k % fills.length], kind, entry: `c${k % fills.length}` };
}

function taskFill(variant: number, row: number): RowFill {
  const k = variant + row * VARIANTS;
  const statuses: Array<string | null> = ['Hoàn thành', 'xong', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai', 'Tạm dừng', null, 'đang làm', 'HOÀN THÀNH', 'Xong rồi', 'Đang triển khai', 'abc', null, 'Chưa'];
  const dates: Typed[] = [
    new Date(Date.UTC(2026, 4, 15)), new Date(Date.UTC(1926, 5, 20)), null, null, 'hôm qua', null, new Date(Date.UTC(2099, 0, 1)), null, '20/6/2026', '31/02/2026', null,
    new Date(Date.UTC(2026, 0, 2)), '2026-05-20', 'ngày 15 tháng 5 năm 2026', 'Ngày 20 tháng 06 năm 2026.', 'ngay 2 thang 1 nam 2026', '15/5/2026.', 'ngày 31 tháng 2 năm 2026', 'ngày 15 tháng 5 năm 26',
    'Ngày 15 tháng 5, năm 2026',
  ];
  ENTRIES.set('d', dates.length);
  return { [TASK_HEADERS[3]]: statuses[k % statuses.length], [TASK_HEADERS[4]]: dates[k % dates.length] };
}

/** The form with the variant typed in, plus one formula cell per rule on each typed cell for LibreOffice to calculate. */
function variantSheet(form: SheetPlan, plan: Plan, k: number, name: string, cases: Case[], planId: string): { sheet: SheetPlan; probes: Array<{ c: Case; style: Verdict | 'refuse'; at: string }> } {
  const cells = form.cells.map((row) => row.slice());
  const probes: Array<{ c: Case; style: Verdict | 'refuse'; at: string }> = [];
  let headers: string[] = [];
  let table: 'indicators' | 'tasks' | null = null;
  let section = '';
  let probeRow = 0;
  const ordinal = new Map<string, number>();
  const byKey = new Map(plan.indicators.map((i) => [`${i.section}/${i.stt}`, i]));
  const addProbe = (c: Case, style: Verdict | 'refuse', formula: string) => {
    const r = probeRow++;
    while (cells.length <= r) cells.push([]);
    const row = cells[r];
    const col = EVAL_COL + (row.length > EVAL_COL ? row.length - EVAL_COL : 0);
    while (row.length < col) row.push(null);
    row[col] = { value: null, formula };
    probes.push({ c, style, at: a1(r, col) });
  };
  const pending: Array<{ r: number; col: number; c: Case }> = [];
  form.cells.forEach((row, r) => {
    const first = row[0];
    if (first?.style === 'header') {
      headers = row.map((x) => String(x?.value ?? ''));
      table = headers[4] === INDICATOR_HEADERS[4] ? 'indicators' : headers[3] === TASK_HEADERS[3] ? 'tasks' : null;
      return;
    }
    if (first?.style === 'section') {
      section = String(first.value);
      return;
    }
    if (!table || !row.some((x) => x?.style === 'input')) return;
    let fill: RowFill;
    let kind: string;
    let entry = '';
    // A (section, stt) the plan repeats is one entry to check: both its rows get the same values.
    const key = `${table}/${section}/${String(first?.value)}`;
    const o = ordinal.get(key) ?? ordinal.size;
    ordinal.set(key, o);
    if (table === 'indicators') {
      const ind = byKey.get(`${section}/${String(first?.value)}`);
      if (!ind) return;
      ({ fill, kind, entry } = indicatorFill(ind, k, o));
    } else {
      fill = taskFill(k, o);
      kind = 'task';
      entry = `d${(k + o * VARIANTS) % (ENTRIES.get("d") ?? 1)}`;
    }
    for (const [h, v] of Object.entries(fill)) {
      const col = headers.indexOf(h);
      const cell = cells[r][col]!;
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) cells[r][col] = { ...cell, value: v.value, numFmt: v.numFmt } as CellPlan;
      else cells[r][col] = { ...cell, value: v ?? null };
      const shown = v instanceof Date ? v.toISOString().slice(0, 10) : v !== null && typeof v === 'object' ? `${v.value} [${v.numFmt}]` : String(v);
      const c: Case = { plan: planId, sheet: name, cell: a1(r, col), kind: `${kind} ${h}`, typed: shown, entry };
      cases.push(c);
      pending.push({ r, col, c });
    }
    // Every input of the row is judged, typed or not: a blank cell beside a typed one has a verdict too.
    for (const h of table === 'indicators' ? ['Tử số', 'Mẫu số'] : [TASK_HEADERS[4]]) {
      const col = headers.indexOf(h);
      if (col < 0 || h in fill || cells[r][col]?.style !== 'input') continue;
      const c: Case = { plan: planId, sheet: name, cell: a1(r, col), kind: `${kind} ${h}`, typed: '(trống)' };
      cases.push(c);
      pending.push({ r, col, c });
    }
  });
  for (const { r, col, c } of pending) {
    for (const cf of form.conditionalFormats ?? []) {
      const range = parseRange(cf.range)!;
      if (r < range.top || r > range.bottom || col < range.left || col > range.right) continue;
      addProbe(c, cf.style, shiftRows(cf.formula, r - range.top));
    }
    for (const v of form.validations ?? []) {
      if (v.range !== a1(r, col) || v.rule.type !== 'custom') continue;
      addProbe(c, 'refuse', `OR(ISBLANK(${a1(r, col)}),${v.rule.formula})`);
    }
  }
  return { sheet: { ...form, name, cells, protect: false }, probes };
}

/** A format's formula as it applies `d` rows below its range's top: relative rows move, `$` rows and text stay. */
function shiftRows(formula: string, d: number): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![A-Za-z0-9_$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (_m, col: string, fixed: string, row: string) => `${col}${fixed}${fixed ? row : Number(row) + d}`)))
    .join('"');
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-verdicts-'));

describe.each(examplePlans.map((p) => p.id))('form verdicts equal check verdicts: %s', (id) => {
  const example = examplePlans.find((p) => p.id === id)!;
  const plan = importPlan(planWorkbook(example).map((s) => sheetToGrid(s))).plan!;
  const forms = buildForms(plan, period);
  const cases: Case[] = [];

  beforeAll(async () => {
    const sheets: SheetPlan[] = [];
    const probes: Array<{ sheet: string; c: Case; style: Verdict | 'refuse'; at: string }> = [];
    const formsBySheet = new Map<string, SheetPlan>();
    forms.forEach((form, i) => {
      for (let k = 0; k < VARIANTS; k++) {
        const name = `v${k}-o${i}`;
        const v = variantSheet(form.sheet, plan, k, name, cases, id);
        sheets.push(v.sheet);
        formsBySheet.set(name, form.sheet);
        probes.push(...v.probes.map((p) => ({ ...p, sheet: name })));
      }
    });
    const file = path.join(tmp, `${id}.xlsx`);
    await fs.writeFile(file, await workbookBuffer(sheets));
    const outDir = path.join(tmp, `${id}-calc`);
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--convert-to', 'xlsx', '--outdir', outDir, file], { stdio: 'pipe', timeout: 200_000 });
    const calculated = path.join(outDir, readdirSync(outDir)[0]);

    // The form's verdict: a refused entry is red; else the first format (in priority order) whose formula holds.
    // The calculated workbook holds every variant of every form: far above what one report may be.
    const read = await readWorkbookGrids(calculated, { ...DEFAULT_LIMITS, partBytes: 512 * 2 ** 20, totalBytes: 512 * 2 ** 20, elements: 30_000_000, cells: 10_000_000 }, 2 ** 30);
    if (!read.ok) throw new Error(read.failure.detail);
    const gridOf = new Map(read.grids.map((g) => [g.name, g]));
    const truth = (sheet: string, at: string) => {
      const { row, col } = parseA1(at)!;
      return gridOf.get(sheet)!.values[row]?.[col] === true;
    };
    for (const c of cases) {
      const mine = probes.filter((p) => p.c === c);
      const grid = read.grids.find((g) => g.name === c.sheet)!;
      const { row, col } = parseA1(c.cell)!;
      const stored = grid.values[row]?.[col] ?? null;
      const builtIn = (formsBySheet.get(c.sheet)!.validations ?? []).find((v) => v.range === c.cell && v.rule.type !== 'custom' && (v.errorStyle ?? 'stop') === 'stop');
      const refused = mine.some((p) => p.style === 'refuse' && !truth(p.sheet, p.at)) || (builtIn !== undefined && validationAccepts(builtIn.rule, stored) === false);
      const coloured = mine.find((p) => p.style !== 'refuse' && truth(p.sheet, p.at));
      c.form = refused ? 'bad' : ((coloured?.style as Verdict | undefined) ?? 'none');
    }

    // check's verdict, one office at a time so a sum over lead offices is that office's own value.
    for (const grid of read.grids) {
      const result = checkReports(plan, [{ file: `${grid.name}.xlsx`, grids: [grid] }], { asOf, period });
      const office = grid.values.flat().find((_, i, all) => i > 0 && all[i - 1] === 'Đơn vị báo cáo:') as string;
      for (const c of cases.filter((x) => x.sheet === grid.name)) {
        const here = result.issues.filter((i) => i.sheet === grid.name && i.cell === c.cell);
        const { row } = parseA1(c.cell)!;
        const stt = String(grid.values[row][0]);
        let section = '';
        for (let r = row - 1; r >= 0 && !section; r--) if (/^[IVX]+$/.test(String(grid.values[r][0] ?? ''))) section = String(grid.values[r][0]);
        let v: Verdict = 'none';
        if (here.some((i) => i.severity === 'error')) v = 'bad';
        else if (c.kind.startsWith('task')) {
          const t = result.tasks.find((x) => x.section === section && x.stt === stt && x.leadOffices.includes(office))!;
          // A form is one office's part: a lead that reported its part done is not overdue for it (domain: reminders).
          const mineDone = (t.leadStatus?.[office] ?? null) === 'done';
          if (t.overdue && !mineDone) v = 'bad';
          else if (c.kind.endsWith(TASK_HEADERS[3]) && mineDone) v = 'good';
          else if (here.some((i) => i.code === 'DATE_IN_FUTURE')) v = 'warn';
        } else if (c.kind.endsWith(INDICATOR_HEADERS[4])) {
          const r = result.indicators.find((x) => x.section === section && x.stt === stt)!;
          // Met with a warning on the cell (an estimate, a rate typed as a fraction…): the form shows amber, not green.
          const warned = here.some((i) => i.severity === 'warning');
          v = r.status === 'met' ? (warned ? 'warn' : 'good') : r.status === 'missed' ? 'bad' : r.status === 'needs_judgement' ? 'warn' : 'none';
        } else if (here.some((i) => i.code === 'FRACTION_INCOMPLETE')) v = 'warn';
        c.check = v;
      }
    }
  });

  test('every typed cell: the form shows what check decides', () => {
    const disagree = cases.filter((c) => c.form !== c.check).map((c) => `${c.sheet}!${c.cell} ${c.kind} = ${c.typed}: form ${c.form}, check ${c.check}`);
    expect(disagree).toEqual([]);
  });

  test('the table covers meet, miss and invalid for every kind of input and target in the plan', () => {
    const kinds = new Set(cases.map((c) => c.kind.split(' ')[0]));
    const planKinds = new Set(
      plan.indicators.map((ind) => {
        const rule = inputRuleFor(ind);
        return rule.kind === 'judgement' || ind.target.kind === 'qualitative' ? 'qualitative' : `${rule.kind}/${ind.target.kind}${'strict' in ind.target && ind.target.strict ? '-strict' : ''}`;
      }),
    );
    for (const k of planKinds) expect(kinds).toContain(k);
    for (const k of kinds) {
      const verdicts = new Set(cases.filter((c) => c.kind.startsWith(k) && !c.kind.endsWith('số') && !c.kind.endsWith(TASK_HEADERS[4])).map((c) => c.check));
      expect([k, verdicts.has('good'), verdicts.has('bad')]).toEqual([k, true, true]);
    }
    expect(cases.length).toBeGreaterThan(500);
    // Every typed entry of each list (percent, count, task dates) reached some row of the plan.
    for (const [list, n] of ENTRIES) {
      const typed = new Set(cases.filter((c) => c.entry?.startsWith(list)).map((c) => c.entry));
      expect([list, typed.size]).toEqual([list, n]);
    }
  });
});
