// Builds dist/apps-script when it is missing or older than its sources, and runs the BUILT bundle in a vm with the fakes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createFakes, type Fakes, type FakeOptions } from './fakes';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist', 'apps-script');
const BUNDLE = path.join(DIST, 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  const outputs = ['main.js', 'sidebar.html', 'appsscript.json'].map((f) => path.join(DIST, f));
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const sources = Math.max(newestSource(path.join(ROOT, 'apps-script')), newestSource(path.join(ROOT, 'shared')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  return sources > built;
}

/**
 * `npx webpack --mode production --env host=apps-script` once, even when several test files start
 * together: a lock directory lets one build while the others wait (the build cleans dist/apps-script).
 */
export function ensureBuilt(): void {
  const lock = path.join(os.tmpdir(), 'nq57-apps-script-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than the deadline was left by a killed run.
      if (Date.now() > deadline || Date.now() - fs.statSync(lock).mtimeMs > 180_000) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (stale()) {
      const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
      execFileSync(process.execPath, [cli, '--mode', 'production', '--env', 'host=apps-script'], { cwd: ROOT, stdio: 'pipe' });
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export type Loaded = {
  fakes: Fakes;
  ctx: vm.Context;
  /** Calls a global function of the bundle; the answer crosses JSON as google.script.run would pass it. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
};

/** A Date whose `new Date()` and `Date.now()` say `iso`, installed in the context before the bundle runs. */
function fixedClock(iso: string): string {
  return `(() => {
    const Real = Date;
    const NOW = Real.parse(${JSON.stringify(iso)});
    class FixedDate extends Real {
      constructor(...a) { if (a.length === 0) super(NOW); else super(...a); }
      static now() { return NOW; }
    }
    globalThis.Date = FixedDate;
  })();`;
}

export function loadBundle(opts: Partial<Omit<FakeOptions, 'htmlDir'>> & { now?: string } = {}): Loaded {
  const code = fs.readFileSync(BUNDLE, 'utf8');
  const ctx = vm.createContext({});
  if (opts.now) vm.runInContext(fixedClock(opts.now), ctx);
  const fakes = createFakes({ ...opts, htmlDir: DIST });
  Object.assign(ctx, fakes.globals);
  vm.runInContext(code, ctx, { filename: 'dist/apps-script/main.js' });
  return {
    fakes,
    ctx,
    call<T>(name: string, ...args: unknown[]): T {
      const f = ctx[name];
      if (typeof f !== 'function') throw new Error(`the bundle defines no global ${name}`);
      const out = f(...args);
      return out === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(out)) as T);
    },
  };
}
