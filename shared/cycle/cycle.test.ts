import { importPlan } from '../plan/import-plan';
import { checkReports, type ReportInput } from '../check';
import { buildForms } from '../forms/form-plan';
import { buildReminders } from '../remind/reminders';
import { renderSummary } from '../render/summary-sheets';
import { CheckResult } from '../schemas/result';
import { fillForm } from '../../examples/fill-form';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF, fixtureAnswers } from '../../test/fixture-reports';
import { grid } from '../../test/table';
import { periodById } from '../plan/period';
import { daysOverdue, onTimeAgainst } from './completeness';
import { readReview } from './review';
import { withPrevious } from './previous';

const plan = importPlan(fixturePlanGrids()).plan!;
const period = periodById('2026-H1')!;
const forms = buildForms(plan, period);
const VHXH = 'Phòng Văn hóa - Xã hội';
const CAX = 'Công an xã';

function inputs(savedAt: Record<string, string | null> = {}, answers = fixtureAnswers()): ReportInput[] {
  return forms
    .filter((f) => answers[f.office])
    .map((f) => ({ file: `${f.office}.xlsx`, grids: [sheetToGrid(fillForm(f.sheet, plan, answers[f.office])), sheetToGrid(f.meta)], savedAt: savedAt[f.office] ?? null }));
}

/** The summary's sheets as grids, the way a host or `--review` hands them back. */
function summaryGrids(result: CheckResult, decide: Record<string, [string, string?]> = {}) {
  return renderSummary(result).map((s) => {
    const g = sheetToGrid(s);
    if (s.name !== 'Tình hình báo cáo') return g;
    // The header is the row naming 'Duyệt' (under the sheet's title rows).
    const h = g.values.findIndex((r) => r.includes('Duyệt'));
    const head = g.values[h].map(String);
    for (const row of g.values.slice(h + 1)) {
      const d = decide[String(row[0])];
      if (!d) continue;
      row[head.indexOf('Duyệt')] = d[0];
      row[head.indexOf('Lý do trả lại')] = d[1] ?? null;
    }
    return g;
  });
}

test.each([
  // End of the due day in Vietnam is the limit, whatever offset the time carries.
  ['2026-06-10T23:59:59+07:00', true],
  ['2026-06-10T16:59:59Z', true],
  ['2026-06-11T00:00:01+07:00', false],
  ['2026-06-10T17:00:01Z', false],
  [null, null],
  ['not a time', null],
])('onTime(%s)', (at, expected) => {
  expect(onTimeAgainst(at, '2026-06-10')).toBe(expected);
});

test.each([
  [{ reported: true, submittedAt: '2026-06-20T10:00:00+07:00', onTime: false }, 10],
  [{ reported: true, submittedAt: '2026-06-09T10:00:00+07:00', onTime: true }, 0],
  [{ reported: true, submittedAt: null, onTime: null }, null],
  [{ reported: false, submittedAt: null, onTime: null }, 35],
])('days overdue %#', (office, days) => {
  expect(daysOverdue(office, period, '2026-07-15')).toBe(days);
});

