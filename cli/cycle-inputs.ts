// --previous (an earlier result JSON) and --review (an earlier summary workbook): read, checked, refused clearly when wrong.
import { promises as fs } from 'node:fs';
import { CheckResult, type Lang, readFailureText, type Period, type Plan, readReview, type ReviewRead, t } from '../shared';
import { readWorkbookGrids } from './xlsx-read';
import { UsageError } from './inputs';

/** An earlier `check --json` output, validated against the result schema (exit 2 when it is not one). */
export async function loadPrevious(file: string, lang: Lang): Promise<{ result: CheckResult; source: string }> {
  const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(t(lang, 'cli.previousUnreadable', { file, detail: e.code ?? e.message }));
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(t(lang, 'cli.previousNotJson', { file }));
  }
  const parsed = CheckResult.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || t(lang, 'cli.jsonRoot')}: ${first.message}` : '';
    throw new UsageError(t(lang, 'cli.previousNotResult', { file, where }));
  }
  return { result: parsed.data, source: file };
}

/** The standing office's decisions from an earlier summary's 'Tình hình báo cáo' sheet (exit 2 when the file is no summary). */
/** `shownAs`: the name the file goes by in issues (no machine path); messages to the terminal keep what the user typed. */
export async function loadReview(file: string, plan: Plan, period: Period, lang: Lang, shownAs = file): Promise<ReviewRead> {
  const read = await readWorkbookGrids(file);
  if (!read.ok) throw new UsageError(t(lang, 'cli.reviewUnreadable', { file, detail: readFailureText(read.failure.reason, lang) }));
  const review = readReview(read.grids, plan, period, shownAs);
  if (!review) {
    throw new UsageError(t(lang, 'cli.reviewNotSummary', { file }));
  }
  return review;
}
