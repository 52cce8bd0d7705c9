// The Advanced Sheets service fake: Spreadsheets.get and batchUpdate on the spreadsheet model of fakes.ts, which these tests read.
import type { FakeSheetsService } from './fake-sheets-api';
import { createFakes, FakeDataValidation } from './fakes';

const ID = 'fake-spreadsheet-id';

function open() {
  const fakes = createFakes({ htmlDir: '.' });
  const api = (fakes.globals.Sheets as FakeSheetsService).Spreadsheets;
  const ss = fakes.spreadsheet;
  const update = (...requests: GoogleAppsScript.Sheets.Schema.Request[]) => api.batchUpdate({ requests }, ID);
  return { fakes, api, ss, update };
}

/** Midnight of a day in Asia/Ho_Chi_Minh, as the model keeps dates. */
const vn = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

const BATCH = 'API call to sheets.spreadsheets.batchUpdate failed with error: ';

/** A GridRange on the first fixture sheet (id 1000), 0-based, ends exclusive. */
const box = (startRowIndex: number, endRowIndex: number, startColumnIndex: number, endColumnIndex: number) => ({ sheetId: 1000, startRowIndex, endRowIndex, startColumnIndex, endColumnIndex });
const text = (stringValue: string) => ({ userEnteredValue: { stringValue } });
const serial = (numberValue: number) => ({ userEnteredValue: { numberValue } });