describe('completeness, timeliness, review in one check', () => {
  const saved = { [VHXH]: '2026-06-09T08:00:00+07:00', [CAX]: '2026-06-12T08:00:00+07:00' };
  const result = checkReports(plan, inputs(saved), { asOf: FIXTURE_AS_OF, period });

  test('per office: completeness from the cells, saved time, on time', () => {
    const o = (n: string) => result.offices.find((x) => x.name === n)!;
    expect(o(VHXH)).toMatchObject({ submittedAt: saved[VHXH], onTime: true, review: { state: 'pending', reason: null } });
    expect(o(CAX)).toMatchObject({ submittedAt: saved[CAX], onTime: false });
    for (const x of result.offices) {
      expect(x.completeness!.filled).toBeLessThanOrEqual(x.completeness!.inputs);
      expect(x.completeness!.errors).toBe(result.issues.filter((i) => i.office === x.name && i.severity === 'error').length);
    }
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'REPORT_LATE', office: CAX, severity: 'info' }));
    expect(CheckResult.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  test('a decision holds while the data is the same; a change after approval is pending with a warning', () => {
    const review = readReview(summaryGrids(result, { [VHXH]: ['Đã duyệt'], [CAX]: ['Trả lại', 'Thiếu số liệu nhiệm vụ'] }), plan, period)!;
    expect(review.issues).toEqual([]);
    const again = checkReports(plan, inputs(saved), { asOf: FIXTURE_AS_OF, period, review });
    expect(again.offices.map((o) => [o.name, o.review])).toEqual(
      expect.arrayContaining([
        [VHXH, { state: 'approved', reason: null }],
        [CAX, { state: 'returned', reason: 'Thiếu số liệu nhiệm vụ' }],
      ]),
    );
    const reminders = buildReminders(plan, again);
    expect(reminders.find((r) => r.office === CAX)!.returned).toMatchObject({ reason: 'Thiếu số liệu nhiệm vụ', errors: again.issues.filter((i) => i.office === CAX && i.severity === 'error').length });

    // Any changed figure changes the fingerprint: here the office reports one more task under way.
    const changed = fixtureAnswers();
    const base = changed[VHXH];
    changed[VHXH] = { ...base, task: (t) => (t.key === 'I/6' ? { 'Tình trạng': 'Đang thực hiện' } : (base.task?.(t) ?? null)) };
    const after = checkReports(plan, inputs(saved, changed), { asOf: FIXTURE_AS_OF, period, review });
    expect(after.offices.find((o) => o.name === VHXH)!.review).toEqual({ state: 'pending', reason: null });
    expect(after.issues).toContainEqual(expect.objectContaining({ code: 'CHANGED_AFTER_APPROVAL', office: VHXH }));
    expect(after.offices.find((o) => o.name === CAX)!.review!.state).toBe('returned');
  });

  test('review sheet problems are issues at their cells, never a guess', () => {
    const grids = summaryGrids(result, { [VHXH]: ['ok rồi'] });
    const board = grids.find((g) => g.name === 'Tình hình báo cáo')!;
    board.values.push(['Phòng Không Có', null, null, null, null, null, null, null, null, null, null, 'Đã duyệt']);
    const review = readReview(grids, plan, period)!;
    expect(review.decisions.size).toBe(0);
    expect(review.issues.map((i) => [i.code, i.cell])).toEqual([
      ['REVIEW_UNKNOWN_DECISION', expect.stringMatching(/^L\d+$/)],
      ['REVIEW_UNKNOWN_OFFICE', `A${board.values.length}`],
    ]);
    expect(readReview(grids, plan, periodById('2026')!)!.issues.map((i) => i.code)).toEqual(['REVIEW_OTHER_PERIOD']);
    expect(readReview([grid('Phụ lục I', [['STT']])], plan, period)).toBeNull();
  });
});

test('previous period: matched by (section, stt); unmatched rows get null; same period warned', () => {
  const result = checkReports(plan, inputs(), { asOf: FIXTURE_AS_OF, period });
  const earlier: CheckResult = {
    ...result,
    period: periodById('2025')!,
    indicators: result.indicators.filter((i) => i.stt !== '6').map((i) => ({ ...i, value: i.value === null ? null : i.value - 1 })),
  };
  const w = withPrevious(result, earlier, 'ket-qua-2025.json');
  expect(w.issues).toEqual([]);
  for (const i of w.result.indicators) {
    if (i.stt === '6') expect(i.previous).toBeNull();
    else expect(i.previous).toEqual({ period: '2025', value: i.value === null ? null : i.value - 1, status: i.status });
  }
  expect(w.result.tasks.filter((t) => t.carriedForward).map((t) => t.stt)).toEqual(result.tasks.filter((t) => t.status !== 'done' && !t.recurring).map((t) => t.stt));
  expect(withPrevious(result, result, 'x.json').issues.map((i) => i.code)).toEqual(['PREVIOUS_SAME_PERIOD']);
  expect(renderSummary(w.result).map((s) => s.name)).toContain('So với kỳ trước');
  expect(renderSummary(result).map((s) => s.name)).not.toContain('So với kỳ trước');
});
