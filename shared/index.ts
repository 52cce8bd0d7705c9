// The core's public surface: exactly what the faces (addin/, apps-script/, cli/, examples/) import, nothing more.
// Faces import the core only from here; tests may reach deeper. test/surface.test.ts keeps both true.
// Every line re-exports (no code runs here), so bundlers drop what a page does not use: package.json marks shared/
// free of import side effects, and the Sheets sidebar page stays as small as its deep imports made it.

// ---- Port and runs: what a face offers the core, and the run behind each button ----
export type { TypedValue, WorkbookPort, WorkbookRead, WorkbookWrite } from './port';
export { checkRun, formsRun, formFilesRun, insertPlanRun, surveyRun, refusalText, planDisplayName, type Survey } from './workbook/runs';
export { checkWorkbook } from './workbook/check-workbook';
export { startGuide, answerGuide, answerGuideAt, skipGuide, type Guide, type GuideStep, type GuideWalk } from './workbook/guided-form';
export { planReminderRun, reminderRunLog, type ReminderEntry, type ReminderRunLog, type SendOutcome } from './remind/reminder-run';
export { invalidAddresses } from './remind/reminders';
export { isMailAddress } from './remind/addresses';
export { REMINDER_LOG_SHEET } from './workbook/layout';
export { startCheck, resolvePeriod, type ReportInput } from './check';
export { importPlan, type ImportedPlan } from './plan/import-plan';
export { buildForms, INDICATOR_HEADERS, TASK_HEADERS } from './forms/form-plan';

// ---- Plan, result and issue types ----
export type { Plan, Period, Indicator, Task } from './schemas/plan';
export { CheckResult } from './schemas/result';
export { type Issue, hasErrors, localiseIssues } from './issues';
export { groupIssuesByOffice } from './issue-groups';
export { itemKey } from './tables/codes';
export { inputRuleFor } from './validate/input-rules';
export { parsePeriod, periodById, periodChoices, todayInVietnam, isIsoDate } from './plan/period';
export { readAsOfDate, AS_OF_YEAR_MIN, AS_OF_YEAR_MAX } from './plan/as-of';
export { officesFromLeads } from './plan/office-directory';
export { fileSlug, uniqueFileSlugs } from './forms/office-names';

// ---- Text and words: one text module per language, the issue messages, dates and formats read from cells ----
export { t, texts, fillKey, type Lang, type KeyIn, type GroupParamArg } from './i18n/text';
export { fill } from './i18n/fill';
export { render, readFailureText, words } from './messages';
export { langFromLocale } from './locale';
export { formatDateVi } from './text/deadlines';
export { cellDay } from './text/iso-date';
export { isDateFormat, isPercentFormat } from './text/numbers';

// ---- Sheet plans and renderer helpers: grids in, plans out, and the one mapping every renderer shares ----
export { a1, parseA1, parseRange, type CellValue, type Grid } from './grid';
export { STYLE_COLOURS, type CellLink, type CellPlan, type ConditionalFormatPlan, type DataValidationPlan, type SheetPlan, type StyleName } from './sheet-plan';
export { resolveCell, lockOf, sheetRef, columnPixels, dateOfSerial, isoSerial, DATE_FORMAT, type ResolvedCell } from './render/resolve-cell';
export { rectangles, rectanglesByKey, type Rect } from './render/rectangles';
export { clipText, safeSheetName, isValidSheetName, validationTexts, VALIDATION_TEXT_MAX, DATE_MIN, DATE_MAX } from './excel-limits';
export { label, data } from './render/cells';
export { withRowHeights } from './render/row-heights';
export { renderSummary } from './render/summary-sheets';
export { statusCounts, statusLine, officeCounts, issueCounts, type StatusCount } from './render/status-counts';
export type { ReminderMail } from './render/reminder-mail';

// ---- Report document ----
export { buildReportPlan, reportFileName } from './report-doc/build-report';
export type { ReportFormat } from './report-doc/report-words';
export { renderReportDocx } from './render/report-docx';

// ---- Cycle: the review sheet read back ----
export { readReview, type ReviewRead } from './cycle/review';
