// The summary as sheet plans: what a print-ready, traceable summary needs, asserted on cells, not on wording.
import { checkWorkbook } from '../workbook/check-workbook';
import { formsToCreate } from '../workbook/check-workbook';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { importPlan } from '../plan/import-plan';
import { periodById } from '../plan/period';
import { horizonOf, renderSummary, summaryFirstRows, SUMMARY_SHEETS } from './summary-sheets';
import { isForeignOutputName } from '../workbook/layout';
import { issue } from '../issues';
import { ISSUE_LIST_CAP } from '../issue-groups';

const planGrids = fixturePlanGrids();
const plan = importPlan(planGrids).plan!;
const period = periodById('2026-H1')!;
const forms = formsToCreate(planGrids, { asOf: FIXTURE_AS_OF, period }).forms;
const answers = fixtureAnswers();
const out = checkWorkbook([...planGrids, ...forms.map((f) => sheetToGrid(fillForm(f.sheet, plan, answers[f.office])))], { asOf: FIXTURE_AS_OF, period });
if (!out.ok) throw new Error('no plan');
const sheets = renderSummary(out.result, 'vi', plan);
const byName = (name: string) => sheets.find((s) => s.name === name)!;
const names = SUMMARY_SHEETS.vi;

test('every sheet prints on A4; table sheets have the title, the period, a repeated and filtered header, frozen panes', () => {
  for (const s of sheets) expect([s.name, s.print?.paper]).toEqual([s.name, 'A4']);
  for (const s of sheets.filter((x) => x.name !== names.overview)) {
    expect(String(s.cells[1][0]?.value)).toContain(period.label);
    expect(s.print).toMatchObject({ landscape: true, repeatRows: '3:3' });
    expect(s.print!.scale).toBeGreaterThanOrEqual(60);
    expect(s.freeze).toEqual({ rows: 3, columns: 0 });
    expect(s.autoFilter).toMatch(/^A3:[A-Z]+3$/);
    // Recognised as our output by its first row, so a later run may replace it.
    expect(isForeignOutputName(sheetToGrid(s))).toBe(false);
  }
  expect(summaryFirstRows().length).toBeGreaterThan(10);
});

test('Tổng hợp opens with the administrative header and ends with the signature block', () => {
  const values = byName(names.overview).cells.map((r) => r.map((c) => c?.value));
  expect(values[0]).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  expect(values[1][1]).toBe('Độc lập - Tự do - Hạnh phúc');
  expect(values.at(-2)).toEqual(['Người lập biểu', 'Thủ trưởng đơn vị']);
});

test('Chỉ tiêu: section rows, the target year beside the status, and a link to the source cell', () => {
  const s = byName(names.indicators);
  const header = s.cells[2].map((c) => c?.value);
  const section = s.cells.findIndex((r, i) => i > 2 && r[0]?.style === 'section');
  expect(section).toBe(3);
  const horizonCol = header.indexOf('Mốc mục tiêu');
  expect(horizonCol).toBe(header.indexOf('Đánh giá') + 1);
  const linked = s.cells.filter((r) => r.some((c) => c?.link !== undefined));
  expect(linked.length).toBeGreaterThan(0);
  // In a workbook (Excel, Sheets) the link goes to the office sheet's cell: a sheet name and an A1 address, no file.
  for (const r of linked) for (const c of r.filter((x) => x?.link)) expect(c!.link).toEqual({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]{1,3}\d+$/) });
});

test('every source of a figure is its own link, in the order the sources text numbers them', () => {
  const s = byName(names.indicators);
  const links = s.cells[2].map((c, i) => (String(c?.value).startsWith('Mở ô') ? i : -1)).filter((i) => i >= 0);
  const results = out.result.indicators;
  const most = Math.max(...results.map((r) => r.sources.length));
  expect(links).toHaveLength(Math.min(3, Math.max(1, most)));
  for (const r of results) {
    const row = s.cells.find((cells) => cells[0]?.value === r.section && cells[1]?.value === r.stt && cells[2]?.value === r.name)!;
    const got = links.map((i) => row[i]?.link).filter((l) => l !== undefined);
    expect(got).toEqual(r.sources.slice(0, 3).map((x) => ({ sheet: x.sheet, cell: x.cell })));
  }
  // The fixture has a figure with two sources, so the table shows how several are linked.
  expect(most).toBeGreaterThan(1);
});

test('from the command line each source links to its report file, by the parts of the source only', () => {
  const withFiles = {
    ...out.result,
    indicators: out.result.indicators.map((r) => ({ ...r, sources: r.sources.map((x, i) => ({ ...x, file: `/tmp/reports/bc ${i}.xlsx` })) })),
  };
  const s = renderSummary(withFiles, 'vi', plan).find((x) => x.name === names.indicators)!;
  const links = s.cells.flatMap((r) => r.filter((c) => c?.link).map((c) => c!.link!));
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(l).toEqual({ file: expect.stringMatching(/^\/tmp\/reports\/bc \d\.xlsx$/), sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]{1,3}\d+$/) });
});

test('Nhiệm vụ: completion dates are date cells shown dd/mm/yyyy', () => {
  const s = byName(names.tasks);
  const col = s.cells[2].findIndex((c) => c?.value === 'Ngày hoàn thành');
  const dates = s.cells.slice(3).map((r) => r[col]).filter((c) => c?.value instanceof Date);
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d!.numFmt).toBe('dd/mm/yyyy');
});

test('Lỗi và cảnh báo: the English code is the last column', () => {
  const header = byName(names.issues).cells[2].map((c) => c?.value);
  expect(header.at(-1)).toBe('Mã');
});

test('the year a target is set for', () => {
  expect(horizonOf('Đến năm 2030', '≥ 80%', '')?.year).toBe(2030);
  expect(horizonOf('Phát triển hạ tầng', '100% đến năm 2027', 'Kế hoạch năm 2026')?.text.vi).toBe('Đến năm 2027');
  expect(horizonOf('Phát triển hạ tầng', '95', 'Kế hoạch năm 2026')?.text.vi).toBe('Năm 2026');
  expect(horizonOf('', '95', '')).toBeNull();
});

test('the issues sheet is bounded per office and code: 5,000 of one mistake are the cap plus one counting row', () => {
  const cell = (k: number) => `E${k}`;
  const many = Array.from({ length: 5_000 }, (_, k) => issue('error', 'NOT_A_NUMBER', { office: 'Công an xã', sheet: 'Công an xã', cell: cell(k) }, { cell: cell(k), text: 'a', example: '1' }));
  const big = renderSummary({ ...out.result, issues: [...out.result.issues, ...many] }, 'vi', plan);
  const rows = big.find((s) => s.name === names.issues)!.cells.length;
  const before = byName(names.issues).cells.length;
  expect(rows - before).toBe(ISSUE_LIST_CAP.error + 1);
  // The overview still counts every one.
  const overview = big.find((s) => s.name === names.overview)!.cells.flat().map((c) => c?.value);
  expect(overview).toContain(out.result.issues.filter((i) => i.severity === 'error').length + 5_000);
});
