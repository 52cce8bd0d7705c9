// The issues list: grouped by office, errors first, each with a button that selects its cell. Text only via textContent.
import type { Issue, Lang } from '../shared';
import { say } from './pane-words';
import { el } from './dom';

const RANK = { error: 0, warning: 1, info: 2 } as const;

const hasErrors = (xs: Issue[]) => xs.some((i) => i.severity === 'error');

/**
 * One group per office (issues about the plan or the workbook as a whole in one more group): groups with errors
 * first, otherwise in the order the core listed them; inside a group, errors before warnings before notes.
 */
export function groupByOffice(issues: Issue[]): Array<{ office: string | null; issues: Issue[] }> {
  const groups = new Map<string | null, Issue[]>();
  for (const i of issues) groups.set(i.office, [...(groups.get(i.office) ?? []), i]);
  return [...groups]
    .map(([office, xs]) => ({ office, issues: xs.slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]) }))
    .sort((a, b) => Number(hasErrors(b.issues)) - Number(hasErrors(a.issues)));
}

export function renderIssues(container: HTMLElement, issues: Issue[], lang: Lang, onSelect: (sheet: string, cell: string) => void): void {
  container.replaceChildren();
  container.append(el('h2', 'issues-title', say(lang, 'issuesTitle', { count: issues.length })));
  if (issues.length === 0) {
    container.append(el('p', 'empty', say(lang, 'noIssues')));
    return;
  }
  for (const group of groupByOffice(issues)) {
    const details = el('details', 'group');
    // Errors need the office's attention: open; warnings only stay folded under their count.
    details.open = hasErrors(group.issues);
    const summary = el('summary');
    summary.append(el('span', 'office', group.office ?? say(lang, 'generalGroup')));
    const badge = el('span', hasErrors(group.issues) ? 'count has-errors' : 'count', String(group.issues.length));
    summary.append(badge);
    details.append(summary);
    const list = el('ul', 'issues');
    for (const issue of group.issues) {
      const item = el('li', `issue ${issue.severity}`);
      item.dataset.code = issue.code;
      item.append(el('span', 'severity', say(lang, issue.severity)));
      item.append(el('span', 'message', issue.message));
      if (issue.sheet && issue.cell) {
        const sheet = issue.sheet;
        const cell = issue.cell;
        const link = el('button', 'cell-link', `${sheet}!${cell}`);
        link.type = 'button';
        link.title = say(lang, 'goTo');
        link.dataset.sheet = sheet;
        link.dataset.cell = cell;
        link.addEventListener('click', () => onSelect(sheet, cell));
        item.append(link);
      }
      list.append(item);
    }
    details.append(list);
    container.append(details);
  }
}
