// Problems found in a plan or a report, as data: the core keeps reading and returns them all at once.
import { z } from 'zod';
import { readFailureText, render, type Lang } from './messages';

/** Issues about one input cell an office filled (or should have). */
const CELL_CODES = [
  'NOT_A_NUMBER',
  'PERCENT_OUT_OF_RANGE',
  'PERCENT_FORMAT_OVER_100',
  'NEGATIVE_NUMBER',
  'NOT_WHOLE_NUMBER',
  'NUMERATOR_OVER_DENOMINATOR',
  'DENOMINATOR_ZERO',
  'FRACTION_INCOMPLETE',
  'FRACTION_MISMATCH',
  'NO_DATA',
  'INVALID_JUDGEMENT',
  'INVALID_STATUS',
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'DATE_WITHOUT_DONE',
  'NO_STATUS',
] as const;

export const IssueCode = z.enum([
  // plan
  'PLAN_UNREADABLE',
  'PLAN_NO_INDICATOR_TABLE',
  'PLAN_NO_TASK_TABLE',
  'PLAN_DUPLICATE_CODE',
  'PLAN_ROW_WITHOUT_SECTION',
  'PLAN_UNKNOWN_DEADLINE',
  'PLAN_NO_LEAD_OFFICE',
  'PLAN_UNKNOWN_OFFICE',
  'PLAN_UNKNOWN_TARGET',
  'OUTPUT_NAME_TAKEN',
  // a report as a whole
  'REPORT_UNREADABLE',
  'REPORT_NO_TABLE',
  'REPORT_UNKNOWN_OFFICE',
  'REPORT_EMPTY',
  'REPORT_OTHER_PLAN',
  'REPORT_OTHER_PERIOD',
  'REPORT_DUPLICATE_ENTRY',
  'REPORT_UNKNOWN_ROW',
  'REPORT_NOT_LEAD',
  'REPORT_PLAN_EDITED',
  'REPORT_PLAN_ROW_MISSING',
  ...CELL_CODES,
  // consolidation
  'TARGET_MISSED',
  'NEEDS_JUDGEMENT',
  'CONFLICT',
  'LEAD_NOT_REPORTED',
  'TASK_OVERDUE',
  'OFFICE_NOT_REPORTED',
  // second round: real material (issue 10)
  'SUPERSEDED_REPORT',
  'APPROXIMATE_VALUE',
  'RATE_TYPED_AS_FRACTION',
  'COUNT_IN_PERCENT_CELL',
  'DONE_WITHOUT_DATE',
  'PLAN_LEAD_READ_AS',
  'PLAN_CODE_AS_NUMBER',
  'PLAN_DEADLINE_FROM_FORMAT',
  'PLAN_TARGET_FROM_FORMAT',
  'PLAN_IS_REPORT_FORM',
  'PLAN_IS_SUMMARY',
  'PLAN_NO_APPENDIX',
  // the reporting cycle: earlier period, timeliness, review by the standing office
  'PREVIOUS_SAME_PERIOD',
  'PREVIOUS_OTHER_PLAN',
  'REPORT_LATE',
  'CHANGED_AFTER_APPROVAL',
  'REPORT_RETURNED',
  'REVIEW_RESUBMITTED',
  'REVIEW_UNKNOWN_DECISION',
  'REVIEW_UNKNOWN_OFFICE',
  'REVIEW_OTHER_PERIOD',
]);
export type IssueCode = z.infer<typeof IssueCode>;

/** Issues about an input cell an office can fill or fix (the guided form walks these). */
export const INPUT_CELL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([...CELL_CODES, 'NEEDS_JUDGEMENT']);

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Issue = z.object({
  severity: Severity,
  code: IssueCode,
  office: z.string().nullable(),
  file: z.string().nullable(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
  /** The same message in English (added field; `message` follows the chosen language). */
  messageEn: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Issue = z.infer<typeof Issue>;

export type IssueParams = Record<string, string | number>;

export type IssueWhere = { office?: string | null; file?: string | null; sheet?: string | null; cell?: string | null };

/** Builds an issue with both languages rendered from the one message table. */
export function issue(severity: Severity, code: IssueCode, where: IssueWhere, params: IssueParams = {}, lang: Lang = 'vi'): Issue {
  const vi = render(code, params, 'vi');
  const en = render(code, typeof params.reason === 'string' ? { ...params, detail: readFailureText(params.reason, 'en') } : params, 'en');
  return {
    severity,
    code,
    office: where.office ?? null,
    file: where.file ?? null,
    sheet: where.sheet ?? null,
    cell: where.cell ?? null,
    message: lang === 'en' ? en : vi,
    messageEn: en,
    params,
  };
}

/** Re-renders messages in another language (the CLI's --lang en). */
export function localiseIssues(issues: Issue[], lang: Lang): Issue[] {
  return issues.map((i) => {
    const params = { ...(i.params ?? {}) };
    // A read failure's detail is itself a phrase in the chosen language.
    if (typeof params.reason === 'string') params.detail = readFailureText(params.reason, lang);
    return { ...i, message: render(i.code, params, lang) };
  });
}

export function hasErrors(issues: Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
