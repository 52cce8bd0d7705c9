// nq57 forms: one report form per office, from the plan, into --out.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Args } from '../args';
import { one } from '../args';
import { loadPlan, UsageError } from '../inputs';
import type { Io } from '../output';
import { type Lang, formFilesRun, resolvePeriod, parsePeriod, todayInVietnam, t } from '../../shared';
import { writeWorkbook } from '../xlsx-write';
import { loadPrevious } from '../cycle-inputs';

const exists = (file: string) => fs.stat(file).then(() => true, () => false);

export async function writeForms(planFile: string, outDir: string, periodText: string | undefined, asOf: string, io: Io, lang: Lang, previousFile?: string): Promise<string[]> {
  const { plan } = await loadPlan(planFile, lang);
  const previous = previousFile ? (await loadPrevious(previousFile, lang)).result : null;
  const period = resolvePeriod(plan!, asOf, periodText ? parsePeriod(periodText) : null);
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  for (const form of formFilesRun(plan!, period, previous)) {
    const file = path.join(outDir, form.file);
    // A file already there may be a form an office has filled in: never replace it.
    if (await exists(file)) {
      kept.push(file);
      continue;
    }
    await writeWorkbook(file, form.sheets);
    written.push(file);
  }
  io.out(t(lang, 'cli.formsWritten', { count: written.length, period: period.label, dir: outDir }));
  if (kept.length > 0) {
    io.out(t(lang, 'cli.formsKept', { count: kept.length }));
    for (const k of kept) io.out(`  ${k}`);
  }
  return written;
}

export async function formsCommand(args: Args, io: Io, lang: Lang): Promise<number> {
  const plan = one(args, 'plan');
  const out = one(args, 'out');
  if (!plan || !out) throw new UsageError('nq57 forms --plan PLAN.xlsx --out DIR [--period P] [--previous RESULT.json]');
  const periodText = one(args, 'period');
  if (periodText && !parsePeriod(periodText)) throw new UsageError(`--period: 2026-H1 | 2026-H2 | 2026 | 2026-Q3 | 2026-07 (${periodText})`);
  await writeForms(plan, out, periodText, todayInVietnam(), io, lang, one(args, 'previous'));
  return 0;
}
