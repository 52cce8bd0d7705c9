// Issues as the pane and the sidebar list them: one group per office, the same order on both faces.
import type { Issue } from './issues';

export type IssueGroup = { office: string | null; issues: Issue[]; errors: number };

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * One group per office, plus one (office null) for the plan and the workbook as a whole. Groups that hold an error
 * come first, since an error is what still needs someone's work; among equals, the plan's general group, then offices
 * in the plan's order (`offices`, the order of the summary's office sheet), then any other office in the order first
 * met. Inside a group: errors, warnings, then notes, each in the order the core listed them.
 */
export function groupIssuesByOffice(issues: Issue[], offices: readonly string[] = []): IssueGroup[] {
  const groups = new Map<string | null, Issue[]>();
  for (const i of issues) groups.set(i.office, [...(groups.get(i.office) ?? []), i]);
  const planOrder = new Map<string | null, number>([[null, -1], ...offices.map((o, k): [string, number] => [o, k])]);
  const seen = [...groups.keys()];
  const place = (office: string | null) => planOrder.get(office) ?? offices.length + seen.indexOf(office);
  return seen
    .map((office) => {
      const xs = groups.get(office)!.slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      return { office, issues: xs, errors: xs.filter((i) => i.severity === 'error').length };
    })
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || place(a.office) - place(b.office));
}
