// Checking the command line against the option table: every error names the option and says what it accepts.
import type { Args } from './args';
import { ACCEPTS, COMMANDS, FLAGS, OPTIONS } from './option-table';
import type { Lang } from '../shared/messages';
import { parsePeriod } from '../shared/plan/period';
import { readAsOfDate } from '../shared';

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
  const vi = lang === 'vi';
  const errors: string[] = [];
  const takes = spec.options.map((o) => `--${o}`).join(', ');
  for (const [name, values] of args.options) {
    const opt = OPTIONS[name];
    if (!opt || !spec.options.includes(name)) {
      errors.push(vi ? `--${name}: lệnh ${command} không có tùy chọn này. Lệnh ${command} nhận: ${takes}.` : `--${name}: ${command} has no such option. ${command} takes: ${takes}.`);
      continue;
    }
    if (values.length === 0) {
      errors.push(vi ? `--${name}: thiếu giá trị; cần ${ACCEPTS[opt.kind].vi}.` : `--${name}: the value is missing; it takes ${ACCEPTS[opt.kind].en}.`);
      continue;
    }
    if (opt.kind !== 'paths' && values.length > 1) {
      errors.push(vi ? `--${name}: chỉ nhận một giá trị (đã nhập ${values.length}: ${values.join(', ')}).` : `--${name}: takes one value (${values.length} given: ${values.join(', ')}).`);
      continue;
    }
    for (const v of values) {
      if (valueProblem(name, v)) errors.push(vi ? `--${name}: "${v}" không hợp lệ; cần ${ACCEPTS[opt.kind].vi}.` : `--${name}: "${v}" is not valid; it takes ${ACCEPTS[opt.kind].en}.`);
    }
  }
  const missing = spec.required.filter((r) => (args.options.get(r)?.length ?? 0) === 0 && !errors.some((e) => e.startsWith(`--${r}:`)));
  for (const r of missing) errors.push(vi ? `--${r}: bắt buộc với lệnh ${command}; cần ${ACCEPTS[OPTIONS[r].kind].vi}.` : `--${r}: required by ${command}; it takes ${ACCEPTS[OPTIONS[r].kind].en}.`);
  for (const extra of args.errors) errors.push(vi ? `"${extra}": tham số thừa (tên tệp có khoảng trắng cần đặt trong dấu ngoặc kép).` : `"${extra}": unexpected argument (put a file name with spaces in quotes).`);
  return errors;
}

/** Flags are the same for every command: listed in help, never an error. */
export const FLAG_NAMES = Object.keys(FLAGS);
