// The status line every screen shows: every status with its count, in the chosen language's words.
import type { CheckResult } from '../schemas/result';
import { words } from '../messages';
import { statusLine } from './status-counts';

const result = {
  indicators: [{ status: 'met' }, { status: 'met' }, { status: 'missed' }],
  tasks: [{ status: 'done', overdue: false }, { status: 'in_progress', overdue: true }],
} as unknown as CheckResult;

test.each(['vi', 'en'] as const)('%s: counts in the shared words, no placeholder left', (lang) => {
  const line = statusLine(result, lang);
  expect(line).not.toMatch(/\{\w+\}/);
  expect(line).toContain(`${words[lang].met} 2`);
  expect(line).toContain(`${words[lang].missed} 1`);
  expect(line).toContain(`${words[lang].overdue} 1`);
  expect(line).toContain(`${words[lang].no_report} 0`);
});
