// "Tạo biểu mẫu" in Sheets: one sheet per office that has none yet, rendered from the core's form plan.
import { formsToCreate, type Issue, type SheetPlan } from '../shared';
import { readWorkbook } from './sheets-adapter';
import { writeBlock, writeLayout } from './sheet-render';
import { writeConditionalFormats, writeMerges, writeProtection, writeValidations } from './sheet-rules';
import { runOptions, userLang } from './run-options';
import { planFailure } from './consolidate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type FormsCreated = { created: Array<{ office: string; sheet: string }>; existing: string[]; issues: Issue[] };

/** Values and looks, then merges (they keep the top-left value), layout, rules and protection. Print setup has no Apps Script API. */
export function renderForm(sheet: Sheet, plan: SheetPlan): void {
  writeBlock(sheet, plan.cells);
  writeMerges(sheet, plan.merges ?? []);
  writeLayout(sheet, plan);
  writeValidations(sheet, plan.validations ?? []);
  writeConditionalFormats(sheet, plan);
  writeProtection(sheet, plan);
  if (plan.hidden) sheet.hideSheet();
}

/**
 * Forms only for offices without a form sheet: an existing one may hold what an office typed.
 * The command line's per-file metadata sheet (`form.meta`) is not made here: in one workbook the
 * plan itself sits beside the forms.
 */
export function createForms(options?: unknown, now: Date = new Date()): FormsCreated {
  const { asOf, period } = runOptions(options, now);
  const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const made = formsToCreate(wb.grids, { asOf, period });
  if (!made.plan) throw planFailure(made.issues, userLang());
  const created = made.forms.map((f) => {
    const sheet = wb.spreadsheet.insertSheet(f.sheet.name);
    renderForm(sheet, f.sheet);
    return { office: f.office, sheet: f.sheet.name };
  });
  return JSON.parse(JSON.stringify({ created, existing: made.existing, issues: made.issues })) as FormsCreated;
}
