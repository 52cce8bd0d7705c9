import { clip } from './messages';

test.each([
  ['Đầu tư triển khai ứng dụng trí tuệ nhân tạo hẹp phục vụ các nhiệm vụ quản lý nhà nước', 40, 'Đầu tư triển khai ứng dụng trí tuệ…'],
  ['ngắn', 40, 'ngắn'],
  ['Mộttừrấtdàikhôngcókhoảngtrắngnàocả', 10, 'Mộttừrấtd…'],
])('clip(%s, %d)', (text, max, expected) => {
  expect(clip(text, max)).toBe(expected);
  expect(clip(text, max).length).toBeLessThanOrEqual(max);
});

import { IssueCode, localiseIssues } from './issues';
import { messageCodes } from './messages';
import { importPlan } from './plan/import-plan';
import { checkReports } from './check';
import { fixturePlanGrids } from '../test/fixture-plan';

test('every issue code has a Vietnamese and an English message, and no message is left without its code', () => {
  expect(messageCodes('vi').sort()).toEqual([...IssueCode.options].sort());
  expect(messageCodes('en').sort()).toEqual([...IssueCode.options].sort());
});

test('no placeholder is left unfilled, in either language', () => {
  const plan = importPlan(fixturePlanGrids()).plan!;
  const result = checkReports(plan, [{ file: 'x.xlsx', failure: { reason: 'encrypted', detail: '' } }], { asOf: '2026-07-15' });
  expect(result.issues.length).toBeGreaterThan(5);
  for (const lang of ['vi', 'en'] as const) {
    for (const i of localiseIssues(result.issues, lang)) expect(i.message).not.toMatch(/\{\w+\}|@(task|indicator)/);
  }
});
