// How many indicators and tasks stand in each status, in the words every screen must use (contract §5).
import type { CheckResult } from '../schemas/result';
import { words, type Lang } from '../messages';
import { t } from '../i18n/text';

export type StatusCount = { status: string; word: string; count: number; tone: 'good' | 'bad' | 'warn' | 'plain' };

/** Every status, zero counts included, so no status is ever missing from a screen; 'Quá hạn' counts overdue tasks. */
export function statusCounts(result: CheckResult, lang: Lang): { indicators: StatusCount[]; tasks: StatusCount[] } {
  const w = words[lang];
  const n = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  return {
    indicators: [
      { status: 'met', word: w.met, count: n(result.indicators, (i) => i.status === 'met'), tone: 'good' },
      { status: 'missed', word: w.missed, count: n(result.indicators, (i) => i.status === 'missed'), tone: 'bad' },
      { status: 'no_data', word: w.no_data, count: n(result.indicators, (i) => i.status === 'no_data'), tone: 'warn' },
      { status: 'needs_judgement', word: w.needs_judgement, count: n(result.indicators, (i) => i.status === 'needs_judgement'), tone: 'warn' },
    ],
    tasks: [
      { status: 'done', word: w.done, count: n(result.tasks, (t) => t.status === 'done'), tone: 'good' },
      { status: 'in_progress', word: w.in_progress, count: n(result.tasks, (t) => t.status === 'in_progress'), tone: 'plain' },
      { status: 'not_started', word: w.not_started, count: n(result.tasks, (t) => t.status === 'not_started'), tone: 'warn' },
      { status: 'no_report', word: w.no_report, count: n(result.tasks, (t) => t.status === 'no_report'), tone: 'warn' },
      { status: 'overdue', word: w.overdue, count: n(result.tasks, (t) => t.overdue), tone: 'bad' },
    ],
  };
}

/** 'Chỉ tiêu: Đạt 13, Không đạt 3, …. Nhiệm vụ: Hoàn thành 10, …, Quá hạn 5.' */
export function statusLine(result: CheckResult, lang: Lang): string {
  const c = statusCounts(result, lang);
  const part = (xs: StatusCount[]) => xs.map((x) => `${x.word} ${x.count}`).join(', ');
  return t(lang, 'screens.statusLine', { indicators: part(c.indicators), tasks: part(c.tasks) });
}

/**
 * Offices that reported out of all, the tone a screen gives it (every office in: good), and the offices with no mail
 * address on file (`emails` read and empty: reminders cannot reach them).
 */
export function officeCounts(result: CheckResult): { reported: number; total: number; tone: 'good' | 'warn'; noAddress: string[] } {
  const reported = result.offices.filter((o) => o.reported).length;
  return {
    reported,
    total: result.offices.length,
    tone: reported === result.offices.length ? 'good' : 'warn',
    noAddress: result.offices.filter((o) => o.emails !== undefined && o.emails.length === 0).map((o) => o.name),
  };
}

/** Issues by severity. */
export function issueCounts(issues: ReadonlyArray<{ severity: 'error' | 'warning' | 'info' }>): { error: number; warning: number; info: number } {
  const n = (s: 'error' | 'warning' | 'info') => issues.filter((i) => i.severity === s).length;
  return { error: n('error'), warning: n('warning'), info: n('info') };
}
