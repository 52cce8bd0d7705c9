// A small argument parser for nq57: `--name value`, repeated values after --reports, flags without values.
import { FLAGS as FLAG_WORDS, OPTIONS } from './option-table';

export type Args = { command: string | null; options: Map<string, string[]>; flags: Set<string>; errors: string[] };

const FLAGS = new Set(Object.keys(FLAG_WORDS));
/** Options that take several values (DIR_OR_FILES...), from the option table. */
const many = (name: string) => OPTIONS[name]?.kind === 'paths';

export function parseArgs(argv: string[]): Args {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const errors: string[] = [];
  let command: string | null = null;
  let current: string | null = null;
  for (const arg of argv) {
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (FLAGS.has(name)) {
        flags.add(name);
        current = null;
        continue;
      }
      current = name;
      if (!options.has(name)) options.set(name, []);
      if (inline !== undefined) {
        options.get(name)!.push(inline);
        current = many(name) ? name : null;
      }
      continue;
    }
    if (current) {
      options.get(current)!.push(arg);
      if (!many(current)) current = null;
    } else if (command === null) command = arg;
    else errors.push(arg);
  }
  return { command, options, flags, errors };
}

export function one(args: Args, name: string): string | undefined {
  return args.options.get(name)?.[0];
}
