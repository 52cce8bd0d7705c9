// What the command line prints: issues grouped by office, a short summary, progress on stderr.
import type { CheckResult } from '../shared/schemas/result';
import type { Issue } from '../shared/issues';
import { words, type Lang } from '../shared/messages';
import { formatDateVi } from '../shared/text/deadlines';
import { t } from '../shared/i18n/text';

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

export function printIssues(io: Io, issues: Issue[], lang: Lang): void {
  const w = words[lang];
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const k = i.office ?? t(lang, 'cli.general');
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  for (const [office, list] of groups) {
    io.out(`\n${office}`);
    for (const i of list) {
      const where = [i.file, i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet].filter(Boolean).join(' ');
      io.out(`  [${w[i.severity]}] ${i.code}${where ? ` ${where}` : ''}: ${i.message}`);
    }
  }
}

export function printSummary(io: Io, result: CheckResult, lang: Lang): void {
  const w = words[lang];
  const c = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  io.out(t(lang, 'cli.summaryPeriod', { period: result.period.label, asOf: formatDateVi(result.asOf), reported: c(result.offices, (o) => o.reported), total: result.offices.length }));
  io.out(
    `${t(lang, 'cli.indicators')}: ${w.met} ${c(result.indicators, (i) => i.status === 'met')}, ${w.missed} ${c(result.indicators, (i) => i.status === 'missed')}, ${w.no_data} ${c(result.indicators, (i) => i.status === 'no_data')}, ${w.needs_judgement} ${c(result.indicators, (i) => i.status === 'needs_judgement')}.`,
  );
  io.out(
    `${t(lang, 'cli.tasks')}: ${w.done} ${c(result.tasks, (t) => t.status === 'done')}, ${w.in_progress} ${c(result.tasks, (t) => t.status === 'in_progress')}, ${w.not_started} ${c(result.tasks, (t) => t.status === 'not_started')}, ${w.no_report} ${c(result.tasks, (t) => t.status === 'no_report')}; ${w.overdue} ${c(result.tasks, (t) => t.overdue)}.`,
  );
  io.out(`${w.error}: ${c(result.issues, (i) => i.severity === 'error')}, ${w.warning}: ${c(result.issues, (i) => i.severity === 'warning')}.`);
}
