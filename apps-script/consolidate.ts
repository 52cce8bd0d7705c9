// "Kiểm tra và tổng hợp" in Sheets: read the workbook, let the core check it, write the outputs, return the result.
import { checkRun, refusalText, type CheckResult } from '../shared';
import { Workbook } from './sheets-adapter';
import { runOptions, userLang } from './run-options';

/**
 * Contract §5. Office sheets are only read; the summary, indicator, task, issue and office-status
 * sheets are replaced whole and the history sheet grows by one block, all in one batch after the
 * one read. Returns the §4 result, JSON-safe (google.script.run refuses Dates): what the sidebar lists.
 */
export function validateAndConsolidate(options?: unknown, now: Date = new Date()): CheckResult {
  const { asOf, period } = runOptions(options, now);
  const wb = Workbook.open();
  const lang = userLang();
  // Workbook outputs are always Vietnamese (the run's own rule); the issues returned are too, as the sidebar lists them.
  const out = checkRun(wb.read(), { asOf, period, lang: 'vi' });
  if (!out.ok) throw new Error(refusalText(out.issues, lang));
  // Sheets shows a sheet through SpreadsheetApp, not the batch: the sidebar leaves the user where they are.
  wb.write(out.writes.filter((w) => w.kind !== 'activate'));
  wb.commit();
  return JSON.parse(JSON.stringify(out.result)) as CheckResult;
}
