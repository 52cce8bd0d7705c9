import { capIssues, groupIssuesByOffice, ISSUE_LIST_CAP } from './issue-groups';
import { langFromLocale } from './locale';
import { issue, type Issue } from './issues';

const warn = (office: string | null): Issue => issue('warning', 'REPORT_LATE', { office }, { office: office ?? '' });
const err = (office: string | null): Issue => issue('error', 'NOT_A_NUMBER', { office, sheet: 'x', cell: 'E7' }, { cell: 'E7', sheet: 'x', value: 'a' });
const note = (office: string | null): Issue => issue('info', 'REVIEW_RESUBMITTED', { office }, { office: office ?? '' });

test('groups with errors first; among equals general, then plan order, then unknown offices as met; errors first inside', () => {
  const offices = ['Công an xã', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'];
  const groups = groupIssuesByOffice(
    [warn('Phòng Văn hóa - Xã hội'), note('Ban lạ'), warn(null), note('Phòng Kinh tế'), err('Phòng Kinh tế'), warn('Công an xã'), err('Phòng Văn hóa - Xã hội')],
    offices,
  );
  expect(groups.map((g) => g.office)).toEqual(['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', null, 'Công an xã', 'Ban lạ']);
  expect(groups.map((g) => g.errors)).toEqual([1, 1, 0, 0, 0]);
  expect(groups[0].issues.map((i) => i.severity)).toEqual(['error', 'info']);
  expect(groups[1].issues.map((i) => i.severity)).toEqual(['error', 'warning']);
  expect(groupIssuesByOffice([])).toEqual([]);
});

test('without the plan order: offices in the order the issues meet them, general first among equals', () => {
  expect(groupIssuesByOffice([warn('B'), warn('A'), warn(null), err('C')]).map((g) => g.office)).toEqual(['C', null, 'B', 'A']);
});

test('English only for an English locale', () => {
  expect(['en', 'en-US', 'EN_gb', ' en-GB'].map(langFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  expect(['vi', 'vi-VN', '', null, undefined, 'fr-FR', 'de-EN'].map(langFromLocale)).toEqual(Array(7).fill('vi'));
});

const bad = (office: string | null, k: number): Issue => issue('error', 'NOT_A_NUMBER', { office, sheet: 'x', cell: `E${k}` }, { cell: `E${k}`, text: 'a', example: '1' });

test('capIssues keeps the first ISSUE_LIST_CAP of each office and code, then one row counting the rest where the cut falls', () => {
  const cap = ISSUE_LIST_CAP.error;
  const issues = [...Array.from({ length: cap + 150 }, (_, k) => bad('A', k)), warn('A'), ...Array.from({ length: 3 }, (_, k) => bad('B', k))];
  const rows = capIssues(issues);
  expect(rows.filter((r) => r.kind === 'issue').length).toBe(cap + 1 + 3);
  const more = rows.filter((r) => r.kind === 'more');
  expect(more).toHaveLength(1);
  expect(more[0]).toMatchObject({ office: 'A', code: 'NOT_A_NUMBER', severity: 'error', count: 150 });
  expect(rows.indexOf(more[0])).toBe(cap);
  // The kept ones are the first ones, in order.
  expect(rows.slice(0, cap).map((r) => (r.kind === 'issue' ? r.issue.cell : null))).toEqual(issues.slice(0, cap).map((i) => i.cell));
  expect(capIssues(issues.slice(0, cap)).every((r) => r.kind === 'issue')).toBe(true);
});

test('warnings are cut sooner than errors; each office and code on its own', () => {
  const lateA = Array.from({ length: ISSUE_LIST_CAP.warning + 5 }, () => warn('A'));
  const lateB = Array.from({ length: ISSUE_LIST_CAP.warning + 1 }, () => warn('B'));
  const rows = capIssues([...lateA, ...lateB]);
  expect(rows.filter((r) => r.kind === 'more').map((r) => (r.kind === 'more' ? [r.office, r.count] : null))).toEqual([['A', 5], ['B', 1]]);
});

test('200,000 issues: every one counted in its group, the lists bounded by offices × codes', () => {
  const issues: Issue[] = [];
  for (let k = 0; k < 200_000; k++) issues.push(k % 2 ? bad('A', k) : warn(k % 10 ? 'A' : 'B'));
  const groups = groupIssuesByOffice(issues, ['A', 'B']);
  expect(groups.map((g) => g.issues.length)).toEqual([180_000, 20_000]);
  expect(groups.map((g) => g.rows.length)).toEqual([ISSUE_LIST_CAP.error + 1 + ISSUE_LIST_CAP.warning + 1, ISSUE_LIST_CAP.warning + 1]);
  const counted = groups.flatMap((g) => g.rows).reduce((n, r) => n + (r.kind === 'more' ? r.count : 1), 0);
  expect(counted).toBe(200_000);
});
