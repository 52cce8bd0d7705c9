// A form's data validations, conditional formats and protection, as Sheets API requests.
import { parseRange, STYLE_COLOURS, a1, type DataValidationPlan, type SheetPlan, rectangles, lockOf, t } from '../shared';
import { colour } from './cell-data';
import { gridRange, rectRange } from './a1-runs';
import type { Request } from './sheets-api';

type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type BooleanCondition = GoogleAppsScript.Sheets.Schema.BooleanCondition;

function topLeft(range: string): string {
  const r = parseRange(range);
  return r ? a1(r.top, r.left) : range.split(':')[0];
}

const values = (...xs: Array<string | number>) => xs.map((x) => ({ userEnteredValue: String(x) }));

/** Sheets has no whole-number rule: a formula says it, relative to the range's top-left cell as in Excel. */
function wholeFormula(cell: string, min?: number, max?: number): string {
  return `=AND(ISNUMBER(${cell}),${cell}=INT(${cell})${min === undefined ? '' : `,${cell}>=${min}`}${max === undefined ? '' : `,${cell}<=${max}`})`;
}

function condition(v: DataValidationPlan): BooleanCondition {
  const r = v.rule;
  const cell = topLeft(v.range);
  switch (r.type) {
    case 'decimal':
      if (r.min !== undefined && r.max !== undefined) return { type: 'NUMBER_BETWEEN', values: values(r.min, r.max) };
      if (r.min !== undefined) return { type: 'NUMBER_GREATER_THAN_EQ', values: values(r.min) };
      if (r.max !== undefined) return { type: 'NUMBER_LESS_THAN_EQ', values: values(r.max) };
      return { type: 'CUSTOM_FORMULA', values: values(`=ISNUMBER(${cell})`) };
    case 'whole':
      return { type: 'CUSTOM_FORMULA', values: values(wholeFormula(cell, r.min, r.max)) };
    case 'list':
      return { type: 'ONE_OF_LIST', values: values(...r.values) };
    case 'date':
      return { type: 'DATE_IS_VALID' };
    case 'custom':
      return { type: 'CUSTOM_FORMULA', values: values(`=${r.formula}`) };
  }
}

/**
 * Sheets shows one help text, on the cell and when it rejects a value: the prompt says what to
 * type. Over a range, Sheets shifts a rule's relative formula cell by cell, as Excel does.
 */
function validation(v: DataValidationPlan, range: GridRange): Request {
  const help = v.prompt?.text ?? v.error?.text;
  return {
    setDataValidation: {
      range,
      // strict false is Sheets' "show a warning": a word check also accepts is kept after the warning.
      rule: { condition: condition(v), strict: v.errorStyle !== 'warning', showCustomUi: v.rule.type === 'list', ...(help ? { inputMessage: help } : {}) },
    },
  };
}

/**
 * Sheets' "show a warning" protection is what the contract asks for ("officers may lift it, the
 * layout still resists accidents"): anyone may go on after the warning, no editor list to keep
 * for every office, and the cells an office fills are left out so typing there never warns.
 */
function protection(plan: SheetPlan, sheetId: number): Request {
  const inputs = rectangles(plan.cells.length, Math.max(0, ...plan.cells.map((r) => r.length)), (r, c) => (lockOf(plan.cells[r][c]) ? null : 'in'));
  return {
    addProtectedRange: {
      protectedRange: { range: { sheetId }, description: t('vi', 'appsScript.inputsOnly'), warningOnly: true, unprotectedRanges: inputs.map((rect) => rectRange(sheetId, rect)) },
    },
  };
}

/** Validations, then conditional formats in the plan's order, then protection. */
export function formRules(plan: SheetPlan, sheetId: number): Request[] {
  const range = (area: string) => gridRange(sheetId, area);
  const out: Request[] = (plan.validations ?? []).map((v) => validation(v, range(v.range)));
  (plan.conditionalFormats ?? []).forEach((f, index) => {
    const look = STYLE_COLOURS[f.style];
    out.push({
      addConditionalFormatRule: {
        index,
        rule: {
          ranges: [range(f.range)],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: values(`=${f.formula}`) },
            format: { ...(look.fill ? { backgroundColor: colour(look.fill) } : {}), ...(look.font ? { textFormat: { foregroundColor: colour(look.font) } } : {}) },
          },
        },
      },
    });
  });
  // Helper cells the form's formulas read: hidden, one request per run of columns.
  const hidden = [...new Set(plan.hiddenColumns ?? [])].sort((a, b) => a - b);
  for (let i = 0; i < hidden.length; ) {
    let j = i;
    while (j + 1 < hidden.length && hidden[j + 1] === hidden[j] + 1) j++;
    out.push({ updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: hidden[i], endIndex: hidden[j] + 1 }, properties: { hiddenByUser: true }, fields: 'hiddenByUser' } });
    i = j + 1;
  }
  if (plan.protect) out.push(protection(plan, sheetId));
  return out;
}
