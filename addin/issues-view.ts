// The issues list: grouped by office, errors first, each with a button that selects its cell. Text only via textContent.
import { groupIssuesByOffice, type Issue, type Lang } from '../shared';
import { say } from './pane-words';
import { el } from './dom';

/** `offices`: the plan's offices in order, when known (the core's grouping puts them in that order). */
export function renderIssues(container: HTMLElement, issues: Issue[], lang: Lang, onSelect: (sheet: string, cell: string) => void, offices: readonly string[] = []): void {
  container.replaceChildren();
  container.append(el('h2', 'issues-title', say(lang, 'issuesTitle', { count: issues.length })));
  if (issues.length === 0) {
    container.append(el('p', 'empty', say(lang, 'noIssues')));
    return;
  }
  // The core bounds each list (per office and code, one "N more" row per cut): 200,000 issues stay a short page.
  for (const group of groupIssuesByOffice(issues, offices, lang)) {
    const details = el('details', 'group');
    // Errors need the office's attention: open; warnings only stay folded under their count.
    details.open = group.errors > 0;
    const summary = el('summary');
    summary.append(el('span', 'office', group.office ?? say(lang, 'generalGroup')));
    const badge = el('span', group.errors > 0 ? 'count has-errors' : 'count', String(group.issues.length));
    summary.append(badge);
    details.append(summary);
    const list = el('ul', 'issues');
    for (const row of group.rows) {
      if (row.kind === 'more') {
        const more = el('li', `issue more ${row.severity}`);
        more.dataset.code = row.code;
        more.dataset.more = String(row.count);
        more.append(el('span', 'message', row.message));
        list.append(more);
        continue;
      }
      const issue = row.issue;
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
