// The counts every screen shows, from the core: offices, issues, and the status line in the chosen language's words.
import { issueCounts, officeCounts, statusLine } from './status-counts';
import { checkReports } from '../check';
import { importPlan } from '../plan/import-plan';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { FIXTURE_AS_OF } from '../../test/fixture-reports';
import type { CheckResult } from '../schemas/result';
import { words } from '../messages';

const plan = importPlan(fixturePlanGrids()).plan!;
const result = checkReports(plan, [], { asOf: FIXTURE_AS_OF });

test('offices reported, their tone, and the offices with no mail address; issues by severity', () => {
  const none = officeCounts(result);
  expect(none).toMatchObject({ reported: 0, total: plan.offices.length, tone: 'warn' });
  const [a, b, ...rest] = result.offices;
  const all: CheckResult = { ...result, offices: [{ ...a, reported: true, emails: [] }, { ...b, reported: true, emails: ['x@y.vn'] }, ...rest.map((o) => ({ ...o, reported: true, emails: undefined }))] };
  expect(officeCounts(all)).toEqual({ reported: plan.offices.length, total: plan.offices.length, tone: 'good', noAddress: [a.name] });
  const sev = (severity: 'error' | 'warning' | 'info') => ({ severity });
  expect(issueCounts([sev('error'), sev('warning'), sev('warning'), sev('info')])).toEqual({ error: 1, warning: 2, info: 1 });
});

const few = {
  indicators: [{ status: 'met' }, { status: 'met' }, { status: 'missed' }],
  tasks: [{ status: 'done', overdue: false }, { status: 'in_progress', overdue: true }],
} as unknown as CheckResult;

test.each(['vi', 'en'] as const)('%s: counts in the shared words, no placeholder left', (lang) => {
  const line = statusLine(few, lang);
  expect(line).not.toMatch(/\{\w+\}/);
  expect(line).toContain(`${words[lang].met} 2`);
  expect(line).toContain(`${words[lang].missed} 1`);
  expect(line).toContain(`${words[lang].overdue} 1`);
  expect(line).toContain(`${words[lang].no_report} 0`);
});
