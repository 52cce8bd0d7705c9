// The command line's one table of commands and options: help, argument checks and errors are all made from it.
// Adding an option is one line in OPTIONS and its name in the commands that take it.
import { type Lang, type KeyIn, texts } from '../shared';

/** How an option's value is checked: a date, a period, a language, or any text (a path). */
export type ValueKind = 'path' | 'paths' | 'date' | 'period' | 'lang' | 'docx-format';

type Words = Record<Lang, string>;

/** A help text in both languages, from the text module. */
const both = (key: KeyIn<'cliHelp'>): Words => ({ vi: texts.vi.cliHelp[key], en: texts.en.cliHelp[key] });
export type OptionSpec = { kind: ValueKind; value: Words; help: Words };
/** `values` names an option's value where this command means something narrower (forms --out is a folder). */
export type CommandSpec = { options: string[]; required: string[]; summary: Words; note?: Words; values?: Record<string, Words> };

export const OPTIONS: Record<string, OptionSpec> = {
  plan: { kind: 'path', value: both('planValue'), help: both('planHelp') },
  reports: { kind: 'paths', value: both('reportsValue'), help: both('reportsHelp') },
  out: { kind: 'path', value: both('outValue'), help: both('outHelp') },
  json: { kind: 'path', value: both('jsonValue'), help: both('jsonHelp') },
  'as-of': { kind: 'date', value: both('asOfValue'), help: both('asOfHelp') },
  period: { kind: 'period', value: both('periodValue'), help: both('periodHelp') },
  outbox: { kind: 'path', value: both('outboxValue'), help: both('outboxHelp') },
  docx: { kind: 'path', value: both('docxValue'), help: both('docxHelp') },
  'docx-format': { kind: 'docx-format', value: { vi: 'ubnd|dang-uy', en: 'ubnd|dang-uy' }, help: both('docxFormatHelp') },
  previous: { kind: 'path', value: both('previousValue'), help: both('previousHelp') },
  review: { kind: 'path', value: both('reviewValue'), help: both('reviewHelp') },
  lang: { kind: 'lang', value: { vi: 'vi|en', en: 'vi|en' }, help: both('langHelp') },
};

/** Flags take no value; every command accepts them. */
export const FLAGS: Record<string, Words> = {
  help: both('helpFlag'),
  version: both('versionFlag'),
  quiet: both('quietFlag'),
};

export const COMMANDS: Record<string, CommandSpec> = {
  forms: {
    options: ['plan', 'out', 'period', 'previous', 'lang'],
    required: ['plan', 'out'],
    values: { out: both('folderValue') },
    summary: both('formsSummary'),
    note: both('formsNote'),
  },
  check: {
    options: ['plan', 'reports', 'out', 'json', 'docx', 'docx-format', 'as-of', 'period', 'previous', 'review', 'lang'],
    required: ['plan', 'reports', 'out'],
    values: { out: both('summaryValue') },
    summary: both('checkSummary'),
    note: both('exitStatus'),
  },
  remind: {
    options: ['plan', 'reports', 'as-of', 'json', 'outbox', 'period', 'review', 'lang'],
    required: ['plan', 'as-of'],
    summary: both('remindSummary'),
  },
  demo: {
    options: ['out', 'as-of', 'lang'],
    required: [],
    values: { out: both('folderValue') },
    summary: both('demoSummary'),
    note: both('demoNote'),
  },
};

/** Each kind of value, in words: what an error says the option accepts. */
export const ACCEPTS: Record<ValueKind, Words> = {
  path: both('acceptsPath'),
  paths: both('acceptsPaths'),
  date: both('acceptsDate'),
  period: both('acceptsPeriod'),
  lang: both('acceptsLang'),
  'docx-format': both('acceptsDocxFormat'),
};

/** What an option's value is called in a command's help. */
export function valueName(command: string, option: string, lang: Lang): string {
  return (COMMANDS[command].values?.[option] ?? OPTIONS[option].value)[lang];
}