describe('Spreadsheets.get', () => {
  test('a whole-sheet read: properties without zero values, merges, rows up to the last non-empty cell', () => {
    const { api, ss } = open();
    const sheet = ss.add('Tổng hợp').seed([['Tên', 'Tỷ lệ'], [], ['A', 0.5]], [[], [], [null, '0%']], ['A1:A2']);
    sheet.frozenRows = 1;
    const got = api.get(ID, { includeGridData: true });
    expect(got.properties).toEqual({ title: ss.title, locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
    const s = got.sheets![0];
    expect(s.properties).toEqual({ sheetId: 1000, title: 'Tổng hợp', index: 0, sheetType: 'GRID', gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 } });
    expect(s.merges).toEqual([{ sheetId: 1000, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 1 }]);
    const rows = s.data![0].rowData!;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({});
    expect(rows[2].values![1]).toMatchObject({ userEnteredValue: { numberValue: 0.5 }, formattedValue: '50%', effectiveFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } } });
    // Without grid data or a mask, no data at all.
    expect(api.get(ID).sheets![0].data).toBeUndefined();
  });

  test('a nested field mask keeps exactly what it names; empty cells and rows stay as {}', () => {
    const { api, ss } = open();
    const sheet = ss.add('A').seed([['x', '', 2], [], [true]]);
    sheet.cellAt(1, 2, true)!.background = '#FFF2CC';
    expect(api.get(ID, { fields: 'sheets(properties(sheetId,title),data(rowData(values(effectiveValue))))' })).toEqual({
      sheets: [
        {
          properties: { sheetId: 1000, title: 'A' },
          data: [{ rowData: [{ values: [{ effectiveValue: { stringValue: 'x' } }, {}, { effectiveValue: { numberValue: 2 } }] }, {}, { values: [{ effectiveValue: { boolValue: true } }] }] }],
        },
      ],
    });
  });

  test('slash and dot paths, snake_case names, * for all', () => {
    const { api, ss } = open();
    ss.add('A').seed([[vn(30, 6, 2026)]]);
    expect(api.get(ID, { fields: 'sheets/properties/title,properties.locale' })).toEqual({ properties: { locale: 'vi_VN' }, sheets: [{ properties: { title: 'A' } }] });
    expect(api.get(ID, { fields: 'sheets(data(row_data(values(effectiveFormat/numberFormat))))' })).toEqual({
      sheets: [{ data: [{ rowData: [{ values: [{ effectiveFormat: { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } } }] }] }] }],
    });
    expect(api.get(ID, { fields: 'sheets(properties(*))' }).sheets![0].properties).toEqual(api.get(ID).sheets![0].properties);
  });

  test('a mask naming an unknown field fails as the API does', () => {
    const { api, ss } = open();
    ss.add('A');
    expect(() => api.get(ID, { fields: 'sheets(properties(titel))' })).toThrow('API call to sheets.spreadsheets.get failed with error: Invalid field selection titel');
    expect(() => api.get(ID, { fields: 'xyz' })).toThrow('Invalid field selection xyz');
    expect(() => api.get(ID, { fields: 'spreadsheetId(x)' })).toThrow('Invalid field selection spreadsheetId');
  });

  test('another spreadsheet id is not found', () => {
    const { api } = open();
    expect(() => api.get('other-id')).toThrow('API call to sheets.spreadsheets.get failed with error: Requested entity was not found.');
  });

  test('results are copies: changing one changes neither the model nor the next read', () => {
    const { api, ss } = open();
    ss.add('A').seed([['x']]);
    const first = api.get(ID, { includeGridData: true });
    first.sheets![0].properties!.title = 'B';
    first.sheets![0].data![0].rowData![0].values![0].userEnteredValue!.stringValue = 'y';
    expect(ss.sheet('A').cell('A1')!.value).toBe('x');
    expect(api.get(ID, { includeGridData: true }).sheets![0].data![0].rowData![0].values![0].userEnteredValue).toEqual({ stringValue: 'x' });
  });

  test('a date reads as its Sheets serial in Vietnam, with a DATE format and dd/mm/yyyy text', () => {
    const { api, ss } = open();
    ss.add('A').seed([[vn(30, 6, 2026)]]);
    const cell = api.get(ID, { includeGridData: true }).sheets![0].data![0].rowData![0].values![0];
    expect(cell.userEnteredValue).toEqual({ numberValue: 46203 });
    expect(cell.effectiveValue).toEqual({ numberValue: 46203 });
    expect(cell.formattedValue).toBe('30/06/2026');
    expect(cell.userEnteredFormat!.numberFormat).toEqual({ type: 'DATE', pattern: 'dd/mm/yyyy' });
  });

  test('percent patterns give type PERCENT and their decimals', () => {
    const { api, ss } = open();
    ss.add('A').seed([[0.125, 0.125, 0.125]], [['0.00%', '0.0', '@']]);
    const [pct, num, text] = api.get(ID, { includeGridData: true }).sheets![0].data![0].rowData![0].values!;
    expect([pct.userEnteredFormat!.numberFormat, pct.formattedValue]).toEqual([{ type: 'PERCENT', pattern: '0.00%' }, '12.50%']);
    expect(num.userEnteredFormat!.numberFormat!.type).toBe('NUMBER');
    expect(text.userEnteredFormat!.numberFormat!.type).toBe('TEXT');
  });

  test('colours as 0..1 components with the zero ones left out; unformatted cells show Sheets defaults', () => {
    const { api, ss } = open();
    const sheet = ss.add('A').seed([['a', 'b', 'c']]);
    sheet.cell('A1')!.background = '#D9E2F3';
    sheet.cell('B1')!.background = '#FF0000';
    sheet.cell('B1')!.fontColor = '#0000FF';
    const [a, b, c] = api.get(ID, { includeGridData: true }).sheets![0].data![0].rowData![0].values!;
    expect(a.userEnteredFormat!.backgroundColor).toEqual({ red: 217 / 255, green: 226 / 255, blue: 243 / 255 });
    expect(b.userEnteredFormat).toEqual({ backgroundColor: { red: 1 }, textFormat: { foregroundColor: { blue: 1 } } });
    expect(c.userEnteredFormat).toBeUndefined();
    expect(c.effectiveFormat!.backgroundColor).toEqual({ red: 1, green: 1, blue: 1 });
    expect(c.effectiveFormat!.textFormat!.foregroundColor).toEqual({});
  });

  test('a formula keeps its formula as entered; its error shows as errorValue', () => {
    const { api, ss } = open();
    Object.assign(ss.add('A').cellAt(1, 1, true)!, { formula: '=1/0', value: '#DIV/0!' });
    const cell = api.get(ID, { includeGridData: true }).sheets![0].data![0].rowData![0].values![0];
    expect(cell.userEnteredValue).toEqual({ formulaValue: '=1/0' });
    expect(cell.effectiveValue).toEqual({ errorValue: { type: 'DIVIDE_BY_ZERO', message: '#DIV/0!' } });
    expect(cell.formattedValue).toBe('#DIV/0!');
  });
});

