// The buttons' runs as pure functions: grids in, writes and outcome out, no host. `host` below plays the writes back
// onto grids the way both ports do (a sheet replaced, rows put from a row, a sheet removed, a lock put on or lifted).
import { checkRun, formFilesRun, formsRun, insertPlanRun, planDisplayName, refusalText } from './runs';
import { t } from '../i18n/text';
import { answerGuide, skipGuide, startGuide } from './guided-form';
import { formsToCreate } from './check-workbook';
import { HISTORY_HEADER, HISTORY_SHEET } from './layout';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { importPlan } from '../plan/import-plan';
import { periodById } from '../plan/period';
import { a1, usedRows, type Grid } from '../grid';
import type { SheetPlan } from '../sheet-plan';
import type { WorkbookRead, WorkbookWrite } from '../port';

const H1 = periodById('2026-H1')!;
const opts = { asOf: FIXTURE_AS_OF, lang: 'vi' as const, period: H1 };
const planGrids = fixturePlanGrids();
const plan = importPlan(planGrids).plan!;
const VHXH = 'Phòng Văn hóa - Xã hội';
const CAX = 'Công an xã';
const made = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period: H1 }).forms;
const answers = fixtureAnswers();
const filled = made.filter((f) => answers[f.office]).map((f) => fillForm(f.sheet, plan, answers[f.office]));
const formOf = (office: string) => made.find((f) => f.office === office)!.sheet;

function read(grids: Grid[], locked: string[] = [], active: string | null = null): WorkbookRead {
  return { grids, sheets: grids.map((g) => ({ name: g.name, visible: true, approvalLock: locked.includes(g.name) })), active };
}

const named = (w: WorkbookWrite): string | null => ('sheet' in w && typeof w.sheet === 'string' ? w.sheet : 'plan' in w ? w.plan.name : null);

/** What both ports do with the writes, on grids; the locks a host would read back next time. */
function host(state: { grids: Grid[]; locked: string[] }, writes: WorkbookWrite[]): { grids: Grid[]; locked: string[] } {
  let grids = state.grids.slice();
  let locked = state.locked.slice();
  for (const w of writes) {
    if (w.kind === 'replaceSheet' || w.kind === 'addSheet') grids = [...grids.filter((g) => g.name !== w.plan.name), sheetToGrid(w.plan)];
    else if (w.kind === 'removeSheet') grids = grids.filter((g) => g.name !== w.sheet);
    else if (w.kind === 'appendRows') {
      const old = grids.find((g) => g.name === w.sheet)?.values ?? [];
      const rows = sheetToGrid({ name: w.sheet, cells: w.rows }).values;
      const values = [...old.slice(0, w.startRow), ...Array.from({ length: Math.max(0, w.startRow - old.length) }, () => []), ...rows];
      grids = [...grids.filter((g) => g.name !== w.sheet), { name: w.sheet, file: null, values }];
    } else if (w.kind === 'lockSheet') locked = [...locked, w.sheet];
    else if (w.kind === 'unlockSheet') locked = locked.filter((s) => s !== w.sheet);
  }
  return { grids, locked };
}

function check(state: { grids: Grid[]; locked: string[] }, o: Partial<typeof opts> = {}) {
  const out = checkRun(read(state.grids, state.locked), { ...opts, ...o });
  if (!out.ok) throw new Error(`check failed: ${out.issues.map((i) => i.code).join(', ')}`);
  return out;
}

function decide(grids: Grid[], office: string, decision: string | null): Grid[] {
  return grids.map((g) => {
    if (g.name !== 'Tình hình báo cáo') return g;
    const values = g.values.map((r) => r.slice());
    const head = values.find((r) => r.includes('Duyệt'))!;
    values.find((r) => r[0] === office)![head.indexOf('Duyệt')] = decision;
    return { ...g, values };
  });
}

