// check's rules (input-rules, targets, status words) written as spreadsheet formulas, so a form's colours are check's verdict.
import type { Target } from '../text/targets';
import type { InputRule } from '../validate/input-rules';
import { TaskStatus } from '../schemas/result';
import { STATUS_WORDS } from '../validate/input-rules';
import { foldDiacritics, looseKey } from '../text/normalise';
import { APPROXIMATE_WORDS, LEAD_WORDS, NO_DATA_PHRASES, NO_DATA_WORDS } from '../text/numbers';

/** What a helper cell holds when check would report the typed value as an error. */
export const INVALID = 'x';

/** Excel's number in a formula: always a dot. */
const n = (v: number) => String(v);

const NBSP = '\u00A0';
/** A text constant inside a formula. */
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;
const substituteAll = (x: string, pairs: Array<[string, string]>) => pairs.reduce((acc, [from, to]) => `SUBSTITUTE(${acc},${str(from)},${str(to)})`, x);

/** Every Vietnamese letter with a diacritic (lower case) and what looseKey folds it to, from foldDiacritics itself. */
export function foldPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [['đ', 'd']];
  for (const base of 'aăâeêioôơuưy') {
    for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      const ch = (base + tone).normalize('NFC');
      const folded = foldDiacritics(ch);
      if (ch !== folded) out.push([ch, folded]);
    }
  }
  return out;
}
const FOLD = foldPairs();
// Excel nests at most 64 functions: the fold is split over two helper cells.
const FOLD_HALF = Math.ceil(FOLD.length / 2);
/** Characters looseKey turns into spaces (it turns every one that is no letter or digit; these are the ones typed). */
const PUNCTUATION = [...'.,:;!?()[]{}"\'/\\-\u2010\u2013\u2014\u2212\u2026*+=%#~\u2248_&@<>|\u201C\u201D\u2018\u2019'];
// parseText's placeholders for "no data" (NO_DATA_MARKS) and Excel's #N/A, as a folded, lower-case cell holds them.
export const NO_DATA_MARK_TEXTS = ['-', '--', '---', '\u2026', '..', '...', '\u2013', '\u2014', '#n/a'];

/**
 * The words check reads around a number, as two columns (word, kind): 'p' a no-data phrase (the whole text or its
 * start), 'w' a no-data word (the whole text), 'a' an estimate's lead word, 'l' a plain lead word. All as looseKey has
 * them, after WORD_TAG.
 */
export function numberWords(): Array<[string, 'p' | 'w' | 'a' | 'l']> {
  const list: Array<[string, 'p' | 'w' | 'a' | 'l']> = [
    ...NO_DATA_PHRASES.map((w) => [w, 'p'] as [string, 'p']),
    ...[...NO_DATA_WORDS].map((w) => [w, 'w'] as [string, 'w']),
    ...[...APPROXIMATE_WORDS].map((w) => [w, 'a'] as [string, 'a']),
    ...[...LEAD_WORDS].filter((w) => w !== '').map((w) => [w, 'l'] as [string, 'l']),
  ];
  return list.map(([w, kind]) => [`${WORD_TAG}${w}`, kind]);
}
/** Before each listed word, so a reader of the form never takes `ket qua` in a hidden cell for a header. */
const WORD_TAG = 'w:';

/**
 * A text cell as looseKey folds it, in two helper cells: the first folds half the letters of the lower-case, trimmed
 * text, the second (over the first) the rest. "" for a cell that holds no text.
 */
export function foldFormulas(x: string): [string, (first: string) => string] {
  const lower = `LOWER(TRIM(SUBSTITUTE(${x},${str(NBSP)}," ")))`;
  return [`IF(ISTEXT(${x}),${substituteAll(lower, FOLD.slice(0, FOLD_HALF))},"")`, (first) => substituteAll(first, FOLD.slice(FOLD_HALF))];
}

/** Where the first digit of the folded text `f` stands, 999 when it has none. */
export function firstDigitFormula(f: string): string {
  return `MIN(${Array.from({ length: 10 }, (_, d) => `IFERROR(FIND("${d}",${f}),999)`).join(',')})`;
}

