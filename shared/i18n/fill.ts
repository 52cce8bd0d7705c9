// The one template filler: every sentence of every face goes through it, so {name} means the same everywhere.
import { formatParam } from '../text/format-number';

/** The parameter names a template asks for: `{cell}` → 'cell'; `{Kind}` (capitalised at a sentence's start) → 'kind'. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${string} ${string}` | '' ? never : Uncapitalize<P>) | Placeholders<Rest>
  : never;

export type ParamValue = string | number;

/** The parameters a template needs, each required; a template without placeholders takes none. */
export type ParamsOf<S extends string> = { [P in Placeholders<S>]: ParamValue };

/**
 * Fills {name} placeholders; {Name} is the same value with a capital, for a sentence's start.
 * A value starting with '@' is a word said per language (the glossary), so issues can stay language-neutral.
 * A number is written the way `lang` writes numbers (95,5 / 95.5), so params keep raw numbers and one issue reads
 * right in both languages; without `lang` it is shown as JavaScript writes it.
 * Unknown placeholders stay visible so a missing parameter is noticed in review.
 */
export function fill(template: string, params: Readonly<Record<string, ParamValue>> = {}, glossary: Readonly<Record<string, string>> = {}, lang?: 'vi' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const key = k in params ? k : k[0].toLowerCase() + k.slice(1);
    if (!(key in params)) return m;
    const value = params[key];
    const raw = typeof value === 'number' && lang ? formatParam(value, lang) : String(value);
    const text = raw.startsWith('@') ? (glossary[raw] ?? raw) : raw;
    return key === k ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/** The placeholder names in a template, as the filler sees them (for the parity test and tooling). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1][0].toLowerCase() + m[1].slice(1));
}