describe('checkRun', () => {
  const start = { grids: [...planGrids, ...filled.map((f) => sheetToGrid(f))], locked: [] as string[] };

  test('replaces every output, writes no plan or form sheet, starts the history with its header, shows the summary', () => {
    const out = check(start);
    const replaced = out.writes.filter((w) => w.kind === 'replaceSheet').map(named);
    expect(replaced).toEqual(out.outputs);
    const touched = new Set(out.writes.map(named));
    for (const g of start.grids) expect(touched.has(g.name)).toBe(false);
    const history = out.writes.find((w) => w.kind === 'appendRows');
    expect(history).toMatchObject({ sheet: HISTORY_SHEET, startRow: 0 });
    if (history?.kind !== 'appendRows') throw new Error('no history');
    expect(history.rows[0].map((c) => c.value)).toEqual(HISTORY_HEADER);
    expect(history.rows).toHaveLength(out.historyRows);
    expect(out.writes[out.writes.length - 1]).toEqual({ kind: 'activate', sheet: out.outputs[0] });
    expect(out.writes.some((w) => w.kind === 'lockSheet' || w.kind === 'unlockSheet' || w.kind === 'removeSheet')).toBe(false);
  });

  test('an empty history sheet gets the header at row 1; a history with a blank row inside grows under its last used row', () => {
    const empty = check({ ...start, grids: [...start.grids, { name: HISTORY_SHEET, file: null, values: [] }] });
    const first = empty.writes.find((w) => w.kind === 'appendRows');
    if (first?.kind !== 'appendRows') throw new Error('no history');
    expect(first.startRow).toBe(0);
    expect(first.rows[0].map((c) => c.value)).toEqual(HISTORY_HEADER);

    const gapped: Grid = { name: HISTORY_SHEET, file: null, values: [[...HISTORY_HEADER], ['01/01/2026', 'x'], [null, null], ['02/01/2026', 'y'], [null]] };
    const out = check({ ...start, grids: [...start.grids, gapped] });
    const more = out.writes.find((w) => w.kind === 'appendRows');
    if (more?.kind !== 'appendRows') throw new Error('no history');
    expect(more.startRow).toBe(usedRows(gapped));
    expect(more.startRow).toBe(4);
    expect(more.rows[0].map((c) => c.value)).not.toEqual(HISTORY_HEADER);
  });

  test('an approval locks the form once; withdrawn, the form gets its input cells back; a plan sheet locked whole stays so', () => {
    let state = host(start, check(start).writes);
    state = { ...state, grids: decide(state.grids, VHXH, 'Đã duyệt') };
    const approved = check(state);
    expect(approved.writes.filter((w) => w.kind === 'lockSheet')).toEqual([{ kind: 'lockSheet', sheet: VHXH }]);
    state = host(state, approved.writes);
    expect(state.locked).toEqual([VHXH]);
    // The read says it is locked: not locked again, not unlocked.
    expect(check(state).writes.filter((w) => w.kind === 'lockSheet' || w.kind === 'unlockSheet')).toEqual([]);

    // Withdrawn: the decision cell emptied. A plan sheet the commune locked whole is no form: left alone.
    state = { grids: decide(state.grids, VHXH, null), locked: [...state.locked, planGrids[0].name] };
    const withdrawn = check(state);
    const unlocks = withdrawn.writes.filter((w) => w.kind === 'unlockSheet');
    expect(unlocks).toHaveLength(1);
    if (unlocks[0].kind !== 'unlockSheet') throw new Error('no unlock');
    expect(unlocks[0].sheet).toBe(VHXH);
    // Exactly the cells the form as made leaves open.
    const open = formOf(VHXH).cells.flatMap((row, r) => row.flatMap((c, k) => (c?.locked === false ? [a1(r, k)] : [])));
    const given = unlocks[0].inputs.flatMap((range) => {
      const [from, to = from] = range.split(':');
      const row = Number(/\d+/.exec(from)![0]);
      const cols = [from, to].map((x) => /[A-Z]+/.exec(x)![0].charCodeAt(0) - 65);
      return Array.from({ length: cols[1] - cols[0] + 1 }, (_, k) => `${String.fromCharCode(65 + cols[0] + k)}${row}`);
    });
    expect(open.length).toBeGreaterThan(0);
    expect(given.sort()).toEqual(open.sort());
    expect(withdrawn.writes.some((w) => w.kind === 'lockSheet')).toBe(false);
  });

  test('a locked form whose office is now returned is unlocked: only an approval keeps the lock', () => {
    let state = host(start, check(start).writes);
    state = { grids: decide(state.grids, CAX, 'Trả lại'), locked: [CAX] };
    const out = check(state);
    expect(out.writes.filter((w) => w.kind === 'unlockSheet').map(named)).toEqual([CAX]);
  });

  test('the form of an office found by moved rows: its input ranges follow the rows where the office left them', () => {
    let state = host(start, check(start).writes);
    const sheet = state.grids.find((g) => g.name === VHXH)!;
    // Two blank rows inserted above the tables by the office.
    const moved = { ...sheet, values: [...sheet.values.slice(0, 4), [], [], ...sheet.values.slice(4)] };
    state = { grids: state.grids.map((g) => (g.name === VHXH ? moved : g)), locked: [VHXH] };
    const unlock = check(state).writes.find((w) => w.kind === 'unlockSheet');
    if (unlock?.kind !== 'unlockSheet') throw new Error('no unlock');
    const firstOpen = formOf(VHXH).cells.findIndex((row) => row.some((c) => c?.locked === false));
    expect(Number(/\d+/.exec(unlock.inputs[0])![0])).toBe(firstOpen + 1 + 2);
  });

  test('a stale "So với kỳ trước" is removed when a later run has no previous period; history and forms never are', () => {
    let state = host(start, check(start).writes);
    const year = check(state, { period: periodById('2026')!, asOf: '2026-12-10' });
    expect(year.outputs).toContain('So với kỳ trước');
    expect(year.writes.some((w) => w.kind === 'removeSheet')).toBe(false);
    state = host(state, year.writes);
    // Back to a period with nothing before it in the history.
    const again = check(state, { period: periodById('2025-H1')!, asOf: '2025-07-10' });
    expect(again.outputs).not.toContain('So với kỳ trước');
    expect(again.writes.filter((w) => w.kind === 'removeSheet')).toEqual([{ kind: 'removeSheet', sheet: 'So với kỳ trước' }]);
    state = host(state, again.writes);
    expect(state.grids.map((g) => g.name)).toEqual(expect.arrayContaining([HISTORY_SHEET, ...filled.map((f) => f.name), ...planGrids.map((g) => g.name)]));
    expect(state.grids.map((g) => g.name)).not.toContain('So với kỳ trước');
  });

  test('a sheet of the commune named like an output is never replaced or removed: the run refuses', () => {
    const theirs: Grid = { name: 'So với kỳ trước', file: null, values: [['Ghi chú của xã'], ['giữ nguyên']] };
    const out = checkRun(read([...start.grids, theirs]), opts);
    expect(out.ok).toBe(false);
    expect(out.writes).toEqual([]);
    expect(out.issues.map((i) => i.code)).toEqual(['OUTPUT_NAME_TAKEN']);
    // Every face says why the same way, in the user's language, naming the sheet the commune owns.
    for (const lang of ['vi', 'en'] as const) {
      const text = refusalText(out.issues, lang);
      expect(text.split('\n')).toHaveLength(1);
      expect(text).toContain('So với kỳ trước');
      expect(text).not.toBe(t(lang, 'words.noPlan'));
    }
    expect(refusalText(out.issues, 'en')).not.toBe(refusalText(out.issues, 'vi'));
  });
});

