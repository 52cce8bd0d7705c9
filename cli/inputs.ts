// Reading the plan and the report files from disk, each workbook once, never writing to them.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readWorkbookGrids } from './xlsx-read';
import { importPlan, type ImportedPlan, type ReportInput, type Lang, readFailureText, render, t } from '../shared';
import type { Io } from './output';
import { parseDateOption } from './option-values';
import { ACCEPTS } from './option-table';

export class UsageError extends Error {}

const REPORT_EXT = /\.(xlsx|xlsm|xls|ods)$/i;

export async function loadPlan(file: string, lang: Lang): Promise<ImportedPlan & { file: string }> {
  const read = await readWorkbookGrids(file);
  if (!read.ok) throw new UsageError(render('PLAN_UNREADABLE', { file, detail: readFailureText(read.failure.reason, lang) }, lang));
  const imported = importPlan(read.grids, path.basename(file).replace(/\.[^.]+$/, ''));
  if (!imported.plan) throw new UsageError(imported.issues.map((i) => (lang === 'en' ? i.messageEn ?? i.message : i.message)).join('\n'));
  return { ...imported, file };
}

/** Expands directories to the workbooks in them (sorted, no Excel lock files '~$…'). */
export async function listReports(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p)).filter((n) => REPORT_EXT.test(n) && !n.startsWith('~$') && !n.startsWith('.')).sort();
      // One at a time: a spread of a 200,000-entry folder would overflow the call stack.
      for (const n of names) files.push(path.join(p, n));
    } else files.push(p);
  }
  return files;
}

/**
 * The name an input goes by in everything we write (summary, JSON, draft, mails, links): its path relative to `base`,
 * the folder the summary is written to, with forward slashes, so a link still opens when the folder is moved with its
 * reports. The base name when no relative path exists (another drive) or when the only one climbs to the file system's
 * root: such a path spells out the whole machine path and breaks on any move anyway.
 */
export function outputName(file: string, base: string): string {
  const from = path.resolve(base);
  const to = path.resolve(file);
  const rel = path.relative(from, to);
  if (rel === '' || path.isAbsolute(rel)) return path.basename(to);
  const parts = rel.split(path.sep);
  const ups = parts.filter((p) => p === '..').length;
  const depth = from.split(path.sep).filter(Boolean).length;
  if (ups > 0 && ups >= depth) return path.basename(to);
  return parts.join('/');
}

/**
 * Reads the reports one at a time, handing each to `take` before the next is read, so only one workbook is held at
 * once. Each report reaches the core named by `outputName` against `base`; terminal lines keep what the user typed.
 */
export async function readReports(files: string[], io: Io, lang: Lang, take: (input: ReportInput) => void, base = '.'): Promise<void> {
  const many = files.length > 10;
  for (const [i, file] of files.entries()) {
    if (many) io.err(t(lang, 'cli.reading', { index: i + 1, count: files.length, file }));
    const read = await readWorkbookGrids(file);
    const name = outputName(file, base);
    if (!read.ok) {
      take({ file: name, failure: read.failure });
      continue;
    }
    take({ file: name, grids: read.grids, savedAt: read.savedAt });
  }
}

/** An --as-of value as ISO (main has already refused a bad one with the option's own message). */
export function isoDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const iso = parseDateOption(text);
  if (iso === null) throw new UsageError(`--as-of: "${text}": ${ACCEPTS.date.vi} / ${ACCEPTS.date.en}`);
  return iso;
}