describe('Spreadsheets.batchUpdate: cells', () => {
  test('updateCells with start changes only the cells its rows cover; a string stays the text it is', () => {
    const { ss, update } = open();
    const sheet = ss.add('A').seed([['a', 'b', 'c'], ['d', 'e', 'f']]);
    sheet.cell('B2')!.background = '#FFF2CC';
    const out = update({ updateCells: { start: { sheetId: 1000, rowIndex: 1, columnIndex: 1 }, rows: [{ values: [text('=1+1')] }], fields: 'userEnteredValue' } });
    expect(out).toEqual({ spreadsheetId: ID, replies: [{}] });
    expect(sheet.cell('B2')).toEqual({ value: '=1+1', input: { stringValue: '=1+1' }, background: '#FFF2CC' });
    expect(sheet.values()).toEqual([['a', 'b', 'c'], ['d', '=1+1', 'f']]);
  });

  test('a date serial written into a DATE-formatted cell is the Vietnamese day, and reads back the same', () => {
    const { api, ss, update } = open();
    const sheet = ss.add('A').seed([[null, 'x', null, 46203]], [[null, 'dd/mm/yyyy']]);
    update(
      {
        updateCells: {
          start: { sheetId: 1000 },
          rows: [{ values: [{ ...serial(46203), userEnteredFormat: { numberFormat: { type: 'DATE' } } }] }],
          fields: 'userEnteredValue,userEnteredFormat.numberFormat',
        },
      },
      // B1 already has a date format: the number becomes a date by it.
      { updateCells: { start: { sheetId: 1000, columnIndex: 1 }, rows: [{ values: [serial(46203), serial(46203)] }], fields: 'userEnteredValue' } },
      // D1 holds the number already: given a date format, it is that day.
      { updateCells: { start: { sheetId: 1000, columnIndex: 3 }, rows: [{ values: [{ userEnteredFormat: { numberFormat: { type: 'DATE' } } }] }], fields: 'userEnteredFormat' } },
    );
    expect(sheet.cell('A1')).toMatchObject({ value: vn(30, 6, 2026), numFmt: 'dd/mm/yyyy' });
    expect(sheet.cell('B1')!.value).toEqual(new Date('2026-06-29T17:00:00Z'));
    expect(sheet.cell('C1')!.value).toBe(46203);
    expect(sheet.cell('D1')!.value).toEqual(vn(30, 6, 2026));
    expect(api.get(ID, { fields: 'sheets/data/rowData/values/effectiveValue' }).sheets![0].data![0].rowData![0].values![0]).toEqual({ effectiveValue: { numberValue: 46203 } });
  });

  test('updateCells over a range sets the listed fields and clears them in the cells its rows leave out', () => {
    const { ss, update } = open();
    const sheet = ss.add('A').seed([['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']]);
    for (const address of ['A1', 'B1', 'A2', 'C1']) sheet.cell(address)!.background = '#FFF2CC';
    const cell = { ...text('x'), userEnteredFormat: { backgroundColor: { red: 1 } } };
    update({ updateCells: { range: box(0, 2, 0, 2), rows: [{ values: [cell] }], fields: 'userEnteredValue' } });
    expect(sheet.values()).toEqual([['x', '', 'c'], ['', '', 'f'], ['g', 'h', 'i']]);
    // Only userEnteredValue was listed: the backgrounds stay, written or not.
    expect(['A1', 'B1', 'A2', 'C1'].map((a) => sheet.cell(a)!.background)).toEqual(['#FFF2CC', '#FFF2CC', '#FFF2CC', '#FFF2CC']);
  });

  test('a sub-field mask sets and clears that sub-field only', () => {
    const { ss, update } = open();
    const sheet = ss.add('A').seed([['a', 'b']]);
    for (const address of ['A1', 'B1']) Object.assign(sheet.cell(address)!, { background: '#FFFFFF', fontWeight: 'bold' });
    const data = { userEnteredFormat: { backgroundColor: { green: 1 }, textFormat: { bold: false } } };
    update({ updateCells: { range: box(0, 1, 0, 2), rows: [{ values: [data] }], fields: 'userEnteredFormat.backgroundColor' } });
    expect(sheet.cell('A1')).toMatchObject({ value: 'a', background: '#00FF00', fontWeight: 'bold' });
    expect(sheet.cell('B1')).toEqual({ value: 'b', fontWeight: 'bold' });
  });

  test('repeatCell gives every cell of its range the listed fields of one cell, and nothing outside it', () => {
    const { ss, update } = open();
    const sheet = ss.add('A').seed([['a', 'b', 'c'], [1, 2, 3]]);
    const look = { userEnteredFormat: { backgroundColor: { red: 1, green: 0.95, blue: 0.8 }, numberFormat: { type: 'PERCENT', pattern: '0%' } } };
    update({ repeatCell: { range: box(0, 2, 1, 3), cell: { ...text('ignored'), ...look }, fields: 'userEnteredFormat' } });
    expect(sheet.values()).toEqual([['a', 'b', 'c'], [1, 2, 3]]);
    expect(['B1', 'C1', 'B2', 'C2'].map((a) => [sheet.cell(a)!.background, sheet.cell(a)!.numFmt])).toEqual(Array(4).fill(['#FFF2CC', '0%']));
    expect([sheet.cell('A1')!.background, sheet.cell('A2')!.numFmt]).toEqual([undefined, undefined]);
    expect(() => update({ repeatCell: { range: box(0, 1, 0, 27), cell: look, fields: 'userEnteredFormat' } })).toThrow('exceeds grid limits');
  });

  test('a range of only a sheetId is the whole grid: clearing values, looks and notes as clear() would', () => {
    const { ss, update } = open();
    const sheet = ss.add('A').seed([['a', 'b'], ['c', 'd']], [['@', null], [null, '0%']]);
    Object.assign(sheet.cell('B2')!, { note: 'n', background: '#FFF2CC', validation: new FakeDataValidation('DATE_IS_VALID_DATE', [], null, true) });
    update({ updateCells: { range: { sheetId: 1000 }, fields: 'userEnteredValue,userEnteredFormat,note' } });
    expect(sheet.values()).toEqual([['', ''], ['', '']]);
    expect(sheet.cell('A1')).toEqual({ value: '' });
    expect(Object.keys(sheet.cell('B2')!).sort()).toEqual(['validation', 'value']);
  });

  test('the userEnteredFormat fields map onto the model; unknown enum values are refused', () => {
    const { ss, update } = open();
    const sheet = ss.add('A');
    const solid = { style: 'SOLID' };
    const format = {
      numberFormat: { type: 'PERCENT', pattern: '0%' },
      backgroundColor: { red: 217 / 255, green: 226 / 255, blue: 243 / 255 },
      textFormat: { foregroundColor: {}, bold: true, italic: true, fontSize: 11 },
      wrapStrategy: 'WRAP',
      horizontalAlignment: 'CENTER',
      borders: { top: solid, bottom: solid, left: solid, right: solid },
    };
    update({ updateCells: { start: { sheetId: 1000 }, rows: [{ values: [{ userEnteredFormat: format }, { userEnteredFormat: { borders: { top: solid } } }] }], fields: 'userEnteredFormat' } });
    expect(sheet.cell('A1')).toEqual({
      value: '',
      numFmt: '0%',
      background: '#D9E2F3',
      fontColor: '#000000',
      fontWeight: 'bold',
      fontStyle: 'italic',
      fontSize: 11,
      wrap: true,
      hAlign: 'center',
      border: true,
    });
    expect(sheet.cell('B1')!.border).toBe(false);
    expect(() => update({ updateCells: { start: { sheetId: 1000 }, rows: [{ values: [{ userEnteredFormat: { wrapStrategy: 'WRAPPED' } }] }], fields: 'userEnteredFormat' } })).toThrow(
      `${BATCH}Invalid value at 'requests[0].updateCells.rows[0].values[0].userEnteredFormat.wrapStrategy' (type.googleapis.com/google.apps.sheets.v4.WrapStrategy), "WRAPPED"`,
    );
  });

  test('colours to #RRGGBB: a missing component is 0; one outside 0..1 is refused', () => {
    const { ss, update } = open();
    const sheet = ss.add('A');
    const colours = [{ red: 1 }, { red: 217 / 255, green: 226 / 255, blue: 243 / 255 }, {}];
    const values = colours.map((backgroundColor) => ({ userEnteredFormat: { backgroundColor } }));
    update({ updateCells: { start: { sheetId: 1000 }, rows: [{ values }], fields: 'userEnteredFormat.backgroundColor' } });
    expect(['A1', 'B1', 'C1'].map((a) => sheet.cell(a)!.background)).toEqual(['#FF0000', '#D9E2F3', '#000000']);
    expect(() => update({ updateCells: { start: { sheetId: 1000 }, rows: [{ values: [{ userEnteredFormat: { backgroundColor: { green: 1.5 } } }] }], fields: 'userEnteredFormat' } })).toThrow(
      "Invalid requests[0].updateCells: Invalid color: green must be between 0 and 1, got 1.5 (cell 'A'!A1)",
    );
  });

  test('beyond the grid fails naming the request, and the whole batch is left unapplied', () => {
    const { api, ss, update } = open();
    const sheet = ss.add('Tổng hợp').seed([['cũ']]);
    const before = api.get(ID, { includeGridData: true });
    const write = (rowIndex: number, s: string) => ({ updateCells: { start: { sheetId: 1000, rowIndex }, rows: [{ values: [text(s)] }], fields: 'userEnteredValue' } });
    expect(() => update({ addSheet: { properties: { title: 'Mới' } } }, write(0, 'mới'), write(1000, 'ngoài'))).toThrow(
      `${BATCH}Invalid requests[2].updateCells: Range ('Tổng hợp'!A1001) exceeds grid limits. Max rows: 1000, max columns: 26`,
    );
    expect(ss.sheets.map((s) => s.name)).toEqual(['Tổng hợp']);
    expect(sheet.cell('A1')).toEqual({ value: 'cũ' });
    expect(api.get(ID, { includeGridData: true })).toEqual(before);
  });

  test('a request kind the faces do not send is refused as unsupported (appendCells: history rows go by updateCells)', () => {
    const { ss, update } = open();
    ss.add('Lịch sử').seed([['Ngày', 'Việc']]);
    expect(() => update({ appendCells: { sheetId: 1000, rows: [], fields: 'userEnteredValue' } })).toThrow(/appendCells/);
  });

  test('mergeCells keeps the top-left value and empties the rest; a merge overlapping another is refused; unmergeCells undoes', () => {
    const { api, ss, update } = open();
    const sheet = ss.add('A').seed([['top', 'b'], ['c', 'd']]);
    update({ mergeCells: { range: box(0, 2, 0, 2), mergeType: 'MERGE_ALL' } });
    expect(sheet.values()).toEqual([['top', ''], ['', '']]);
    expect(sheet.merges).toEqual(['A1:B2']);
    expect(api.get(ID).sheets![0].merges).toEqual([{ sheetId: 1000, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 }]);
    expect(() => update({ mergeCells: { range: box(1, 3, 1, 3), mergeType: 'MERGE_ALL' } })).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    update({ unmergeCells: { range: { sheetId: 1000 } } });
    expect(sheet.merges).toEqual([]);
  });
});

