// A small argument parser for nq57: `--name value`, repeated values after --reports, flags without values.
export type Args = { command: string | null; options: Map<string, string[]>; flags: Set<string>; errors: string[] };

const FLAGS = new Set(['help', 'version', 'quiet']);

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
        current = name === 'reports' ? name : null;
      }
      continue;
    }
    if (current) {
      options.get(current)!.push(arg);
      // Only --reports takes several values (DIR_OR_FILES...).
      if (current !== 'reports') current = null;
    } else if (command === null) command = arg;
    else errors.push(arg);
  }
  return { command, options, flags, errors };
}

export function one(args: Args, name: string): string | undefined {
  return args.options.get(name)?.[0];
}
