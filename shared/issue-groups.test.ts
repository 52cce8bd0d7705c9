import { groupIssuesByOffice } from './issue-groups';
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
