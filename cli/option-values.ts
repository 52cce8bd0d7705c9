// Checking the command line against the option table: every error names the option and says what it accepts.
import type { Args } from './args';
import { ACCEPTS, COMMANDS, FLAGS, OPTIONS } from './option-table';
import { type Lang, parsePeriod, readAsOfDate, t } from '../shared';

/** The core's reading of a typed day (dd/mm/yyyy or YYYY-MM-DD, years 2000–2100). */
export { readAsOfDate as parseDateOption, AS_OF_YEAR_MIN as YEAR_MIN, AS_OF_YEAR_MAX as YEAR_MAX } from '../shared';

export function isLang(text: string | undefined): text is Lang {
  return text === 'vi' || text === 'en';
}

function valueProblem(name: string, value: string): boolean {
  switch (OPTIONS[name]?.kind) {
    case 'date':
      return readAsOfDate(value) === null;
    case 'period':
      return parsePeriod(value) === null;
    case 'lang':
      return !isLang(value);
    case 'docx-format':
      return value !== 'ubnd' && value !== 'dang-uy';
    default:
      return value.trim() === '';
  }
}

/** Everything wrong with the arguments of a known command, each as one line in `lang`; empty when it may run. */
export function argumentErrors(command: string, args: Args, lang: Lang): string[] {
  const spec = COMMANDS[command];
  const errors: string[] = [];
  const takes = spec.options.map((o) => `--${o}`).join(', ');
  for (const [name, values] of args.options) {
    const opt = OPTIONS[name];
    if (!opt || !spec.options.includes(name)) {
      errors.push(t(lang, 'cli.optionNotTaken', { name, command, takes }));
      continue;
    }
    if (values.length === 0) {
      errors.push(t(lang, 'cli.valueMissing', { name, accepts: ACCEPTS[opt.kind][lang] }));
      continue;
    }
    if (opt.kind !== 'paths' && values.length > 1) {
      errors.push(t(lang, 'cli.oneValue', { name, count: values.length, values: values.join(', ') }));
      continue;
    }
    for (const v of values) {
      if (valueProblem(name, v)) errors.push(t(lang, 'cli.invalidValue', { name, value: v, accepts: ACCEPTS[opt.kind][lang] }));
    }
  }
  const missing = spec.required.filter((r) => (args.options.get(r)?.length ?? 0) === 0 && !errors.some((e) => e.startsWith(`--${r}:`)));
  for (const r of missing) errors.push(t(lang, 'cli.requiredOption', { name: r, command, accepts: ACCEPTS[OPTIONS[r].kind][lang] }));
  for (const extra of args.errors) errors.push(t(lang, 'cli.extraArgument', { arg: extra }));
  return errors;
}

/** Flags are the same for every command: listed in help, never an error. */
export const FLAG_NAMES = Object.keys(FLAGS);
