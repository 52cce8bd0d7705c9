// Numbers as a reader of each language writes them: Vietnamese 1.234,5; English 1,234.5.

/**
 * `maxDecimals` rounds first (75.456 → 75,46) and drops trailing zeros; without it the number is shown as it is.
 * `grouped: false` leaves out thousands marks, for a number that is a code (STT 11,1) or text read back as a
 * target (`1000%`: `1.000%` would read back as 1 %).
 */
export function formatNumber(x: number, lang: 'vi' | 'en', maxDecimals?: number, opts: { grouped?: boolean } = {}): string {
  const n = roundTo(x, maxDecimals);
  const raw = String(n);
  // 1e21 and the like have no groups to show.
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return raw;
  const [int = '', frac] = raw.split('.');
  const grouped = opts.grouped === false ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return frac === undefined ? grouped : `${grouped}${lang === 'vi' ? ',' : '.'}${frac}`;
}

/** `x` rounded to at most `maxDecimals` places (75.456, 2 → 75.46); unchanged without it. A number stays a number. */
export function roundTo(x: number, maxDecimals?: number): number {
  return maxDecimals === undefined ? x : Math.round(x * 10 ** maxDecimals) / 10 ** maxDecimals;
}

/** A number param of a sentence in `lang`. Under 10 000 no thousands mark, as style guides allow for four digits,
 * so a year (2030) never reads 2.030; a decimal in the language's own way (95,5 / 95.5). */
export function formatParam(x: number, lang: 'vi' | 'en'): string {
  return formatNumber(x, lang, undefined, { grouped: Math.abs(x) >= 10_000 });
}

/** A shown number with its unit: `66,5%` (a `%` unit is glued on, `% dân số` too), `12 hộ`, or the number alone. */
export function withUnit(shown: string, unit: string): string {
  const u = unit.trim();
  if (!u) return shown;
  return u.startsWith('%') ? `${shown}${u}` : `${shown} ${u}`;
}