describe('Spreadsheets.batchUpdate: what the API refuses', () => {
  test('an unknown request kind, an unknown field at any depth, two kinds in one request', () => {
    const { ss, update } = open();
    ss.add('A');
    const bad = (r: unknown) => () => update(r as GoogleAppsScript.Sheets.Schema.Request);
    expect(bad({ updateCell: {} })).toThrow(`${BATCH}Invalid JSON payload received. Unknown name "updateCell" at 'requests[0]': Cannot find field.`);
    expect(bad({ updateCells: { start: { sheetId: 1000 }, fields: 'note', row: [] } })).toThrow(`Unknown name "row" at 'requests[0].updateCells': Cannot find field.`);
    expect(bad({ updateCells: { start: { sheetId: 1000 }, fields: 'userEnteredFormat', rows: [{ values: [{ userEnteredFormat: { backgroundColour: {} } }] }] } })).toThrow(
      `Unknown name "backgroundColour" at 'requests[0].updateCells.rows[0].values[0].userEnteredFormat': Cannot find field.`,
    );
    expect(bad({ deleteSheet: { sheetId: 1000 }, addSheet: { properties: { title: 'B' } } })).toThrow("Invalid value at 'requests[0]' (oneof)");
    expect(bad({ updateCells: { start: { sheetId: 1000 }, fields: 'userEnteredValu', rows: [] } })).toThrow('Invalid requests[0].updateCells: Invalid field selection userEnteredValu');
    const columnA = { sheetId: 1000, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 };
    expect(bad({ updateDimensionProperties: { range: columnA, properties: { pixelSize: 120.5 }, fields: 'pixelSize' } })).toThrow('(TYPE_INT32), 120.5');
  });

  test('real kinds and fields the fake does not model are refused by name, not dropped', () => {
    const { ss, update } = open();
    ss.add('A');
    expect(() => update({ sortRange: { range: { sheetId: 1000 }, sortSpecs: [] } })).toThrow(`${BATCH}Invalid requests[0]: sortRange is not supported by the fake`);
    expect(() => update({ updateCells: { start: { sheetId: 1000 }, rows: [{ values: [{ userEnteredFormat: { verticalAlignment: 'TOP' } }] }], fields: '*' } })).toThrow(
      'Invalid requests[0].updateCells: userEnteredFormat.verticalAlignment is not supported by the fake',
    );
  });

  test('a sheet title taken in any case, a missing sheet id', () => {
    const { ss, update } = open();
    ss.add('Tổng hợp');
    expect(() => update({ addSheet: { properties: { title: 'TỔNG HỢP' } } })).toThrow(
      'Invalid requests[0].addSheet: A sheet with the name "TỔNG HỢP" already exists. Please enter another name.',
    );
    expect(() => update({ deleteSheet: { sheetId: 7 } })).toThrow('Invalid requests[0].deleteSheet: No grid with id: 7');
  });
});