/** Where the number starts: its first digit, or a `.`/`,` just before it (`,5`). */
const numberStart = (f: string, d: string) => `(${d}-AND(${d}<999,ISNUMBER(FIND(MID(" "&${f},${d},1),".,"))))`;

/** The looseKey of what stands before the number (of the whole text when it has none). */
export function prefixKeyFormula(f: string, d: string): string {
  return `TRIM(${substituteAll(`LEFT(${f},${numberStart(f, d)}-1)`, PUNCTUATION.map((p) => [p, ' ']))})`;
}

/**
 * How parseText reads the text around the number: "n" no data (placeholders, no-data phrases), "a" an estimate
 * (`khoảng 96`), "l" a number with at most a lead word (`đạt 80%`, `12 hộ`), "x" no number check accepts
 * (no digit, a word before it, a minus sign: check refuses negatives), "" no text. `words`/`kinds`: numberWords' columns.
 */
export function numberCodeFormula(f: string, d: string, k: string, words: string, kinds: string): string {
  const m = numberStart(f, d);
  const tagged = `"${WORD_TAG}"&${k}`;
  const listed = (kind: string) => `SUMPRODUCT((${kinds}="${kind}")*(${tagged}=${words}))>0`;
  const phrase = `SUMPRODUCT((${kinds}="p")*(((${tagged}=${words})+(LEFT(${tagged},LEN(${words})+1)=${words}&" "))>0))>0`;
  const marks = NO_DATA_MARK_TEXTS.map((t) => `${f}=${str(t)}`).join(',');
  const before = `MID(" "&${f},${m},1)`;
  // A sign counts only where nothing stands against it (`66-70` holds two numbers, not -70).
  const negative = `AND(OR(${before}="-",${before}="\u2212"),MID("  "&${f},${m},1)=" ")`;
  const glued = `ISNUMBER(FIND(${before},"abcdefghijklmnopqrstuvwxyz"))`;
  const lead = `TRIM(LEFT(${f},${m}-1))`;
  return (
    `IF(${f}="","",IF(OR(${marks},${phrase},AND(${d}=999,${listed('w')})),"n",IF(${d}=999,"${INVALID}",` +
    `IF(OR(${negative},${glued}),"${INVALID}",IF(OR(${listed('a')},${lead}="~",${lead}="\u2248"),"a",IF(OR(${k}="",${listed('l')}),"l","${INVALID}"))))))`
  );
}

/** The end of the number in `rest` (the text from it on): the first space or `%` after it, else the text's end. */
const numberEnd = (rest: string) => `MIN(IFERROR(FIND(" ",${rest}),999),IFERROR(FIND("%",${rest}),999),LEN(${rest})+1)`;

/** The number as typed up to its first space or `%`, for a code "a" or "l"; "" otherwise. */
export function numberBodyFormula(f: string, d: string, c: string): string {
  const rest = `MID(${f},${numberStart(f, d)},999)`;
  return `IF(OR(${c}="a",${c}="l"),LEFT(${rest},${numberEnd(rest)}-1),"")`;
}

/** What follows the number's body (a unit, `%`, a final `.`), for a code "a" or "l"; "" otherwise. */
export function numberTailFormula(f: string, d: string, c: string): string {
  const rest = `MID(${f},${numberStart(f, d)},999)`;
  return `IF(OR(${c}="a",${c}="l"),MID(${rest},${numberEnd(rest)},999),"")`;
}

/**
 * The digits of the number as typed (`66,5`, `1.000`) from its body `b0` and tail `s0`, when the tail is what check
 * allows: nothing, `%`, a final `.`, or a unit after a space (`12 hộ`, `80% dân số`) holding no second number;
 * INVALID otherwise, "" without a number.
 */
