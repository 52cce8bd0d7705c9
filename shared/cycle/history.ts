// Earlier periods and reminders as the workbook itself keeps them: 'Lịch sử tổng hợp' rows and the reminder log.
import type { Grid } from '../grid';
import type { Period } from '../schemas/plan';
import { IndicatorStatus, TaskStatusResult } from '../schemas/result';
import { words } from '../messages';
import { cellText } from '../tables/codes';
import { looseKey } from '../text/normalise';
import { t } from '../i18n/text';
import { parseDateCell } from '../text/numbers';
import { isoDate } from '../text/iso-date';
import { parsePeriod } from '../plan/period';
import { HISTORY_HEADER, REMINDER_LOG_HEADER } from '../workbook/layout';
import type { PreviousSource } from './previous';

const INDICATOR_WORDS = new Map<string, IndicatorStatus>(IndicatorStatus.options.map((s) => [looseKey(words.vi[s]), s]));
const TASK_WORDS = new Map<string, TaskStatusResult>(TaskStatusResult.options.map((s) => [looseKey(words.vi[s]), s]));

function columns(grid: Grid, header: readonly string[]): { row: number; col: (name: string) => number } | null {
  const wanted = header.map(looseKey);
  const row = grid.values.findIndex((r = []) => wanted.every((w) => r.some((c) => typeof c === 'string' && looseKey(c) === w)));
  if (row < 0) return null;
  const keys = Array.from(grid.values[row], (c) => (typeof c === 'string' ? looseKey(c) : ''));
  return { row, col: (name) => keys.indexOf(looseKey(name)) };
}

/**
 * The period before `current` among those the history holds (the latest due date before this one's), with
 * each item's last recorded value and status. Rows that do not read back (edited by hand) are skipped.
 */
export function previousFromHistory(history: Grid | undefined, current: Period): PreviousSource | null {
  if (!history) return null;
  const h = columns(history, HISTORY_HEADER);
  if (!h) return null;
  const [cPeriod, cKind, cSection, cStt, cValue, cStatus] = ['Kỳ báo cáo', 'Loại', 'Mục', 'STT', 'Kết quả', 'Đánh giá'].map(h.col);
  const runs = new Map<string, { period: Period; last: number; rows: number[] }>();
  for (let r = h.row + 1; r < history.values.length; r++) {
    const p = parsePeriod(cellText(history.values[r]?.[cPeriod] ?? null));
    if (!p || p.id === current.id) continue;
    const run = runs.get(p.id) ?? { period: p, last: r, rows: [] };
    run.last = r;
    run.rows.push(r);
    runs.set(p.id, run);
  }
  const earlier = [...runs.values()].filter((x) => x.period.due < current.due);
  if (earlier.length === 0) return null;
  const chosen = earlier.sort((a, b) => (a.period.due === b.period.due ? a.last - b.last : a.period.due < b.period.due ? -1 : 1)).pop()!;
  const indicators = new Map<string, PreviousSource['indicators'][number]>();
  const tasks = new Map<string, PreviousSource['tasks'][number]>();
  for (const r of chosen.rows) {
    const row = history.values[r] ?? [];
    const section = cellText(row[cSection] ?? null);
    const stt = cellText(row[cStt] ?? null);
    const statusText = cellText(row[cStatus] ?? null);
    const kind = looseKey(cellText(row[cKind] ?? null));
    if (!section || !stt) continue;
    // The last run of that period wins: rows are appended in order.
    if (kind === 'chi tieu') {
      const status = INDICATOR_WORDS.get(looseKey(statusText));
      const v = row[cValue];
      if (status) indicators.set(`${section}|${stt}`, { section, stt, value: typeof v === 'number' ? v : null, status });
    } else if (kind === 'nhiem vu') {
      const [word, flag] = statusText.split(' — ');
      const status = TASK_WORDS.get(looseKey(word ?? ''));
      if (status) tasks.set(`${section}|${stt}`, { section, stt, status, overdue: flag !== undefined && looseKey(flag) === looseKey(words.vi.overdue) });
    }
  }
  return { period: chosen.period, indicators: [...indicators.values()], tasks: [...tasks.values()] };
}

/** When each office was last sent a reminder (rows the reminder run logged as sent, read with the key it writes), as ISO dates. */
export function lastRemindersFromLog(log: Grid | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!log) return out;
  const h = columns(log, REMINDER_LOG_HEADER);
  if (!h) return out;
  const [cAt, cOffice, cOutcome] = ['Thời điểm', 'Đơn vị', 'Kết quả'].map(h.col);
  for (let r = h.row + 1; r < log.values.length; r++) {
    const row = log.values[r] ?? [];
    if (looseKey(cellText(row[cOutcome] ?? null)) !== looseKey(t('vi', 'appsScript.logSent'))) continue;
    const office = cellText(row[cOffice] ?? null);
    const at = row[cAt];
    // The log writes 'dd/MM/yyyy HH:mm' (Vietnam time) as text; a date cell is read as a date.
    const text = cellText(at ?? null);
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
    const cell = at instanceof Date || typeof at === 'number' ? parseDateCell(at, null) : null;
    const iso = dmy ? isoDate(+dmy[3], +dmy[2], +dmy[1]) : cell?.kind === 'date' ? cell.iso : null;
    if (office && iso && (!out.has(office) || out.get(office)! < iso)) out.set(office, iso);
  }
  return out;
}
