// What the command line prints: issues grouped by office, a short summary, progress on stderr.
import {
  type CheckResult,
  type Issue,
  words,
  type Lang,
  formatDateVi,
  groupIssuesByOffice,
  issueCounts,
  officeCounts,
  statusCounts,
  type StatusCount,
  t,
} from '../shared';

export type Io = { out: (s: string) => void; err: (s: string) => void };

/** Escape sequences (CSI `ESC [ … m`, OSC `ESC ] … BEL`, and two-character ones) as a whole, not just their ESC. */
const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u009C]*(?:\u0007|\u009C)?/g;
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi controls that reorder what follows them. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text safe to print on a terminal: an office's cell or file name can hold escape sequences that retitle the
 * window, clear the screen or hide the lines above; they and every other control character are removed.
 */
export function terminalText(s: string): string {
  return s.replace(ESCAPES, '').replace(CONTROLS, '');
}

export const consoleIo: Io = {
  out: (s) => process.stdout.write(`${terminalText(s)}\n`),
  err: (s) => process.stderr.write(`${terminalText(s)}\n`),
};

/** Grouped by office as the pane and the sidebar group them (`offices`: the plan's order). */
export function printIssues(io: Io, issues: Issue[], lang: Lang, offices: readonly string[] = []): void {
  const w = words[lang];
  // Bounded as the summary's sheet and the pane (per office and code); the JSON result keeps every issue.
  for (const { office, rows } of groupIssuesByOffice(issues, offices, lang)) {
    io.out(`\n${office ?? t(lang, 'cli.general')}`);
    for (const row of rows) {
      if (row.kind === 'more') {
        io.out(`  [${w[row.severity]}] ${row.code}: ${row.message}`);
        continue;
      }
      const i = row.issue;
      const where = [i.file, i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet].filter(Boolean).join(' ');
      io.out(`  [${w[i.severity]}] ${i.code}${where ? ` ${where}` : ''}: ${i.message}`);
    }
  }
}

export function printSummary(io: Io, result: CheckResult, lang: Lang): void {
  const w = words[lang];
  // Every count from the core; this only lays them out.
  const counts = statusCounts(result, lang);
  const offices = officeCounts(result);
  const issues = issueCounts(result.issues);
  const list = (xs: StatusCount[]) => xs.map((x) => `${x.word} ${x.count}`).join(', ');
  io.out(t(lang, 'cli.summaryPeriod', { period: result.period.label, asOf: formatDateVi(result.asOf), reported: offices.reported, total: offices.total }));
  io.out(`${t(lang, 'cli.indicators')}: ${list(counts.indicators)}.`);
  io.out(`${t(lang, 'cli.tasks')}: ${list(counts.tasks.slice(0, -1))}; ${list(counts.tasks.slice(-1))}.`);
  io.out(`${w.error}: ${issues.error}, ${w.warning}: ${issues.warning}.`);
}
