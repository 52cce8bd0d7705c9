// What a form's data validation lets through, evaluated the way Excel does on the value a cell stores.
import type { CellValue } from '../grid';
import { cellDay } from '../text/iso-date';
import type { ValidationRule } from '../sheet-plan';

/**
 * Excel's verdict on a stored value (after its own locale parsing): numbers for decimal/whole,
 * exact list entries, dates. Custom formulas are evaluated by the caller (they refer to other cells).
 */
export function validationAccepts(rule: ValidationRule, value: CellValue): boolean | null {
  if (value === null || value === '') return true;
  switch (rule.type) {
    case 'decimal':
    case 'whole': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      if (rule.type === 'whole' && !Number.isInteger(value)) return false;
      return (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
    }
    case 'list':
      return typeof value === 'string' && rule.values.includes(value.trim());
    case 'date': {
      const iso = value instanceof Date ? cellDay(value) : null;
      if (iso === null) return typeof value === 'number' && value > 0;
      return (rule.min === undefined || iso >= rule.min) && (rule.max === undefined || iso <= rule.max);
    }
    case 'custom':
      return null;
  }
}
