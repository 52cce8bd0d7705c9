// What the command line prints: issues grouped by office, a short summary, progress on stderr.
import type { CheckResult } from '../shared/schemas/result';
import type { Issue } from '../shared/issues';
import { words, type Lang } from '../shared/messages';

export type Io = { out: (s: string) => void; err: (s: string) => void };

export const consoleIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

export function printIssues(io: Io, issues: Issue[], lang: Lang): void {
  const w = words[lang];
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const k = i.office ?? (lang === 'vi' ? '(chung)' : '(general)');
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
  const vi = lang === 'vi';
  io.out(
    vi
      ? `Kỳ ${result.period.label}, tính đến ${result.asOf}: ${c(result.offices, (o) => o.reported)}/${result.offices.length} đơn vị đã báo cáo.`
      : `Period ${result.period.label}, as of ${result.asOf}: ${c(result.offices, (o) => o.reported)}/${result.offices.length} offices reported.`,
  );
  io.out(
    `${vi ? 'Chỉ tiêu' : 'Indicators'}: ${w.met} ${c(result.indicators, (i) => i.status === 'met')}, ${w.missed} ${c(result.indicators, (i) => i.status === 'missed')}, ${w.no_data} ${c(result.indicators, (i) => i.status === 'no_data')}, ${w.needs_judgement} ${c(result.indicators, (i) => i.status === 'needs_judgement')}.`,
  );
  io.out(
    `${vi ? 'Nhiệm vụ' : 'Tasks'}: ${w.done} ${c(result.tasks, (t) => t.status === 'done')}, ${w.in_progress} ${c(result.tasks, (t) => t.status === 'in_progress')}, ${w.not_started} ${c(result.tasks, (t) => t.status === 'not_started')}, ${w.no_report} ${c(result.tasks, (t) => t.status === 'no_report')}; ${w.overdue} ${c(result.tasks, (t) => t.overdue)}.`,
  );
  io.out(`${w.error}: ${c(result.issues, (i) => i.severity === 'error')}, ${w.warning}: ${c(result.issues, (i) => i.severity === 'warning')}.`);
}
