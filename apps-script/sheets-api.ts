// The two Sheets API calls a run makes: one read of every sheet, then the writes in as few batches as fit.
import { t } from '../shared';
import { userLang } from './run-options';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
export type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Everything the core reads, for every sheet at once: names and ids, grid size, merges, and each
 * cell's computed value with its number format (a '%' format changes what a number means).
 */
const READ_FIELDS =
  'sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount)),merges,protectedRanges(protectedRangeId,description),' +
  'data(rowData(values(effectiveValue,formattedValue,effectiveFormat/numberFormat))))';

/** Google advises keeping a request body under 2 MB; a larger batch is split there, between requests, which keep their order. */
const MAX_BATCH_BYTES = 2 * 1024 * 1024;

/** UTF-8 length of a string: Vietnamese letters take 2 or 3 bytes, a surrogate pair 4 (2 per half). */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

function service(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new Error(t(userLang(), 'appsScript.sheetsApiOff'));
  }
  return Sheets;
}

export function readSpreadsheet(spreadsheetId: string): Spreadsheet {
  return service().Spreadsheets!.get(spreadsheetId, { fields: READ_FIELDS });
}

/** Sends the requests in order: one batchUpdate, more only past the size limit, none for no request. */
export function sendRequests(spreadsheetId: string, requests: Request[]): void {
  let batch: Request[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length === 0) return;
    service().Spreadsheets!.batchUpdate({ requests: batch }, spreadsheetId);
    batch = [];
    size = 0;
  };
  for (const r of requests) {
    // A comma between requests, and the envelope around them, stay far below the margin.
    const bytes = utf8Bytes(JSON.stringify(r)) + 1;
    if (size + bytes > MAX_BATCH_BYTES - 1024) flush();
    batch.push(r);
    size += bytes;
  }
  flush();
}
