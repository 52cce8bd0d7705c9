// A1 areas and the core's rectangles as the Sheets API's GridRange (0-based, ends exclusive).
import { parseRange, type Rect, t } from '../shared';

/** 'B2:C9' on a sheet as the API's GridRange. */
export function gridRange(sheetId: number, area: string): GoogleAppsScript.Sheets.Schema.GridRange {
  const r = parseRange(area);
  if (!r) throw new Error(t('vi', 'appsScript.badRange', { area }));
  return rectRange(sheetId, r);
}

export function rectRange(sheetId: number, r: Pick<Rect, 'top' | 'left' | 'bottom' | 'right'>): GoogleAppsScript.Sheets.Schema.GridRange {
  return { sheetId, startRowIndex: r.top, endRowIndex: r.bottom + 1, startColumnIndex: r.left, endColumnIndex: r.right + 1 };
}
