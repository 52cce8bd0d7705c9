// The one rule source for every input cell: the form's data validation and `check` both come from here.
import type { Indicator } from '../schemas/plan';
import { describeTarget, isPercentUnit, type Target } from '../text/targets';
import { isPercentFormat, parseNumber, type ParsedNumber } from '../text/numbers';

/** The smallest value a target accepts (a band's floor), for plausibility checks. */
function targetFloor(target: Exclude<Target, { kind: 'qualitative' }>): number {
  return target.kind === 'band' ? target.floor : target.value;
}
import type { CellValue } from '../grid';
import type { IssueCode, IssueParams } from '../issues';
import { looseKey } from '../text/normalise';
import { clip } from '../messages';
import { formatNumber, roundTo } from '../text/format-number';
import type { TaskStatus } from '../schemas/result';

export type InputRule =
  | { kind: 'percent'; min: 0; max: 100 }
  | { kind: 'count'; min: 0; whole: boolean }
  | { kind: 'judgement'; values: readonly ['Đạt', 'Không đạt'] };

export const JUDGEMENT_VALUES = ['Đạt', 'Không đạt'] as const;

// Averages ('kết nối/người'), money, indices and scores may be fractional; things counted one by one may not.
// `Chỉ số phát triển con người (HDI)` with `> 0,7` takes 0,75 (issue 10, from 03/NQ-CP's indicators).
const FRACTIONAL_UNITS =
  /\b(trieu|ty|nghin|dong|vnd|usd|diem trung binh|binh quan|trung binh|chi so|he so|index|ty suat|tuoi|nam tuoi|gio|phut|km|m2|ha|tan|kg|gb|tb|mbps|gbps|lan)\b/;
function countIsWhole(unit: string, target: Target): boolean {
  const k = looseKey(unit);
  if (unit.includes('/') || FRACTIONAL_UNITS.test(k)) return false;
  // A target written with a decimal (`> 0,7`, `≥ 2,5 điểm`) says the figure is not counted one by one.
  if (target.kind === 'band') return Number.isInteger(target.floor) && Number.isInteger(target.ceiling);
  if (target.kind !== 'qualitative') return Number.isInteger(target.value);
  return true;
}

/** A rate or a share: the target says so (`≥ 80%` with a blank unit), else the unit. */
export function isPercentIndicator(indicator: Pick<Indicator, 'unit' | 'target'>): boolean {
  return indicator.target.kind === 'qualitative' ? isPercentUnit(indicator.unit) : indicator.target.measure !== 'count';
}

export function inputRuleFor(indicator: Indicator): InputRule {
  if (indicator.target.kind === 'qualitative') return { kind: 'judgement', values: JUDGEMENT_VALUES };
  if (isPercentIndicator(indicator)) return { kind: 'percent', min: 0, max: 100 };
  return { kind: 'count', min: 0, whole: countIsWhole(indicator.unit, indicator.target) };
}

/** A value that is used, but with a word to the office (an estimate, a figure that looks mistyped). */
export type ValueWarning = { code: IssueCode; params: IssueParams };

export type ValueCheck =
  | { kind: 'value'; value: number; warnings?: ValueWarning[] }
  | { kind: 'judgement'; met: boolean }
  | { kind: 'empty' }
  | { kind: 'no_data' }
  /** Text given for a qualitative indicator that is not Đạt/Không đạt: reported, still to be judged. */
  | { kind: 'unjudged'; text: string }
  | { kind: 'problem'; code: IssueCode; params: IssueParams };

/** A number as an issue param: rounded, still a number, so each language writes it its own way. */
function show(n: number): number {
  return roundTo(n, 3);
}

/** Judges one typed value against the indicator's rule. `cell` is only used in messages. */
export function checkValue(rule: InputRule, raw: CellValue, numFmt: string | null, cell: string, unit = '', target?: Target): ValueCheck {
  const parsed: ParsedNumber = parseNumber(raw, { kind: rule.kind === 'percent' ? 'percent' : 'count', numFmt });
  switch (parsed.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'no_data':
      return { kind: 'no_data' };
    case 'judgement':
      if (rule.kind === 'judgement') return { kind: 'judgement', met: parsed.met };
      return { kind: 'problem', code: 'NOT_A_NUMBER', params: { cell, text: parsed.text, example: rule.kind === 'percent' ? '66,5' : '5' } };
    case 'invalid':
      if (rule.kind === 'judgement') return { kind: 'unjudged', text: parsed.text };
      return { kind: 'problem', code: 'NOT_A_NUMBER', params: { cell, text: clip(parsed.text, 40), example: rule.kind === 'percent' ? '66,5' : '5' } };
    case 'number':
      break;
  }
  const value = parsed.value;
  if (rule.kind === 'judgement') return { kind: 'unjudged', text: formatNumber(value, 'vi', 3) };
  if (value < 0) return { kind: 'problem', code: 'NEGATIVE_NUMBER', params: { cell, value: show(value) } };
  if (rule.kind === 'percent' && value > rule.max) {
    const fromFormat = typeof raw === 'number' && (numFmt ?? '').includes('%');
    return { kind: 'problem', code: fromFormat ? 'PERCENT_FORMAT_OVER_100' : 'PERCENT_OUT_OF_RANGE', params: { cell, value: show(value) } };
  }
  if (rule.kind === 'count' && rule.whole && !Number.isInteger(value)) {
    return { kind: 'problem', code: 'NOT_WHOLE_NUMBER', params: { cell, value: show(value), unit: unit || 'số lượng' } };
  }
  const warnings: ValueWarning[] = [];
  if (parsed.approximate) warnings.push({ code: 'APPROXIMATE_VALUE', params: { cell, text: clip(String(raw), 40), value: show(value) } });
  // `0.98` against `≥ 95`: a rate typed as a fraction (98 % meant) would otherwise only read as a miss.
  if (rule.kind === 'percent' && value > 0 && value <= 1 && !isPercentFormat(numFmt) && target && target.kind !== 'qualitative' && targetFloor(target) > 1) {
    warnings.push({ code: 'RATE_TYPED_AS_FRACTION', params: { cell, value: show(value), target: describeTarget(target, 'vi') } });
  }
  // Excel stores `5` typed into a `%` cell as 0.05: the count is read back as 5, but the office is told.
  if (rule.kind === 'count' && typeof raw === 'number' && isPercentFormat(numFmt)) {
    warnings.push({ code: 'COUNT_IN_PERCENT_CELL', params: { cell, typed: `${formatNumber(value, 'vi', 3)}%`, value: show(value), unit: unit || 'số lượng' } });
  }
  return warnings.length ? { kind: 'value', value, warnings } : { kind: 'value', value };
}