export function numberTextFormula(b0: string, s0: string, c: string): string {
  const dot = `RIGHT(${b0},1)="."`;
  const b = `IF(${dot},LEFT(${b0},LEN(${b0})-1),${b0})`;
  const noDigits = `LEN(${s0})=LEN(${substituteAll(s0, Array.from({ length: 10 }, (_, i) => [String(i), ''] as [string, string]))})`;
  const suffixOk = `IF(${dot},${s0}="",OR(${s0}="",LEFT(${s0},1)=" ",AND(LEFT(${s0},1)="%",OR(LEN(${s0})=1,MID(${s0},2,99)=".",MID(${s0},2,1)=" "))))`;
  const endsInMark = `OR(RIGHT(${b},1)=".",RIGHT(${b},1)=",")`;
  return `IF(${c}="${INVALID}","${INVALID}",IF(${b0}="","",IF(AND(${suffixOk},${noDigits},NOT(${endsInMark})),${b},"${INVALID}")))`;
}

/**
 * The number in a cell before any range check, as `parseNumber` reads it: a stored number (a `%` format read as
 * a fraction when `percentFormat`), or the digits in the text helper `t` (numberTextFormula) with at most one
 * `.`/`,` (`66,5`, `,5`, `1.000` in a count); "" when blank or no data; INVALID for anything else.
 */
export function rawNumberFormula(x: string, t: string, kind: 'percent' | 'count', percentFormat: boolean): string {
  // CELL("format") says "P0", "P2" … for a `%` format in Excel and LibreOffice; where it is unknown it counts as none.
  const stored = percentFormat ? `IF(IFERROR(LEFT(CELL("format",${x}),1)="P",FALSE),ROUND(${x}*100,10),${x})` : x;
  const s = `SUBSTITUTE(${t},",",".")`;
  const bare = `SUBSTITUTE(${t},".","")`;
  let digitsGone = `SUBSTITUTE(${bare},",","")`;
  for (let d = 0; d <= 9; d++) digitsGone = `SUBSTITUTE(${digitsGone},"${d}","")`;
  const ok = `AND(LEN(${bare})>0,${digitsGone}="",LEN(${s})-LEN(SUBSTITUTE(${s},".",""))<=1)`;
  const cut = `FIND(".",${s}&".")`;
  const int = `LEFT(${s},${cut}-1)`;
  const frac = `MID(${s},${cut}+1,99)`;
  let value = `IF(${int}="",0,VALUE(${int}))+IF(${frac}="",0,VALUE(${frac})/10^LEN(${frac}))`;
  // A lone dot (a comma is always decimal) before exactly three digits groups thousands in a count (`1.000` hộ), as check reads it.
  if (kind === 'count') value = `IF(AND(ISNUMBER(FIND(".",${t})),LEN(${frac})=3,LEN(${int})>=1,LEN(${int})<=3,LEFT(${int},1)<>"0"),VALUE(${int}&${frac}),${value})`;
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
  for (const status of TaskStatus.options) {
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

/**
 * A date typed as text, as check reads it, as `d/m/yyyy`: `d/m/yyyy` (or with `.`/`-`, a two-digit year in this
 * century), `yyyy-m-d`, a final `.` dropped, and in words (`ngày 15 tháng 5 năm 2026`, four-digit year only).
 */
export function dateTextFormula(x: string): string {
  const t0 = `LOWER(TRIM(SUBSTITUTE(${x},${str(NBSP)}," ")))`;
  const t = `IF(RIGHT(${t0},1)=".",LEFT(${t0},LEN(${t0})-1),${t0})`;
  const w = `TRIM(${substituteAll(t, [['à', 'a'], ['á', 'a'], ['ă', 'a'], [',', ' ']])})`;
  const worded = `IFERROR(IF(LEN(${w})-FIND(" nam ",${w})-4=4,SUBSTITUTE(SUBSTITUTE(MID(${w},6,99)," thang ","/")," nam ","/"),"${INVALID}"),"${INVALID}")`;
  const typed = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${t},".","/"),"-","/")," ","")`;
  return `IF(ISTEXT(${x}),IF(LEFT(${w},5)="ngay ",${worded},${typed}),"")`;
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
