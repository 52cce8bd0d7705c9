// A form's data validations, conditional formats, merges and protection, as Sheets objects, batched per sheet.
import { parseRange, STYLE_COLOURS, a1, type DataValidationPlan, type SheetPlan } from '../shared';
import { runsByKey } from './a1-runs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

function topLeft(range: string): string {
  const r = parseRange(range);
  return r ? a1(r.top, r.left) : range.split(':')[0];
}

/** Sheets has no whole-number rule: a formula says it, relative to the range's top-left cell as in Excel. */
function wholeFormula(cell: string, min?: number, max?: number): string {
  return `=AND(ISNUMBER(${cell}),${cell}=INT(${cell})${min === undefined ? '' : `,${cell}>=${min}`}${max === undefined ? '' : `,${cell}<=${max}`})`;
}

function buildRule(v: DataValidationPlan): DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  const r = v.rule;
  const cell = topLeft(v.range);
  if (r.type === 'decimal') {
    if (r.min !== undefined && r.max !== undefined) b.requireNumberBetween(r.min, r.max);
    else if (r.min !== undefined) b.requireNumberGreaterThanOrEqualTo(r.min);
    else if (r.max !== undefined) b.requireNumberLessThanOrEqualTo(r.max);
    else b.requireFormulaSatisfied(`=ISNUMBER(${cell})`);
  } else if (r.type === 'whole') b.requireFormulaSatisfied(wholeFormula(cell, r.min, r.max));
  else if (r.type === 'list') b.requireValueInList(r.values, true);
  else if (r.type === 'date') b.requireDate();
  else b.requireFormulaSatisfied(`=${r.formula}`);
  // Sheets shows one help text, on the cell and when it rejects a value: the prompt says what to type.
  const help = v.prompt?.text ?? v.error?.text;
  if (help) b.setHelpText(help);
  return b.setAllowInvalid(false).build();
}

/**
 * Validations of single cells go in one setDataValidations over their bounding box (equal rules
 * built once); a validation over a wider range keeps its own call, so Sheets shifts its relative
 * formula across the range as Excel does.
 */
export function writeValidations(sheet: Sheet, validations: DataValidationPlan[]): void {
  const single = validations.filter((v) => !v.range.includes(':'));
  const wide = validations.filter((v) => v.range.includes(':'));
  const built = new Map<string, DataValidation>();
  const ruleFor = (v: DataValidationPlan) => {
    // A formula rule names its own cell, so only rules without one are shared.
    const key = JSON.stringify([v.rule.type === 'custom' || v.rule.type === 'whole' ? v.range : '', v.rule, v.prompt?.text, v.error?.text]);
    if (!built.has(key)) built.set(key, buildRule(v));
    return built.get(key)!;
  };
  if (single.length > 0) {
    const cells = single.map((v) => ({ v, at: parseRange(v.range)! }));
    const top = Math.min(...cells.map((c) => c.at.top));
    const left = Math.min(...cells.map((c) => c.at.left));
    const bottom = Math.max(...cells.map((c) => c.at.bottom));
    const right = Math.max(...cells.map((c) => c.at.right));
    const rules: Array<Array<DataValidation | null>> = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => null));
    for (const { v, at } of cells) rules[at.top - top][at.left - left] = ruleFor(v);
    sheet.getRange(top + 1, left + 1, rules.length, rules[0].length).setDataValidations(rules);
  }
  for (const v of wide) sheet.getRange(v.range).setDataValidation(ruleFor(v));
}

/** All conditional formats of a sheet in one setConditionalFormatRules; their ranges from one RangeList. */
export function writeConditionalFormats(sheet: Sheet, plan: SheetPlan): void {
  const formats = plan.conditionalFormats ?? [];
  if (formats.length === 0) return;
  const ranges = sheet.getRangeList(formats.map((f) => f.range)).getRanges();
  const rules = formats.map((f, i) => {
    const look = STYLE_COLOURS[f.style];
    const b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=${f.formula}`);
    if (look.fill) b.setBackground(`#${look.fill}`);
    if (look.font) b.setFontColor(`#${look.font}`);
    return b.setRanges([ranges[i]]).build();
  });
  sheet.setConditionalFormatRules(rules);
}

export function writeMerges(sheet: Sheet, merges: string[]): void {
  if (merges.length === 0) return;
  for (const r of sheet.getRangeList(merges).getRanges()) r.merge();
}

/**
 * Sheets' "show a warning" protection is what the contract asks for ("officers may lift it, the
 * layout still resists accidents"): anyone may go on after the warning, no editor list to keep
 * for every office, and the cells an office fills are left out so typing there never warns.
 */
export function writeProtection(sheet: Sheet, plan: SheetPlan): void {
  if (!plan.protect) return;
  const inputs = runsByKey(plan.cells.length, Math.max(0, ...plan.cells.map((r) => r.length)), (r, c) => (plan.cells[r][c]?.locked === false ? 'in' : null)).get('in') ?? [];
  const protection = sheet.protect().setDescription('NQ57: chỉ điền các ô màu vàng').setWarningOnly(true);
  if (inputs.length > 0) protection.setUnprotectedRanges(sheet.getRangeList(inputs).getRanges());
}