/** Tử số and Mẫu số: plain non-negative numbers, numerator at most denominator, denominator above 0. */
export function checkFraction(
  numerator: { raw: CellValue; numFmt: string | null; cell: string } | null,
  denominator: { raw: CellValue; numFmt: string | null; cell: string } | null,
): { kind: 'none' } | { kind: 'ratio'; value: number; numerator: number; denominator: number } | { kind: 'problem'; code: IssueCode; params: IssueParams; cell: string } {
  const count: InputRule = { kind: 'count', min: 0, whole: false };
  const n = numerator ? checkValue(count, numerator.raw, null, numerator.cell) : ({ kind: 'empty' } as const);
  const d = denominator ? checkValue(count, denominator.raw, null, denominator.cell) : ({ kind: 'empty' } as const);
  if (n.kind === 'problem') return { ...n, cell: numerator!.cell };
  if (d.kind === 'problem') return { ...d, cell: denominator!.cell };
  const nv = n.kind === 'value' ? n.value : null;
  const dv = d.kind === 'value' ? d.value : null;
  if (nv === null && dv === null) return { kind: 'none' };
  if (nv === null || dv === null) {
    const cell = (nv === null ? numerator?.cell : denominator?.cell) ?? numerator?.cell ?? denominator?.cell ?? '';
    return {
      kind: 'problem',
      code: 'FRACTION_INCOMPLETE',
      cell,
      params: { cell, present: nv === null ? 'mẫu số' : 'tử số', missing: nv === null ? 'tử số' : 'mẫu số' },
    };
  }
  if (dv === 0) return { kind: 'problem', code: 'DENOMINATOR_ZERO', cell: denominator!.cell, params: { cell: denominator!.cell } };
  if (nv > dv) return { kind: 'problem', code: 'NUMERATOR_OVER_DENOMINATOR', cell: numerator!.cell, params: { cell: numerator!.cell, numerator: show(nv), denominator: show(dv) } };
  return { kind: 'ratio', value: (100 * nv) / dv, numerator: nv, denominator: dv };
}

export type { TaskStatus };

/**
 * Every word accepted in `Tình trạng`, canonical first: the form's dropdown offers the first of each list
 * and its validation accepts them all, and `check` reads exactly these (compared by looseKey), so a word
 * the form lets through is never refused by `check`, nor the other way round.
 */
export const STATUS_WORDS = {
  done: [
    'Hoàn thành', 'Đã hoàn thành', 'Hoàn thành rồi', 'Đã xong', 'Xong', 'Xong rồi', 'Đã thực hiện xong',
    'Đã triển khai xong', 'HT', 'Done', 'Completed', 'Complete', 'Finished',
  ],
  in_progress: [
    'Đang thực hiện', 'Đang triển khai', 'Đang làm', 'Đang tiến hành', 'Đang thực hiện dở', 'Thực hiện',
    'Triển khai', 'Đang', 'In progress', 'Ongoing',
  ],
  not_started: [
    'Chưa triển khai', 'Chưa thực hiện', 'Chưa làm', 'Chưa bắt đầu', 'Chưa tiến hành', 'Chưa',
    'Not started', 'Not yet',
  ],
} as const satisfies Record<TaskStatus, readonly string[]>;

/** The form's dropdown: the first word of each status, in the order work goes. */
export const STATUS_VALUES = [STATUS_WORDS.not_started[0], STATUS_WORDS.in_progress[0], STATUS_WORDS.done[0]] as const;

const STATUS_BY_KEY = new Map<string, TaskStatus>(
  (Object.entries(STATUS_WORDS) as Array<[TaskStatus, readonly string[]]>).flatMap(([status, words]) =>
    words.map((w) => [looseKey(w), status] as [string, TaskStatus]),
  ),
);

/** Tình trạng as officers write it; null when it is none of STATUS_WORDS. */
export function parseStatus(raw: CellValue): TaskStatus | null {
  if (typeof raw !== 'string') return null;
  return STATUS_BY_KEY.get(looseKey(raw)) ?? null;
}
