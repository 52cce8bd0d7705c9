// "Tạo biểu mẫu" in Sheets: one sheet per office that has none yet, rendered from the core's form plan.
import { formsRun, refusalText, type Issue } from '../shared';
import { Workbook } from './sheets-adapter';
import { runOptions, userLang } from './run-options';

export type FormsCreated = { created: Array<{ office: string; sheet: string }>; existing: string[]; issues: Issue[] };

/**
 * Forms only for offices without a form sheet: an existing one may hold what an office typed.
 * Every form goes out in the run's one batch (split only past the API's advised request size).
 * The command line's per-file metadata sheet (`form.meta`) is not made here: in one workbook the
 * plan itself sits beside the forms. Print setup has no API in Sheets.
 */
export function createForms(options?: unknown, now: Date = new Date()): FormsCreated {
  const { asOf, period } = runOptions(options, now);
  const wb = Workbook.open();
  const made = formsRun(wb.read(), { asOf, period, lang: 'vi' });
  if (!made.ok) throw new Error(refusalText(made.issues, userLang()));
  wb.write(made.writes.filter((w) => w.kind !== 'activate'));
  wb.commit();
  return JSON.parse(JSON.stringify({ created: made.created, existing: made.existing, issues: made.issues })) as FormsCreated;
}
