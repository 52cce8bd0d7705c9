// Where outputs may go and how they are written: never onto an input, a device or another output (compared as
// real files: device and inode, real paths), always through a temporary file renamed into place, and no
// temporary file left behind when the run is interrupted.
import { promises as fs, unlinkSync } from 'node:fs';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';
import { type Lang, t } from '../shared';
import { UsageError } from './inputs';

/** A refused output: the command line says it and exits 2 before reading anything. */
export class OutputRefused extends UsageError {}

export type Output = { option: string; path: string };

type Identity = { keys: string[]; kind: 'absent' | 'file' | 'other' };

async function identity(path: string): Promise<Identity> {
  const keys: string[] = [];
  // The real folder plus the name: two spellings of one path (./a/../x.json, a symlinked folder) are one file.
  const dir = await fs.realpath(nodePath.dirname(nodePath.resolve(path))).catch(() => nodePath.dirname(nodePath.resolve(path)));
  keys.push(`path:${nodePath.join(dir, nodePath.basename(path))}`);
  // stat follows a symlink: what a write through the path would reach, and any hard link shares dev and ino.
  const st = await fs.stat(path).catch(() => null);
  if (!st) {
    const link = await fs.lstat(path).catch(() => null);
    // A dangling symlink: its target would be created by a write through it.
    if (link?.isSymbolicLink()) keys.push(`path:${nodePath.resolve(dir, await fs.readlink(path))}`);
    return { keys, kind: 'absent' };
  }
  keys.push(`ino:${st.dev}:${st.ino}`);
  return { keys, kind: st.isFile() ? 'file' : 'other' };
}

function refusal(lang: Lang, o: Output, what: 'input' | 'device' | 'output', other?: Output): OutputRefused {
  const where = { option: o.option, path: o.path };
  if (what === 'input') return new OutputRefused(t(lang, 'cli.outputIsInput', where));
  if (what === 'device') return new OutputRefused(t(lang, 'cli.outputIsDevice', where));
  return new OutputRefused(t(lang, 'cli.outputsClash', { ...where, other: other?.option ?? '' }));
}

/** Refuses, before anything is read or written, an output that is an input, a device, or another output. */
export async function guardOutputs(outputs: Output[], inputs: string[], lang: Lang): Promise<void> {
  const taken = new Set<string>();
  for (const i of inputs) for (const k of (await identity(i)).keys) taken.add(k);
  const seen = new Map<string, Output>();
  for (const o of outputs) {
    const id = await identity(o.path);
    if (id.keys.some((k) => taken.has(k))) throw refusal(lang, o, 'input');
    if (id.kind === 'other') throw refusal(lang, o, 'device');
    for (const k of id.keys) {
      const other = seen.get(k);
      if (other) throw refusal(lang, o, 'output', other);
    }
    for (const k of id.keys) seen.set(k, o);
  }
}

/** Temporary files being written now: removed if the run is interrupted or ends before their rename. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      removePending();
      process.removeListener(signal, onSignal);
      // Die of the same signal, so the shell sees an interrupted run (exit 130 for Ctrl+C), not a success.
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * Writes `data` to a new temporary file beside `path` (created exclusively: never through an existing link),
 * flushes it, then renames it over `path`: a reader never sees half a file, and a link at `path` is replaced,
 * never written through.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  installHandlers();
  const dir = nodePath.dirname(path);
  const tmp = nodePath.join(dir, `.${nodePath.basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
    pending.delete(tmp);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    pending.delete(tmp);
    throw e;
  }
}
