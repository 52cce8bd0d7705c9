// Issues as the pane, the sidebar, the terminal and the summary sheet list them: one group per office, the same order
// on every face, and the same bound on how many of one kind are listed (a report can carry 200,000 issues).
import type { Issue, IssueCode, Severity } from './issues';
import { t, type Lang } from './i18n/text';

/**
 * How many issues of one code one office lists before a single "N more" row. Errors get more room than warnings
 * (an error still needs someone's work), but both are bounded: 200,000 copies of one mistake help no officer, and
 * listing them froze the pane and took a minute to write. Every issue is still counted, and kept in the JSON result.
 */
export const ISSUE_LIST_CAP: Readonly<Record<Severity, number>> = { error: 100, warning: 20, info: 20 };

/** A row of an issue list: an issue, or the count of the issues of one office and code left out after the cap. */
export type IssueRow =
  | { kind: 'issue'; issue: Issue }
  | { kind: 'more'; office: string | null; code: IssueCode; severity: Severity; count: number; message: string };

export type IssueGroup = {
  office: string | null;
  /** Every issue of the office (errors, warnings, notes), for counts and for whoever wants them all. */
  issues: Issue[];
  errors: number;
  /** What a list shows: `issues` bounded per code by ISSUE_LIST_CAP, each cut marked by one `more` row. */
  rows: IssueRow[];
};

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The issues in their order, keeping the first ISSUE_LIST_CAP of each office and code. One `more` row per cut group
 * stands where the group's first left-out issue was, and counts all it left out. O(n): one pass, one map.
 */
export function capIssues(issues: readonly Issue[], lang: Lang = 'vi', cap: Readonly<Record<Severity, number>> = ISSUE_LIST_CAP): IssueRow[] {
  const rows: IssueRow[] = [];
  const seen = new Map<string, { n: number; more: Extract<IssueRow, { kind: 'more' }> | null }>();
  for (const issue of issues) {
    const key = `${issue.office ?? ''}\u0000${issue.code}`;
    const group = seen.get(key) ?? { n: 0, more: null };
    seen.set(key, group);
    group.n += 1;
    if (group.n <= cap[issue.severity]) {
      rows.push({ kind: 'issue', issue });
      continue;
    }
    if (!group.more) {
      group.more = { kind: 'more', office: issue.office, code: issue.code, severity: issue.severity, count: 0, message: '' };
      rows.push(group.more);
    }
    group.more.count += 1;
  }
  for (const row of rows) if (row.kind === 'more') row.message = moreText(row, lang);
  return rows;
}

function moreText(row: { count: number; code: IssueCode; severity: Severity }, lang: Lang): string {
  const count = lang === 'vi' ? row.count.toLocaleString('vi-VN') : row.count.toLocaleString('en-US');
  return t(lang, 'words.moreIssues', { count, code: row.code, severity: t(lang, `words.${row.severity}`) });
}

/**
 * One group per office, plus one (office null) for the plan and the workbook as a whole. Groups that hold an error
 * come first, since an error is what still needs someone's work; among equals, the plan's general group, then offices
 * in the plan's order (`offices`, the order of the summary's office sheet), then any other office in the order first
 * met. Inside a group: errors, warnings, then notes, each in the order the core listed them; `rows` bounds the list.
 */
export function groupIssuesByOffice(issues: Issue[], offices: readonly string[] = [], lang: Lang = 'vi'): IssueGroup[] {
  const groups = new Map<string | null, Issue[]>();
  // Pushed in place: a copy per issue made 200,000 issues of one office quadratic.
  for (const i of issues) {
    const list = groups.get(i.office);
    if (list) list.push(i);
    else groups.set(i.office, [i]);
  }
  const planOrder = new Map<string | null, number>([[null, -1], ...offices.map((o, k): [string, number] => [o, k])]);
  const seen = new Map([...groups.keys()].map((office, k) => [office, k]));
  const place = (office: string | null) => planOrder.get(office) ?? offices.length + (seen.get(office) ?? 0);
  return [...groups.entries()]
    .map(([office, list]) => {
      const xs = list.slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      return { office, issues: xs, errors: xs.filter((i) => i.severity === 'error').length, rows: capIssues(xs, lang) };
    })
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || place(a.office) - place(b.office));
}