describe('Spreadsheets.batchUpdate: sheets, sizes, rules', () => {
  test('addSheet, updateSheetProperties and updateDimensionProperties, as SpreadsheetApp then sees them', () => {
    const { fakes, ss, update } = open();
    ss.add('Đầu');
    const out = update(
      { addSheet: { properties: { sheetId: 5, title: 'Mới', index: 0, gridProperties: { rowCount: 10, columnCount: 5, frozenRowCount: 1 } } } },
      { updateDimensionProperties: { range: { sheetId: 5, dimension: 'COLUMNS', startIndex: 1, endIndex: 3 }, properties: { pixelSize: 120 }, fields: 'pixelSize' } },
      { updateSheetProperties: { properties: { sheetId: 5, gridProperties: { rowCount: 20 } }, fields: 'gridProperties.rowCount' } },
    );
    const properties = { sheetId: 5, title: 'Mới', index: 0, sheetType: 'GRID', gridProperties: { rowCount: 10, columnCount: 5, frozenRowCount: 1 } };
    expect(out.replies).toEqual([{ addSheet: { properties } }, {}, {}]);
    const sheet = fakes.spreadsheetApp.getActiveSpreadsheet().getSheetByName('Mới')!;
    expect([sheet.id, sheet.rowCount, sheet.columnCount, sheet.frozenRows]).toEqual([5, 20, 5, 1]);
    expect([...sheet.columnWidths]).toEqual([[2, 120], [3, 120]]);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Mới', 'Đầu']);
  });

  test('setDataValidation: a CUSTOM_FORMULA moves with each cell of the range, anchors and quoted text stay', () => {
    const { api, ss, update } = open();
    const sheet = ss.add('A');
    const formula = '=AND(ISNUMBER(B2),B2<=$D2,B$1<>"B2")';
    const rule = { condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] }, inputMessage: 'Số', strict: true };
    update({ setDataValidation: { range: box(1, 3, 1, 3), rule } });
    expect(sheet.cell('B2')!.validation).toEqual(new FakeDataValidation('CUSTOM_FORMULA', [formula], 'Số', false));
    expect(sheet.cell('C2')!.validation!.args).toEqual(['=AND(ISNUMBER(C2),C2<=$D2,C$1<>"B2")']);
    expect(sheet.cell('C3')!.validation!.args).toEqual(['=AND(ISNUMBER(C3),C3<=$D3,C$1<>"B2")']);
    expect(sheet.cell('B3')!.validation!.args).toEqual(['=AND(ISNUMBER(B3),B3<=$D3,B$1<>"B2")']);
    expect(api.get(ID, { fields: 'sheets/data/rowData/values/dataValidation' }).sheets![0].data![0].rowData![2].values![2].dataValidation).toEqual({
      condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=AND(ISNUMBER(C3),C3<=$D3,C$1<>"B2")' }] },
      inputMessage: 'Số',
      strict: true,
    });
  });

  test('setDataValidation: the other conditions in SpreadsheetApp terms; a wrong number of values is refused', () => {
    const { ss, update } = open();
    const sheet = ss.add('A');
    const at = (col: number) => ({ sheetId: 1000, startRowIndex: 0, endRowIndex: 1, startColumnIndex: col, endColumnIndex: col + 1 });
    const rule = (type: string, ...values: string[]) => ({ condition: { type, values: values.map((userEnteredValue) => ({ userEnteredValue })) } });
    update(
      { setDataValidation: { range: at(0), rule: rule('NUMBER_BETWEEN', '0', '100') } },
      { setDataValidation: { range: at(1), rule: rule('NUMBER_GREATER_THAN_EQ', '0') } },
      { setDataValidation: { range: at(2), rule: { ...rule('ONE_OF_LIST', 'Có', 'Không'), showCustomUi: true } } },
      { setDataValidation: { range: at(3), rule: rule('DATE_IS_VALID') } },
    );
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => [sheet.cell(a)!.validation!.criteria, sheet.cell(a)!.validation!.args, sheet.cell(a)!.validation!.allowInvalid])).toEqual([
      ['NUMBER_BETWEEN', [0, 100], true],
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [0], true],
      ['VALUE_IN_LIST', [['Có', 'Không'], true], true],
      ['DATE_IS_VALID_DATE', [], true],
    ]);
    expect(() => update({ setDataValidation: { range: at(4), rule: rule('NUMBER_BETWEEN', '0') } })).toThrow(
      'Invalid requests[0].setDataValidation: NUMBER_BETWEEN needs exactly 2 value(s), got 1',
    );
    update({ setDataValidation: { range: at(0) } });
    expect(sheet.cell('A1')!.validation).toBeUndefined();
  });

  test('addConditionalFormatRule goes first by default; addProtectedRange keeps its open ranges, only on a whole sheet', () => {
    const { api, ss, update } = open();
    const sheet = ss.add('A');
    const range = box(1, 5, 2, 3);
    const condition = (formula: string) => ({ type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] });
    const format = { backgroundColor: { red: 1, green: 0.8, blue: 0.8 }, textFormat: { foregroundColor: { red: 0.6 } } };
    const cf = (formula: string) => ({ ranges: [range], booleanRule: { condition: condition(formula), format } });
    update({ addConditionalFormatRule: { rule: cf('=C2<0') } }, { addConditionalFormatRule: { rule: cf('=C2>100') } });
    expect(sheet.conditionalRules.map((r) => [r.formula, r.background, r.fontColor, r.ranges])).toEqual([
      ['=C2>100', '#FFCCCC', '#990000', ['C2:C5']],
      ['=C2<0', '#FFCCCC', '#990000', ['C2:C5']],
    ]);
    const out = update({ addProtectedRange: { protectedRange: { range: { sheetId: 1000 }, description: 'Mẫu', warningOnly: true, unprotectedRanges: [range] } } });
    const protectedRange = { protectedRangeId: 1, range: { sheetId: 1000 }, description: 'Mẫu', warningOnly: true, unprotectedRanges: [range] };
    expect(out.replies![0]).toEqual({ addProtectedRange: { protectedRange } });
    expect(sheet.protections.map((p) => [p.description, p.warningOnly, p.unprotected])).toEqual([['Mẫu', true, ['C2:C5']]]);
    expect(api.get(ID, { fields: 'sheets(conditionalFormats(booleanRule/condition),protectedRanges/description)' }).sheets![0]).toEqual({
      conditionalFormats: [{ booleanRule: { condition: condition('=C2>100') } }, { booleanRule: { condition: condition('=C2<0') } }],
      protectedRanges: [{ description: 'Mẫu' }],
    });
    expect(() => update({ addProtectedRange: { protectedRange: { range, unprotectedRanges: [range] } } })).toThrow(
      'Unprotected ranges can only be set when the protected range is a whole sheet.',
    );
  });
});

test('calls through the Sheets global are counted and belong to spreadsheetCalls', () => {
  const { fakes } = open();
  fakes.spreadsheet.add('A');
  const globals = fakes.globals as unknown as { Sheets: GoogleAppsScript.Sheets; SpreadsheetApp: { getActiveSpreadsheet(): { getId(): string } } };
  const id = globals.SpreadsheetApp.getActiveSpreadsheet().getId();
  globals.Sheets.Spreadsheets!.get(id, { fields: 'sheets/properties/title' });
  globals.Sheets.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title: 'B' } } }] }, id);
  expect(fakes.log.calls).toEqual(['Spreadsheet.SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.Spreadsheet.getId', 'Sheets.Spreadsheets.get', 'Sheets.Spreadsheets.batchUpdate']);
  expect(fakes.log.spreadsheetCalls()).toEqual(fakes.log.calls);
  expect(fakes.log.histogram()).toEqual({ 'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.getId': 1, 'Spreadsheets.get': 1, 'Spreadsheets.batchUpdate': 1 });
});
