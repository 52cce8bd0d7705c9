import { choosePeriod, nearestPeriod, parsePeriod, periodById, periodChoices, periodLabel, periodSpan, todayInVietnam } from './period';
import { readPeriodList } from './period-sheet';
import { importPlan } from './import-plan';
import { resolvePeriod } from '../check';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { grid, table } from '../../test/table';

// Every period form: id, canonical id, default due date, Vietnamese and English labels.
test.each([
  ['2026-H1', '2026-H1', '2026-06-10', '6 tháng đầu năm 2026', 'First half of 2026'],
  ['2026-h2', '2026-H2', '2026-12-05', '6 tháng cuối năm 2026', 'Second half of 2026'],
  ['2026', '2026', '2026-12-05', 'Năm 2026', 'Year 2026'],
  ['2026-Q1', '2026-Q1', '2026-03-14', 'Quý I năm 2026', 'Q1 2026'],
  ['2026-Q2', '2026-Q2', '2026-06-14', 'Quý II năm 2026', 'Q2 2026'],
  ['2026-q3', '2026-Q3', '2026-09-14', 'Quý III năm 2026', 'Q3 2026'],
  ['2026-Q4', '2026-Q4', '2026-12-14', 'Quý IV năm 2026', 'Q4 2026'],
  ['2026-01', '2026-01', '2026-01-14', 'Tháng 1 năm 2026', 'January 2026'],
  ['2026-07', '2026-07', '2026-07-14', 'Tháng 7 năm 2026', 'July 2026'],
  ['2026-12', '2026-12', '2026-12-14', 'Tháng 12 năm 2026', 'December 2026'],
])('period %s', (id, canonical, due, vi, en) => {
  expect(periodById(id)).toEqual({ id: canonical, label: vi, due });
  expect(periodLabel(canonical, 'en')).toBe(en);
  // A form's 'Kỳ báo cáo:' cell holds the label: it reads back to the same period.
  expect(parsePeriod(vi)).toEqual({ id: canonical, label: vi, due });
  expect(parsePeriod(en)?.id === canonical || /January|July|December/.test(en)).toBe(true);
});

test.each(['2026-H3', '2026-Q5', '2026-Q0', '2026-13', '2026-00', '26-H1', '2026-7', 'H1', ''])('not a period: %s', (id) => {
  expect(periodById(id)).toBeNull();
  expect(parsePeriod(id)).toBeNull();
});

test.each([
  ['6 tháng đầu năm 2026', '2026-H1'],
  ['6 tháng cuối năm 2026', '2026-H2'],
  ['Sáu tháng cuối năm 2026', '2026-H2'],
  ['Báo cáo 6 tháng năm 2026', '2026-H1'],
  ['Năm 2026', '2026'],
  ['cả năm 2025', '2025'],
  ['Quý III năm 2026', '2026-Q3'],
  ['Quý 3/2026', '2026-Q3'],
  ['QUÝ IV/2026', '2026-Q4'],
  ['Tháng 7 năm 2026', '2026-07'],
  ['tháng 07/2026', '2026-07'],
  ['Tháng 12/2026', '2026-12'],
  ['6 thang dau nam 2026', '2026-H1'],
])('parsePeriod(%s)', (text, id) => {
  expect(parsePeriod(text)?.id).toBe(id);
});

test.each(['Quý V năm 2026', 'Tháng 13 năm 2026', 'Kỳ này', 'năm ngoái'])('not a period label: %s', (text) => {
  expect(parsePeriod(text)).toBeNull();
});

test.each([
  ['2026-H1', '2026-01-01', '2026-06-30'],
  ['2026-H2', '2026-07-01', '2026-12-31'],
  ['2026', '2026-01-01', '2026-12-31'],
  ['2026-Q3', '2026-07-01', '2026-09-30'],
  ['2028-02', '2028-02-01', '2028-02-29'],
])('periodSpan(%s)', (id, start, end) => {
  expect(periodSpan(id)).toEqual({ start, end });
});

test('a due date given with the period overrides the default', () => {
  expect(parsePeriod('Quý III năm 2026', '2026-09-20')).toMatchObject({ id: '2026-Q3', due: '2026-09-20' });
});

test.each([
  // Only H1 and the year compete by default: quarters and months would always be nearer.
  ['2026-07-15', '2026-H1'],
  ['2026-11-23', '2026'],
  ['2027-01-10', '2026'],
  ['2026-03-01', '2025'],
  ['2026-09-07', '2026-H1'],
  ['2026-09-08', '2026'],
])('the nearest period to %s is %s', (asOf, id) => {
  expect(nearestPeriod(asOf).id).toBe(id);
});