describe('refusalText and planDisplayName', () => {
  test('one line per error (warnings left out), the plain no-plan sentence when the core gave no error', () => {
    const noPlan = formsRun(read([{ name: 'Trang tính1', file: null, values: [['xin chào']] }]), opts);
    const errors = noPlan.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(refusalText(noPlan.issues, 'en').split('\n')).toHaveLength(errors.length);
    const warning = { ...errors[0], severity: 'warning' as const };
    expect(refusalText([warning], 'vi')).toBe(t('vi', 'words.noPlan'));
    expect(refusalText([], 'en')).toBe(t('en', 'words.noPlan'));
  });

  test("a plan's name: number then commune, either may be missing", () => {
    expect(planDisplayName({ id: '45/KH-UBND', commune: 'Xã An Phú' })).toBe('45/KH-UBND — Xã An Phú');
    expect(planDisplayName({ id: '', commune: 'Xã An Phú' })).toBe('Xã An Phú');
    expect(planDisplayName({ id: '45/KH-UBND', commune: null })).toBe('45/KH-UBND');
  });
});

describe('formsRun and insertPlanRun', () => {
  test('forms only for offices without one, under names not taken (case ignored), the first one shown', () => {
    const vhxh = sheetToGrid(filled.find((f) => f.name === formOf(VHXH).name)!);
    const others = made.filter((f) => f.office !== VHXH);
    // A commune sheet already holding the name the next form would take.
    const squatter: Grid = { name: others[0].sheet.name.toUpperCase(), file: null, values: [['ghi chú']] };
    const out = formsRun(read([...planGrids, vhxh, squatter]), opts);
    if (!out.ok) throw new Error('forms failed');
    expect(out.existing).toEqual([VHXH]);
    expect(out.created.map((c) => c.office)).toEqual(others.map((f) => f.office));
    const names = out.created.map((c) => c.sheet.toLowerCase());
    expect(names).not.toContain(squatter.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(out.writes.filter((w) => w.kind === 'addSheet').map(named)).toEqual(out.created.map((c) => c.sheet));
    expect(out.writes.at(-1)).toEqual({ kind: 'activate', sheet: out.created[0].sheet });
    // Every office has one: nothing made, nothing written.
    const none = formsRun(read([...planGrids, ...made.map((f) => sheetToGrid(f.sheet))]), opts);
    expect(none.ok && none.created).toEqual([]);
    expect(none.writes).toEqual([]);
  });

  test('no plan: forms refuse with the plan issues and write nothing', () => {
    const out = formsRun(read([{ name: 'Trang tính1', file: null, values: [['xin chào']] }]), opts);
    expect(out.ok).toBe(false);
    expect(out.writes).toEqual([]);
    expect(out.issues.some((i) => i.severity === 'error')).toBe(true);
  });

  test('the example plan goes in under free names, compared ignoring case', () => {
    const sheets: SheetPlan[] = [{ name: 'Phụ lục I', cells: [] }, { name: 'Phụ lục II', cells: [] }];
    const out = insertPlanRun({ sheets: [{ name: 'phụ lục i', visible: true }, { name: 'Phụ lục I (2)', visible: true }] }, sheets);
    expect(out.names).toEqual(['Phụ lục I (3)', 'Phụ lục II']);
    expect(out.writes).toEqual([
      { kind: 'addSheet', plan: { name: 'Phụ lục I (3)', cells: [] } },
      { kind: 'addSheet', plan: { name: 'Phụ lục II', cells: [] } },
      { kind: 'activate', sheet: 'Phụ lục I (3)' },
    ]);
  });
});

test('forms on files: one workbook per office (form and metadata), file names unique even when office names slug alike', () => {
  const files = formFilesRun(plan, H1);
  expect(files.map((f) => f.office)).toEqual(made.map((f) => f.office));
  expect(files.every((f) => f.sheets.length === 2 && f.sheets[0].name === formOf(f.office).name)).toBe(true);
  // Two offices whose names keep nothing a file name can hold but the same Latin start.
  const [a, b] = plan.offices.map((o) => o.name);
  const rename = (n: string) => (n === a ? 'Ban Ωμέγα' : n === b ? 'Ban Ψυχή' : n);
  const alike = {
    ...plan,
    offices: plan.offices.map((o) => ({ ...o, name: rename(o.name) })),
    indicators: plan.indicators.map((i) => ({ ...i, leadOffices: i.leadOffices.map(rename) })),
    tasks: plan.tasks.map((t) => ({ ...t, leadOffices: t.leadOffices.map(rename) })),
  };
  const names = formFilesRun(alike, H1).map((f) => f.file);
  expect(new Set(names).size).toBe(names.length);
  expect(names.every((n) => n.endsWith('.xlsx'))).toBe(true);
});

describe('the guided walk', () => {
  const blank = formOf(CAX);
  const grids = [...planGrids, sheetToGrid(blank)];

  test('start on a blank form: the first empty input cell shown; not a form: no walk, no write', () => {
    const out = startGuide({ grids, active: blank.name }, opts);
    if (!out.guide.ok || !out.walk) throw new Error('no walk');
    expect(out.walk.steps.length).toBeGreaterThan(1);
    const first = blank.cells.findIndex((row) => row.some((c) => c?.locked === false));
    expect(Number(/\d+/.exec(out.walk.steps[0].cell)![0])).toBe(first + 1);
    expect(out.writes).toEqual([{ kind: 'activate', sheet: blank.name, cell: out.walk.steps[0].cell }]);
    const plan = startGuide({ grids, active: planGrids[0].name }, opts);
    expect(plan.guide).toMatchObject({ ok: false, reason: 'not_a_form' });
    expect(plan.writes).toEqual([]);
  });

  test('a wrong answer is written and the walk stays; a right one moves on; skip wraps round the end', () => {
    const { walk } = startGuide({ grids, active: blank.name }, opts);
    if (!walk) throw new Error('no walk');
    const step = walk.steps[0];
    expect(step.kind).toBe('indicator');
    const wrong = answerGuide(walk, 'khoảng tám mươi', opts);
    expect(wrong.walk.steps[wrong.walk.index].cell).toBe(step.cell);
    expect(wrong.writes).toEqual([
      { kind: 'writeValue', sheet: blank.name, cell: step.cell, value: { kind: 'text', text: 'khoảng tám mươi' } },
      { kind: 'activate', sheet: blank.name, cell: step.cell },
    ]);
    const right = answerGuide(wrong.walk, '85', opts);
    expect(right.writes[0]).toEqual({ kind: 'writeValue', sheet: blank.name, cell: step.cell, value: { kind: 'number', value: 85 } });
    const next = right.walk.steps[right.walk.index];
    expect(next.cell).not.toBe(step.cell);
    expect(right.walk.steps.map((s) => s.cell)).not.toContain(step.cell);
    expect(right.writes[1]).toEqual({ kind: 'activate', sheet: blank.name, cell: next.cell });

    const last = { ...right.walk, index: right.walk.steps.length - 1 };
    const wrapped = skipGuide(last);
    expect(wrapped.walk.index).toBe(0);
    expect(wrapped.writes).toEqual([{ kind: 'activate', sheet: blank.name, cell: right.walk.steps[0].cell }]);
    expect(skipGuide({ ...last, steps: [] }).writes).toEqual([]);
  });
});
