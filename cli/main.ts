// nq57: the command line over real .xlsx files. Commands load lazily so `nq57 --help` stays fast.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs, one } from './args';
import { consoleIo, type Io } from './output';
import { ACCEPTS, COMMANDS } from './option-table';
import { argumentErrors, isLang } from './option-values';
import { commandHelp, generalHelp } from './help';
import { type Lang, t } from '../shared';

type Command = (args: ReturnType<typeof parseArgs>, io: Io, lang: Lang) => Promise<number>;

function command(name: string): Command | null {
  switch (name) {
    case 'forms':
      return require('./commands/forms').formsCommand;
    case 'check':
      return require('./commands/check').checkCommand;
    case 'remind':
      return require('./commands/remind').remindCommand;
    case 'demo':
      return require('./commands/demo').demoCommand;
    default:
      return null;
  }
}

/** The package's version, from the nearest package.json up from here (dist/cli/ when built, cli/ under ts-jest). */
function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

function unknownCommand(name: string, lang: Lang): string {
  const list = Object.keys(COMMANDS).join(', ');
  return t(lang, 'cli.unknownCommand', { name, list });
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const args = parseArgs(argv);
  const langOpt = one(args, 'lang');
  // A wrong --lang is itself an argument error, said in Vietnamese (the default).
  const lang: Lang = isLang(langOpt) ? langOpt : 'vi';
  if (args.options.has('lang') && !isLang(langOpt)) {
    const value = langOpt ?? '';
    io.err(`${t('vi', 'cli.invalidValue', { name: 'lang', value, accepts: ACCEPTS.lang.vi })} / ${t('en', 'cli.invalidValue', { name: 'lang', value, accepts: ACCEPTS.lang.en })}`);
    return 2;
  }
  if (args.flags.has('version')) {
    io.out(version());
    return 0;
  }
  if (args.command === 'help') {
    const topic = args.errors[0];
    if (topic === undefined) io.out(generalHelp(lang));
    else if (COMMANDS[topic]) io.out(commandHelp(topic, lang));
    else {
      io.err(unknownCommand(topic, lang));
      return 2;
    }
    return 0;
  }
  if (args.command === null) {
    if (args.flags.has('help')) {
      io.out(generalHelp(lang));
      return 0;
    }
    io.err(generalHelp(lang));
    return 2;
  }
  const run = command(args.command);
  if (!run || !COMMANDS[args.command]) {
    io.err(unknownCommand(args.command, lang));
    return 2;
  }
  if (args.flags.has('help')) {
    io.out(commandHelp(args.command, lang));
    return 0;
  }
  const errors = argumentErrors(args.command, args, lang);
  if (errors.length > 0) {
    for (const e of errors) io.err(e);
    io.err('');
    io.err(commandHelp(args.command, lang));
    return 2;
  }
  try {
    return await run(args, io, lang);
  } catch (e) {
    const { UsageError } = require('./inputs') as typeof import('./inputs');
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    // A file system refusal (no such folder, a file where a folder should be) is the user's to fix: no stack.
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && e instanceof Error) {
      io.err(t(lang, 'cli.fileError', { detail: e.message }));
      return 2;
    }
    io.err(t(lang, 'cli.unexpected', { detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
    return 2;
  }
}