test('listed periods are the candidates for the nearest', () => {
  const listed = ['2026-Q2', '2026-Q3', '2026'].map((id) => periodById(id)!);
  expect(nearestPeriod('2026-07-15', listed).id).toBe('2026-Q2');
  expect(nearestPeriod('2026-08-20', listed).id).toBe('2026-Q3');
  expect(choosePeriod(null, listed, '2026-11-30').id).toBe('2026');
  // Asked for a listed period: its listed due date; not listed: the default one.
  expect(choosePeriod(periodById('2026-Q3'), [periodById('2026-Q3', '2026-09-25')!], '2026-01-01').due).toBe('2026-09-25');
  expect(choosePeriod(periodById('2026-07'), listed, '2026-01-01').due).toBe('2026-07-14');
});

test('today in Asia/Ho_Chi_Minh: 20:00 UTC is already the next day', () => {
  expect(todayInVietnam(new Date('2026-06-09T20:00:00Z'))).toBe('2026-06-10');
  expect(todayInVietnam(new Date('2026-06-09T16:59:00Z'))).toBe('2026-06-09');
});

test('a "Kỳ báo cáo" sheet sets the period and its due date', () => {
  const g = grid('Kỳ báo cáo', table`
    | Kỳ báo cáo: | 6 tháng đầu năm 2026 |
    | Hạn nộp: | 15/06/2026 |
  `);
  const plan = importPlan([...fixturePlanGrids(), g]).plan!;
  expect(plan.period).toEqual({ ...periodById('2026-H1')!, due: '2026-06-15' });
  expect(resolvePeriod(plan, '2026-11-30').id).toBe('2026-H1');
});

// Overrides from the 'Kỳ báo cáo' sheet, in each layout communes use.
test.each([
  [
    'label pairs, one period after another',
    table`
      | Kỳ báo cáo: | 2026-H1 |
      | Hạn nộp: | 12/06/2026 |
      | Kỳ báo cáo: | 6 tháng cuối năm 2026 |
      | Hạn nộp: | 01/12/2026 |
      | Kỳ báo cáo: | Quý III năm 2026 |
    `,
    [['2026-H1', '2026-06-12'], ['2026-H2', '2026-12-01'], ['2026-Q3', '2026-09-14']],
  ],
  [
    'pairs in one row',
    table`
      | Kỳ báo cáo: | Tháng 7 năm 2026 | Hạn nộp: | 20/07/2026 |
      | Kỳ báo cáo: 2026 | | Hạn nộp: 30/11/2026 | |
    `,
    [['2026-07', '2026-07-20'], ['2026', '2026-11-30']],
  ],
  [
    'a table with a header row',
    table`
      | DANH SÁCH KỲ BÁO CÁO | |
      | Kỳ báo cáo | Hạn nộp |
      | 2026-Q1 | 16/03/2026 |
      | 6 tháng đầu năm 2026 | |
      | Quý III/2026 | 18/09/2026 |
    `,
    [['2026-Q1', '2026-03-16'], ['2026-H1', '2026-06-10'], ['2026-Q3', '2026-09-18']],
  ],
])('Kỳ báo cáo sheet: %s', (_name, values, expected) => {
  const listed = readPeriodList([grid('Kỳ báo cáo', values)]);
  expect(listed.map((p) => [p.id, p.due])).toEqual(expected);
  const plan = importPlan([...fixturePlanGrids(), grid('Kỳ báo cáo', values)]).plan!;
  expect(plan.periods?.map((p) => p.id)).toEqual(expected.map((e) => e[0]));
  // The listed due date stands when that period is asked for by --period.
  for (const [id, due] of expected) expect(resolvePeriod(plan, '2026-01-01', periodById(id)).due).toBe(due);
});

test('a date cell (not text) after Hạn nộp is read with its format', () => {
  const listed = readPeriodList([grid('Kỳ báo cáo', [['Kỳ báo cáo:', '2026-Q2'], ['Hạn nộp:', new Date(Date.UTC(2026, 5, 20))]])]);
  expect(listed).toEqual([{ ...periodById('2026-Q2')!, due: '2026-06-20' }]);
});

test('a form sheet is never read as the period sheet', () => {
  expect(readPeriodList([grid('Công an xã', table`
    | Đơn vị báo cáo: | Công an xã |
    | Kỳ báo cáo: | Quý III năm 2026 |
  `)])).toEqual([]);
});

test('the periods a pane offers: this year and last, every form, each parsing back', () => {
  const choices = periodChoices('2026-07-15');
  expect(choices).toHaveLength(2 * 19);
  expect(choices.slice(0, 4).map((c) => c.id)).toEqual(['2026-H1', '2026-H2', '2026', '2026-Q1']);
  for (const c of choices) expect(parsePeriod(c.label)?.id).toBe(c.id);
  expect(periodChoices('2026-07-15', 'en')[2].label).toBe('Year 2026');
});
