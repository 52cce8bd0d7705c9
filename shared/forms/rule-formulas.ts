// check's rules (input-rules, targets, status words) written as spreadsheet formulas, so a form's colours are check's verdict.
import type { Target } from '../text/targets';
import type { InputRule, TaskStatus } from '../validate/input-rules';
import { STATUS_WORDS } from '../validate/input-rules';
import { looseKey } from '../text/normalise';

/** What a helper cell holds when check would report the typed value as an error. */
export const INVALID = 'x';

/** Excel's number in a formula: always a dot. */
const n = (v: number) => String(v);
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A text is digits with at most one `.`/`,` and an optional `%` (`66,5`, `66.5 %`, `,5`); anything else check reads differently. */
function textNumber(x: string, kind: 'percent' | 'count'): { ok: string; value: string } {
  const t = `TRIM(${x})`;
  const noPct = `IF(RIGHT(${t},1)="%",TRIM(LEFT(${t},LEN(${t})-1)),${t})`;
  const s = `SUBSTITUTE(${noPct},",",".")`;
  const bare = `SUBSTITUTE(${s},".","")`;
  let digitsGone = bare;
  for (let d = 0; d <= 9; d++) digitsGone = `SUBSTITUTE(${digitsGone},"${d}","")`;
  const dots = `(LEN(${s})-LEN(${bare}))`;
  const ok = `AND(LEN(${bare})>0,${digitsGone}="",${dots}<=1)`;
  const cut = `FIND(".",${s}&".")`;
  const int = `LEFT(${s},${cut}-1)`;
  const frac = `MID(${s},${cut}+1,99)`;
  const decimal = `IF(${int}="",0,VALUE(${int}))+IF(${frac}="",0,VALUE(${frac})/10^LEN(${frac}))`;
  if (kind === 'percent') return { ok, value: decimal };
  // A lone dot before exactly three digits groups thousands in a count (`1.000` hộ), as check reads it.
  const thousands = `AND(ISNUMBER(FIND(".",${noPct})),LEN(${frac})=3,LEN(${int})>=1,LEN(${int})<=3,LEFT(${int},1)<>"0")`;
  return { ok, value: `IF(${thousands},VALUE(${int}&${frac}),${decimal})` };
}

/** The range check of `checkValue` on a number expression: the number, or INVALID. */
function inRange(rule: InputRule | { kind: 'count'; whole: boolean }, v: string): string {
  const conds = [`${v}>=0`];
  if (rule.kind === 'percent') conds.push(`${v}<=${n(rule.max)}`);
  if (rule.kind === 'count' && rule.whole) conds.push(`${v}=INT(${v})`);
  return `IF(AND(${conds.join(',')}),${v},"${INVALID}")`;
}

/**
 * A cell as `checkValue` reads it: "" when blank, the number (percent on 0–100, a `%` format read as a
 * fraction), or INVALID where check reports an error. `percentFormat` says whether the cell's `%` format counts
 * (it does for Kết quả đạt được, not for Tử số / Mẫu số).
 */
export function parsedValueFormula(x: string, rule: InputRule, percentFormat: boolean): string {
  if (rule.kind === 'judgement') throw new Error('a judgement is no number');
  const kind = rule.kind === 'percent' ? 'percent' : 'count';
  // CELL("format") says "P0", "P2" … for a `%` format in Excel and LibreOffice; where it is unknown it counts as none.
  const asStored = percentFormat ? `IF(IFERROR(LEFT(CELL("format",${x}),1)="P",FALSE),ROUND(${x}*100,10),${x})` : x;
  const text = textNumber(x, kind);
  return (
    `IF(ISNUMBER(${x}),${inRange(rule, asStored)},` +
    `IF(ISTEXT(${x}),IF(TRIM(${x})="","",IF(${text.ok},${inRange(rule, text.value)},"${INVALID}")),` +
    `IF(ISBLANK(${x}),"","${INVALID}")))`
  );
}

/** True when the number in `v` meets the target, exactly as `meetsTarget` decides. */
export function meetsFormula(t: Exclude<Target, { kind: 'qualitative' }>, v: string): string {
  if (t.kind === 'atLeast') return `${v}${t.strict ? '>' : '>='}${n(t.value)}`;
  if (t.kind === 'atMost') return `${v}${t.strict ? '<' : '<='}${n(t.value)}`;
  return `${v}>=${n(t.floor)}`;
}

/** Tử số / Mẫu số as `checkFraction` judges them, over the parsed helper cells `f` and `g`. */
export function fractionFormulas(f: string, g: string): { ratioOk: string; errNumerator: string; errDenominator: string; missingNumerator: string; missingDenominator: string } {
  const both = `ISNUMBER(${f}),ISNUMBER(${g})`;
  return {
    ratioOk: `AND(${both},${g}>0,${f}<=${g})`,
    errNumerator: `OR(${f}="${INVALID}",AND(${both},${g}>0,${f}>${g}))`,
    // check reports the numerator first and stops there, so a bad numerator leaves the denominator unjudged.
    errDenominator: `AND(${f}<>"${INVALID}",OR(${g}="${INVALID}",AND(${both},${g}=0)))`,
    missingNumerator: `AND(${f}="",ISNUMBER(${g}))`,
    missingDenominator: `AND(${g}="",ISNUMBER(${f}))`,
  };
}

/** Every spelling check accepts for a status, as a spreadsheet compares it (case-insensitive, trimmed). */
function spellings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
    out.add(looseKey(w));
  }
  return [...out];
}

/** Tình trạng as `parseStatus` reads it: "" blank, 'done' | 'in_progress' | 'not_started', or INVALID. */
export function statusFormula(x: string): string {
  const s = `LOWER(TRIM(${x}))`;
  const order: TaskStatus[] = ['done', 'in_progress', 'not_started'];
  let out = `"${INVALID}"`;
  for (const status of [...order].reverse()) {
    const any = spellings(STATUS_WORDS[status]).map((w) => `${s}=${str(w)}`);
    out = `IF(OR(${any.join(',')}),"${status}",${out})`;
  }
  return `IF(TRIM(${x})="","",${out})`;
}
