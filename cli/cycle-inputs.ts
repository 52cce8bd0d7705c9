// --previous (an earlier result JSON) and --review (an earlier summary workbook): read, checked, refused clearly when wrong.
import { promises as fs } from 'node:fs';
import { CheckResult } from '../shared/schemas/result';
import type { Lang } from '../shared/messages';
import { readFailureText } from '../shared/messages';
import type { Period, Plan } from '../shared/schemas/plan';
import { readReview, type ReviewRead } from '../shared/cycle/review';
import { readWorkbookGrids } from './xlsx-read';
import { UsageError } from './inputs';

/** An earlier `check --json` output, validated against the result schema (exit 2 when it is not one). */
export async function loadPrevious(file: string, lang: Lang): Promise<{ result: CheckResult; source: string }> {
  const vi = lang === 'vi';
  const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(vi ? `--previous: không đọc được tệp ${file} (${e.code ?? e.message}).` : `--previous: cannot read ${file} (${e.code ?? e.message}).`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(vi ? `--previous: tệp ${file} không phải JSON. Hãy dùng tệp kết quả do "nq57 check --json" ghi ở kỳ trước.` : `--previous: ${file} is not JSON. Use the result file "nq57 check --json" wrote for the previous period.`);
  }
  const parsed = CheckResult.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(gốc)'}: ${first.message}` : '';
    throw new UsageError(
      vi
        ? `--previous: tệp ${file} không phải kết quả JSON của "nq57 check --json" (${where}). Hãy dùng tệp kết quả của kỳ trước.`
        : `--previous: ${file} is not a result of "nq57 check --json" (${where}). Use the previous period's result file.`,
    );
  }
  return { result: parsed.data, source: file };
}

/** The standing office's decisions from an earlier summary's 'Tình hình báo cáo' sheet (exit 2 when the file is no summary). */
export async function loadReview(file: string, plan: Plan, period: Period, lang: Lang): Promise<ReviewRead> {
  const vi = lang === 'vi';
  const read = await readWorkbookGrids(file);
  if (!read.ok) throw new UsageError(vi ? `--review: không đọc được tệp ${file}: ${readFailureText(read.failure.reason, lang)}.` : `--review: cannot read ${file}: ${readFailureText(read.failure.reason, lang)}.`);
  const review = readReview(read.grids, plan, period, file);
  if (!review) {
    throw new UsageError(
      vi
        ? `--review: tệp ${file} không có trang "Tình hình báo cáo"; hãy dùng bảng tổng hợp do "nq57 check" ghi, trong đó cơ quan thường trực đã ghi cột "Duyệt".`
        : `--review: ${file} has no "Tình hình báo cáo" sheet; use a summary written by "nq57 check" in which the standing office filled the "Duyệt" column.`,
    );
  }
  return review;
}
