import { nearestPeriod, parsePeriod, periodById, todayInVietnam } from './period';
import { importPlan } from './import-plan';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { grid, table } from '../../test/table';

test.each([
  ['2026-H1', '2026-H1', '2026-06-10'],
  ['2026', '2026', '2026-12-05'],
  ['6 tháng đầu năm 2026', '2026-H1', '2026-06-10'],
  ['Năm 2026', '2026', '2026-12-05'],
  ['cả năm 2025', '2025', '2025-12-05'],
])('parsePeriod(%s)', (text, id, due) => {
  expect(parsePeriod(text)).toMatchObject({ id, due });
});

test('the nearest period to the as-of date', () => {
  expect(nearestPeriod('2026-07-15').id).toBe('2026-H1');
  expect(nearestPeriod('2026-11-23').id).toBe('2026');
  expect(nearestPeriod('2027-01-10').id).toBe('2026');
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
});
