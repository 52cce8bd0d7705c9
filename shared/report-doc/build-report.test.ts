// The report draft's plan, on the bundled example plans: every figure, name, deadline and office text from the result.
import { buildReportPlan, targetYear } from './build-report';
import { ReportPlan, type Block, type Run, type Table } from './report-plan';
import { words } from '../messages';
import type { CheckResult } from '../schemas/result';
import { exampleResults } from '../../test/report/example-results';

/** A plan's line breaks inside a name read as spaces in a sentence. */
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');
const say = (runs: Run[]) => runs.map((r) => r.text).join('');
const blockText = (b: Block) => (b.kind === 'paragraph' ? say(b.runs) : b.rows.map((r) => r.map((c) => say(c.runs)).join(' | ')).join('\n'));

/** The body cut at its five top headings: I … V (the closing sentence stays with V). */
function sections(plan: ReportPlan): string[][] {
  const out: string[][] = [];
  for (const b of plan.body) {
    if (b.kind === 'paragraph' && b.role === 'heading1') out.push([]);
    if (out.length > 0) out[out.length - 1].push(blockText(b));
  }
  return out;
}

/** The lines of section `s` under its numbered sub-heading whose text contains `head`. */
function under(lines: string[], head: string): string[] {
  const start = lines.findIndex((l) => /^\d+\. /.test(l) && l.includes(head));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^\d+\. /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const tables = (plan: ReportPlan) => plan.appendix.blocks.filter((b): b is Table => b.kind === 'table');
/** Data rows only: a section row spans the table. */
const dataRows = (t: Table) => t.rows.filter((r) => !r.some((c) => (c.span ?? 1) > 1));

const results = exampleResults();

describe.each(results)('%s', (_id, result) => {
  const plan = buildReportPlan(result, 'vi');
  const [s1, s2, s3, s4, s5] = sections(plan);

  test('is a valid plan with the five sections, header block and signature', () => {
    expect(ReportPlan.parse(plan)).toEqual(plan);
    expect(sections(plan)).toHaveLength(5);
    expect(say(plan.issuer[0])).toBe('ỦY BAN NHÂN DÂN');
    expect(say(plan.issuer[1])).toBe(result.plan!.commune.toLocaleUpperCase('vi'));
    expect(plan.nation).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(plan.number.some((r) => r.placeholder)).toBe(true);
    expect(say(plan.number)).toMatch(/\/BC-UBND$/);
    expect(plan.signature.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(plan.title.map(say).join(' ')).toContain(result.period.label.toLowerCase());
  });

  test('I: counts by status; each missed indicator with value and target; later-year targets as progress; no-data ones', () => {
    for (const s of ['met', 'missed', 'no_data', 'needs_judgement'] as const) {
      expect(s1[1]).toContain(`${words.vi[s]} ${result.indicators.filter((i) => i.status === s).length} chỉ tiêu`);
    }
    const later = result.indicators.filter((i) => (targetYear(i, result.plan!.indicatorSections ?? []) ?? 0) > 2026);
    const missedNow = result.indicators.filter((i) => i.status === 'missed' && !later.includes(i));
    const missedLater = later.filter((i) => i.status === 'missed');
    expect(missedNow.length + missedLater.length).toBeGreaterThan(0);
    const missedLines = under(s1, 'không đạt');
    expect(missedLines.filter((l) => l.startsWith('- '))).toHaveLength(missedNow.length);
    for (const i of missedNow) expect(missedLines.join('\n')).toContain(flat(i.name));
    const progress = under(s1, 'tiến tới mục tiêu');
    expect(progress.filter((l) => l.startsWith('- '))).toHaveLength(missedLater.length);
    for (const i of missedLater) expect(progress.join('\n')).toContain(flat(i.name));
    for (const i of result.indicators.filter((x) => x.status === 'missed' && x.value !== null)) {
      expect(s1.join('\n')).toContain(String(Math.round(i.value! * 100) / 100).replace('.', ','));
    }
    for (const i of result.indicators.filter((x) => x.status === 'no_data')) expect(under(s1, 'chưa có số liệu').join('\n')).toContain(flat(i.name));
  });

  test('II: counts, each overdue task with lead office and deadline, late completions', () => {
    const overdue = result.tasks.filter((t) => t.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    const lines = under(s2, 'quá hạn');
    expect(lines).toHaveLength(overdue.length);
    overdue.forEach((t, k) => {
      expect(lines[k]).toContain(flat(t.name));
      expect(lines[k]).toContain(t.leadOffices[0]);
      expect(lines[k]).toContain(t.deadline!.split('-').reverse().join('/'));
    });
    for (const t of result.tasks.filter((x) => x.late)) expect(under(s2, 'chậm').join('\n')).toContain(flat(t.name));
  });

  test('III and V: every office text as written, grouped under its office; IV: every open task with a deadline', () => {
    const check = (lines: string[], pick: 'difficulties' | 'proposals') => {
      const entries = result.tasks.flatMap((t) => t[pick] ?? []);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(under(lines, e.office).join('\n')).toContain(e.text);
    };
    check(s3, 'difficulties');
    check(s5, 'proposals');
    for (const t of result.tasks.filter((x) => x.status !== 'done' && !x.recurring)) expect(s4.join('\n')).toContain(flat(t.name));
    expect(s4.some((l) => l.startsWith('['))).toBe(true); // the standing office's paragraph
  });

  test('appendix: one row per indicator and task with the status words, Quá hạn, offices not reported', () => {
    const [ind, task] = tables(plan);
    const iRows = dataRows(ind);
    expect(iRows.map((r) => say(r[0].runs))).toEqual(result.indicators.map((i) => i.stt));
    expect(iRows.map((r) => say(r[5].runs))).toEqual(result.indicators.map((i) => words.vi[i.status]));
    const tRows = dataRows(task);
    expect(tRows.map((r) => say(r[4].runs))).toEqual(result.tasks.map((t) => words.vi[t.status]));
    expect(tRows.map((r) => say(r[5].runs) === 'Quá hạn')).toEqual(result.tasks.map((t) => t.overdue));
    const notReported = result.offices.filter((o) => !o.reported);
    expect(notReported.length).toBeGreaterThan(0);
    const after = plan.appendix.blocks.filter((b) => b.kind === 'paragraph').map(blockText);
    for (const o of notReported) expect(after).toContain(`- ${o.name}`);
  });
});

test('Thống Nhất sets its indicators for 2030 and 2045: none is reported as failed, each is progress', () => {
  const [, result] = results.find(([id]) => id === 'thong-nhat-4888')!;
  const plan = buildReportPlan(result, 'vi');
  const s1 = sections(plan)[0];
  expect(under(s1, 'không đạt').filter((l) => l.startsWith('- '))).toEqual([]);
  expect(under(s1, 'tiến tới mục tiêu').length).toBe(result.indicators.filter((i) => i.status === 'missed').length);
});

function tiny(over: Partial<CheckResult> = {}): CheckResult {
  return {
    schemaVersion: 1,
    asOf: '2026-02-05',
    period: { id: '2025', label: 'Năm 2025', due: '2025-12-05' },
    offices: [{ name: 'Công an xã', reported: true, sources: [] }],
    indicators: [
      { section: 'I', stt: '1', name: 'Tỷ lệ A', unit: '%', target: '≥ 80', leadOffices: ['Công an xã'], value: 1234.567, status: 'met', conflict: false, sources: [] },
      { section: 'I', stt: '2', name: 'Tỷ lệ B', unit: '%', target: '≥ 80', leadOffices: ['Công an xã'], value: 66.5, status: 'missed', conflict: false, sources: [] },
    ],
    tasks: [],
    issues: [],
    ...over,
  };
}

test('numbers take a decimal comma and a thousands dot; the date line follows ND 30 (leading zero for day < 10, months 1–2)', () => {
  const plan = buildReportPlan(tiny({ plan: { id: '12/KH-UBND', version: 'x', title: '', commune: 'Phường Hòa Bình' } }), 'vi');
  const ind = tables(plan)[0];
  expect(dataRows(ind).map((r) => say(r[4].runs))).toEqual(['1.234,57', '66,5']);
  expect(say(plan.placeDate)).toBe('Hòa Bình, ngày 05 tháng 02 năm 2026');
  expect(say(plan.issuer[1])).toBe('PHƯỜNG HÒA BÌNH');
  expect(plan.body.map(blockText).join('\n')).toContain('kết quả 66,5%; mục tiêu ≥ 80%');
  expect(plan.title.map(say).join(' ')).toContain('Kế hoạch số 12/KH-UBND');
  const july = buildReportPlan(tiny({ asOf: '2026-07-15', plan: { id: 'x', version: 'x', title: '', commune: 'Xã Cao Minh' } }), 'vi');
  expect(say(july.placeDate)).toBe('Cao Minh, ngày 15 tháng 7 năm 2026');
});

test('without a commune or plan number the gaps are placeholders, never invented', () => {
  const plan = buildReportPlan(tiny(), 'vi');
  expect(plan.issuer[1].some((r) => r.placeholder)).toBe(true);
  expect(plan.placeDate.some((r) => r.placeholder)).toBe(true);
  expect(plan.title.map(say).join(' ')).toContain('Kế hoạch số …/KH-UBND');
});

test('English wording uses the English status words', () => {
  const [, result] = results[1];
  const plan = buildReportPlan(result, 'en');
  expect(ReportPlan.parse(plan).lang).toBe('en');
  expect(dataRows(tables(plan)[0]).map((r) => say(r[5].runs))).toEqual(result.indicators.map((i) => words.en[i.status]));
});

test('the Party committee variant (Hướng dẫn 36-HD/VPTW): its heading, number, star and signature, the same content', () => {
  const [, result] = results[1];
  const state = buildReportPlan(result, 'vi');
  const party = buildReportPlan(result, 'vi', 'dang-uy');
  expect(ReportPlan.parse(party).format).toBe('dang-uy');
  expect(party.issuer.map(say)).toEqual(['ĐẢNG BỘ …', `ĐẢNG ỦY ${result.plan!.commune.toLocaleUpperCase('vi')}`]);
  expect(party.issuer[0][0].placeholder).toBe(true);
  expect(party.nation).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
  expect(say(party.number)).toBe('Số …-BC/ĐU');
  expect(party.signature.lines).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ']);
  expect(blockText(party.body[0])).toContain('Đảng ủy xã');
  // Sections I–V and the appendix do not depend on who signs.
  expect(party.body.slice(1, -1)).toEqual(state.body.slice(1, -1));
  expect(party.appendix.blocks).toEqual(state.appendix.blocks);
});
