// check's rules (input-rules, targets, status words) written as spreadsheet formulas, so a form's colours are check's verdict.
import type { Target } from '../text/targets';
import type { InputRule, TaskStatus } from '../validate/input-rules';
import { STATUS_WORDS } from '../validate/input-rules';
import { looseKey } from '../text/normalise';

/** What a helper cell holds when check would report the typed value as an error. */
export const INVALID = 'x';

/** Excel's number in a formula: always a dot. */
const n = (v: number) => String(v);

/** The text of a cell as check reads a number from it: trimmed, a trailing `%` dropped, `,` as `.`; "" for a non-text cell. */
export function numberTextFormula(x: string): string {
  const t = `TRIM(${x})`;
  return `IF(ISTEXT(${x}),SUBSTITUTE(IF(RIGHT(${t},1)="%",TRIM(LEFT(${t},LEN(${t})-1)),${t}),",","."),"")`;
}

/**
 * The number in a cell before any range check, as `parseNumber` reads it: a stored number (a `%` format read as
 * a fraction when `percentFormat`), or digits with at most one `.`/`,` in the text helper `t` (`66,5`, `,5`,
 * `1.000` in a count); "" when blank; INVALID for anything else.
 */
export function rawNumberFormula(x: string, t: string, kind: 'percent' | 'count', percentFormat: boolean): string {
  // CELL("format") says "P0", "P2" … for a `%` format in Excel and LibreOffice; where it is unknown it counts as none.
  const stored = percentFormat ? `IF(IFERROR(LEFT(CELL("format",${x}),1)="P",FALSE),ROUND(${x}*100,10),${x})` : x;
  const s = t;
  const bare = `SUBSTITUTE(${s},".","")`;
  let digitsGone = bare;
  for (let d = 0; d <= 9; d++) digitsGone = `SUBSTITUTE(${digitsGone},"${d}","")`;
  const ok = `AND(LEN(${bare})>0,${digitsGone}="",LEN(${s})-LEN(${bare})<=1)`;
  const cut = `FIND(".",${s}&".")`;
  const int = `LEFT(${s},${cut}-1)`;
  const frac = `MID(${s},${cut}+1,99)`;
  let value = `IF(${int}="",0,VALUE(${int}))+IF(${frac}="",0,VALUE(${frac})/10^LEN(${frac}))`;
  // A lone dot before exactly three digits groups thousands in a count (`1.000` hộ), as check reads it.
  if (kind === 'count') value = `IF(AND(ISNUMBER(FIND(".",${x})),LEN(${frac})=3,LEN(${int})>=1,LEN(${int})<=3,LEFT(${int},1)<>"0"),VALUE(${int}&${frac}),${value})`;
  return `IF(ISNUMBER(${x}),${stored},IF(${t}="",IF(OR(ISBLANK(${x}),ISTEXT(${x})),"","${INVALID}"),IF(${ok},${value},"${INVALID}")))`;
}

/** The range check of `checkValue` over the raw number `v`: the number, "" or INVALID, as check decides. */
export function checkedValueFormula(v: string, rule: InputRule): string {
  if (rule.kind === 'judgement') throw new Error('a judgement is no number');
  const conds = [`${v}>=0`];
  if (rule.kind === 'percent') conds.push(`${v}<=${n(rule.max)}`);
  if (rule.kind === 'count' && rule.whole) conds.push(`${v}=INT(${v})`);
  return `IF(ISNUMBER(${v}),IF(AND(${conds.join(',')}),${v},"${INVALID}"),${v})`;
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

/** Every spelling check accepts for a status, as a spreadsheet compares it (lower case, trimmed), with its status. */
export function statusSpellings(): Array<[string, TaskStatus]> {
  const out = new Map<string, TaskStatus>();
  for (const status of ['done', 'in_progress', 'not_started'] as TaskStatus[]) {
    for (const w of STATUS_WORDS[status]) {
      for (const k of [w.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim(), looseKey(w)]) if (!out.has(k)) out.set(k, status);
    }
  }
  return [...out];
}

/**
 * Tình trạng as `parseStatus` reads it: "" blank, 'done' | 'in_progress' | 'not_started', or INVALID, looked up in
 * the spellings written at `words` (absolute range) with their statuses at `statuses`. SUMPRODUCT compares exactly:
 * MATCH and COUNTIF would read `*` and `?` typed by an officer as wildcards.
 */
export function statusFormula(x: string, words: string, statuses: string): string {
  const at = `SUMPRODUCT((${words}=LOWER(TRIM(${x})))*ROW(${words}))`;
  const first = Number(/\$?(\d+):/.exec(words)?.[1] ?? '1');
  return `IF(TRIM(${x})="","",IF(${at}=0,"${INVALID}",INDEX(${statuses},${at}-${first - 1})))`;
}

/** A date typed as text, as check reads it: `d/m/yyyy` (or with `.`/`-`, a two-digit year in this century), `yyyy-m-d`. */
export function dateTextFormula(x: string): string {
  return `IF(ISTEXT(${x}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${x}),".","/"),"-","/")," ",""),"")`;
}

/** The three parts of a text date between its two `/`, each in its own helper cell ("" when missing). */
export function datePartFormulas(t: string): [string, string, string] {
  const p1 = `FIND("/",${t})`;
  const p2 = `FIND("/",${t},${p1}+1)`;
  return [`IFERROR(LEFT(${t},${p1}-1),"")`, `IFERROR(MID(${t},${p1}+1,${p2}-${p1}-1),"")`, `IFERROR(MID(${t},${p2}+1,9),"")`];
}

/**
 * Ngày hoàn thành as `parseDateCell` reads it: the date's serial, "" when blank, INVALID where check reports an error.
 * `t` holds dateTextFormula and `a`, `b`, `c` its parts. DATE rolls 31/2 over into March, so day and month are checked back.
 */
export function dateValueFormula(x: string, t: string, [a, b, c]: [string, string, string]): string {
  let gone = `SUBSTITUTE(${t},"/","")`;
  for (let d = 0; d <= 9; d++) gone = `SUBSTITUTE(${gone},"${d}","")`;
  const iso = `LEN(${a})=4`;
  const year = `IF(${iso},VALUE(${a}),IF(LEN(${c})=2,2000+VALUE(${c}),VALUE(${c})))`;
  const month = `VALUE(${b})`;
  const day = `IF(${iso},VALUE(${c}),VALUE(${a}))`;
  const slashes = `LEN(${t})-LEN(SUBSTITUTE(${t},"/",""))=2`;
  const shape = `AND(${slashes},${gone}="",LEN(${a})>=1,LEN(${b})>=1,LEN(${b})<=2,LEN(${c})>=1,OR(AND(${iso},LEN(${c})<=2),AND(LEN(${a})<=2,OR(LEN(${c})=2,LEN(${c})=4))))`;
  const date = `DATE(${year},${month},${day})`;
  const real = `AND(${year}>=1900,${month}>=1,${month}<=12,${day}>=1,DAY(${date})=${day},MONTH(${date})=${month})`;
  return (
    `IF(ISNUMBER(${x}),IF(AND(${x}>=1,${x}<2958466),INT(${x}),"${INVALID}"),` +
    `IF(${t}="",IF(OR(ISBLANK(${x}),ISTEXT(${x})),"","${INVALID}"),IFERROR(IF(${shape},IF(${real},${date},"${INVALID}"),"${INVALID}"),"${INVALID}")))`
  );
}
