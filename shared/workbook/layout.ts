// Which sheet is which in a workbook that holds plan, forms and outputs together (Excel and Sheets hosts).
import type { Grid } from '../grid';
import { looseKey } from '../text/normalise';
import { META_SHEET } from '../report/read-report';
import { SUMMARY_SHEETS } from '../render/summary-sheets';

export const HISTORY_SHEET = 'Lịch sử tổng hợp';
export const REMINDER_LOG_SHEET = 'Nhật ký nhắc việc';

const OUTPUT_NAMES = new Set([
  ...Object.values(SUMMARY_SHEETS.vi),
  ...Object.values(SUMMARY_SHEETS.en),
  HISTORY_SHEET,
  REMINDER_LOG_SHEET,
  META_SHEET,
]);

export function isOutputSheet(name: string): boolean {
  return OUTPUT_NAMES.has(name);
}

// What our own outputs start with (first cell), in either language: a sheet with an output's name
// that starts otherwise is the commune's, and must never be replaced.
const OUTPUT_FIRST_CELLS = new Set([
  'TỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW', 'RESOLUTION 57-NQ/TW IMPLEMENTATION SUMMARY',
  'Mục', 'Section', 'Mức độ', 'Severity', 'Đơn vị', 'Office', 'Ngày tổng hợp', 'Thời điểm', 'planId',
]);

/** A sheet named like an output that holds something else: the commune's own sheet. */
export function isForeignOutputName(grid: Grid): boolean {
  if (!isOutputSheet(grid.name)) return false;
  const first = grid.values.flat().find((v) => v !== null && v !== '');
  return first !== undefined && !(typeof first === 'string' && OUTPUT_FIRST_CELLS.has(first));
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
