// Which sheet is which in a workbook that holds plan, forms and outputs together (Excel and Sheets hosts).
import type { Grid } from '../grid';
import { looseKey } from '../text/normalise';
import { META_SHEET } from '../report/read-report';
import { SUMMARY_SHEETS, summaryFirstRows } from '../render/summary-sheets';
import { PREVIOUS_SHEET } from '../render/previous-sheet';

export const HISTORY_SHEET = 'Lịch sử tổng hợp';
export const REMINDER_LOG_SHEET = 'Nhật ký nhắc việc';

const OUTPUT_NAMES = new Set([
  ...Object.values(SUMMARY_SHEETS.vi),
  ...Object.values(SUMMARY_SHEETS.en),
  ...Object.values(PREVIOUS_SHEET),
  HISTORY_SHEET,
  REMINDER_LOG_SHEET,
  META_SHEET,
]);

export function isOutputSheet(name: string): boolean {
  return OUTPUT_NAMES.has(name);
}

export const HISTORY_HEADER = ['Ngày tổng hợp', 'Kỳ báo cáo', 'Loại', 'Mục', 'STT', 'Tên', 'Kết quả', 'Đánh giá'];
export const REMINDER_LOG_HEADER = ['Thời điểm', 'Đơn vị', 'Địa chỉ email', 'Nhiệm vụ quá hạn', 'Chưa gửi báo cáo', 'Kết quả', 'Mã nhắc việc'];

// The whole first row of every output we write: a sheet with an output's name whose first row is
// anything else is the commune's (a plan sheet named 'Chỉ tiêu'), and must never be replaced.
const OUTPUT_FIRST_ROWS = new Set(
  [...summaryFirstRows(), HISTORY_HEADER, REMINDER_LOG_HEADER, ['planId']].map((row) => row.join('\u0001')),
);

/** A sheet named like an output that holds something else: the commune's own sheet. Empty sheets are free. */
export function isForeignOutputName(grid: Grid): boolean {
  if (!isOutputSheet(grid.name)) return false;
  const first = grid.values.find((row = []) => row.some((v) => v !== null && v !== ''));
  if (!first) return false;
  const cells = first.filter((v) => v !== null && v !== '').map((v) => String(v).trim());
  return !OUTPUT_FIRST_ROWS.has(cells.join('\u0001'));
}

/** A form sheet says whose it is in a cell labelled 'Đơn vị báo cáo:' near its top. */
export function isFormSheet(grid: Grid): boolean {
  const top = grid.values.slice(0, 15);
  return top.some((row) => row.some((c) => typeof c === 'string' && looseKey(c).startsWith('don vi bao cao')));
}

export type WorkbookLayout = { planSheets: Grid[]; formSheets: Grid[]; outputSheets: Grid[] };

export function classifySheets(grids: Grid[]): WorkbookLayout {
  const layout: WorkbookLayout = { planSheets: [], formSheets: [], outputSheets: [] };
  for (const g of grids) {
    if (isOutputSheet(g.name)) layout.outputSheets.push(g);
    else if (isFormSheet(g)) layout.formSheets.push(g);
    else layout.planSheets.push(g);
  }
  return layout;
}

/**
 * Output sheets the core replaces whole that are in the workbook but not among this run's `produced` sheets (a
 * 'So với kỳ trước' left from a run that had a previous period): only names of the produced sheets' language, and only
 * sheets whose first row is the core's own, so an office's or the commune's sheet is never among them.
 */
export function staleOutputs(grids: Grid[], produced: string[]): string[] {
  const made = new Set(produced);
  const langs = (['vi', 'en'] as const).filter((lang) => made.has(SUMMARY_SHEETS[lang].overview));
  const replaced = new Set<string>(langs.flatMap((lang) => [...Object.values(SUMMARY_SHEETS[lang]), PREVIOUS_SHEET[lang]]));
  return grids
    .filter((g) => replaced.has(g.name) && !made.has(g.name) && !isForeignOutputName(g))
    .filter((g) => g.values.some((row = []) => row.some((v) => v !== null && v !== '')))
    .map((g) => g.name);
}
