// The built add-in (dist/addin), made on demand: tests check what `npm run build` ships, not the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist', 'addin');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  const bundle = path.join(DIST, 'taskpane.js');
  const manifest = path.join(DIST, '..', 'manifest.xml');
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < statSync(path.join(ROOT, 'manifest.xml')).mtimeMs) return true;
  return !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest(path.join(ROOT, 'addin')), newest(path.join(ROOT, 'shared')));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/addin when it is missing or older than the add-in's or the core's sources. Test files run in parallel
 * workers, and webpack empties dist/addin first: a lock directory lets one worker build while the others wait.
 */
export function ensureBuilt(): void {
  const lock = `${DIST}.lock`;
  mkdirSync(path.dirname(DIST), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (!stale()) return;
    try {
      mkdirSync(lock, { recursive: false });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build is running`);
      sleep(250);
    }
  }
  try {
    if (!stale()) return;
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', 'host=addin'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
