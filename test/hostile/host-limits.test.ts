// Excel's limits reach every host through the same core helper: the Excel pane and the Sheets adapter too.
import { excelCell } from '../../addin/render-sheet-plan';
import { cellData } from '../../apps-script/cell-data';
import { CELL_TEXT_MAX } from '../../shared/excel-limits';
import { resolveCell } from '../../shared/render/resolve-cell';

const long = 'Khó khăn \u0001\uFFFF '.repeat(4000);

test('a cell of more than 32,767 characters (and characters XML cannot carry) is written within the limit', () => {
  const excel = excelCell({ value: long }).value as string;
  expect(excel).toHaveLength(CELL_TEXT_MAX);
  expect(excel).not.toMatch(/[\u0001\uFFFF]/);
  const sheets = cellData(resolveCell({ value: long })).userEnteredValue?.stringValue as string;
  expect(sheets).toHaveLength(CELL_TEXT_MAX);
});
