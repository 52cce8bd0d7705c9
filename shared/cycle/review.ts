// Review by the standing office: 'Duyệt' / 'Lý do trả lại' read back from an earlier summary, kept while the report stays the same.
import type { Grid } from '../grid';
import { a1 } from '../grid';
import { issue, type Issue } from '../issues';
import type { Period, Plan } from '../schemas/plan';
import type { CheckResult, Review } from '../schemas/result';
import { cellText } from '../tables/codes';
import { looseKey } from '../text/normalise';
import { createOfficeMatcher } from '../text/offices';
import { parsePeriod } from '../plan/period';
import { SUMMARY_SHEETS } from '../render/summary-sheets';
import { BOARD_COLUMNS, REVIEW_WORDS } from '../render/office-board';

export type ReviewDecision = {
  office: string;
  state: 'approved' | 'returned';
  reason: string | null;
  /** The fingerprint of the data the decision was made on (the summary row's 'Mã dữ liệu'); null if that cell was lost. */
  fingerprint: string | null;
};

export type ReviewRead = { decisions: Map<string, ReviewDecision>; issues: Issue[] };

const APPROVED = new Set(['da duyet', 'duyet', 'approved']);
const RETURNED = new Set(['tra lai', 'da tra lai', 'returned']);

function columnOf(keys: string[], labels: readonly string[]): number {
  const wanted = labels.map(looseKey);
  return keys.findIndex((k) => wanted.includes(k));
}

/** The period an earlier summary was made for, from its overview's 'Kỳ báo cáo:' cell. */
function summaryPeriod(grids: Grid[]): Period | null {
  const overview = grids.find((g) => g.name === SUMMARY_SHEETS.vi.overview || g.name === SUMMARY_SHEETS.en.overview);
  for (const row of overview?.values ?? []) {
    const at = row.findIndex((c) => typeof c === 'string' && (looseKey(c) === 'ky bao cao' || looseKey(c) === 'period'));
    if (at >= 0) return parsePeriod(cellText(row[at + 1] ?? null));
  }
  return null;
}

/**
 * Decisions typed into an earlier summary's 'Tình hình báo cáo' sheet (the workbook's own in Excel and
 * Sheets; `--review` on the command line). Null when no such sheet is among the grids.
 */
export function readReview(grids: Grid[], plan: Plan, period: Period, source: string | null = null): ReviewRead | null {
  const sheet = grids.find((g) => g.name === SUMMARY_SHEETS.vi.offices || g.name === SUMMARY_SHEETS.en.offices);
  if (!sheet) return null;
  const decisions = new Map<string, ReviewDecision>();
  const issues: Issue[] = [];
  const headerRow = sheet.values.findIndex((row = []) => {
    // A sparse grid's missing rows and cells arrive as undefined.
    const keys = Array.from(row, (c) => (typeof c === 'string' ? looseKey(c) : ''));
    return columnOf(keys, BOARD_COLUMNS.office) >= 0 && columnOf(keys, BOARD_COLUMNS.decision) >= 0;
  });
  // An older summary without review columns: nothing decided yet.
  if (headerRow < 0) return { decisions, issues };
  const earlier = summaryPeriod(grids);
  if (earlier && earlier.id !== period.id) {
    issues.push(issue('warning', 'REVIEW_OTHER_PERIOD', { file: source, sheet: sheet.name }, { file: source ?? sheet.name, found: earlier.label, expected: period.label }));
    return { decisions, issues };
  }
  const keys = Array.from(sheet.values[headerRow], (c) => (typeof c === 'string' ? looseKey(c) : ''));
  const col = {
    office: columnOf(keys, BOARD_COLUMNS.office),
    decision: columnOf(keys, BOARD_COLUMNS.decision),
    reason: columnOf(keys, BOARD_COLUMNS.reason),
    fingerprint: columnOf(keys, BOARD_COLUMNS.fingerprint),
  };
  const matcher = createOfficeMatcher(plan.offices);
  const where = (r: number, c: number) => ({ file: source, sheet: sheet.name, cell: a1(r, c) });
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const name = cellText(row[col.office] ?? null);
    const decisionText = cellText(row[col.decision] ?? null);
    if (!decisionText) continue;
    const k = looseKey(decisionText);
    const state = APPROVED.has(k) ? 'approved' : RETURNED.has(k) ? 'returned' : null;
    if (!state) {
      issues.push(issue('warning', 'REVIEW_UNKNOWN_DECISION', where(r, col.decision), { cell: a1(r, col.decision), sheet: sheet.name, text: decisionText.slice(0, 40) }));
      continue;
    }
    const office = plan.offices.find((o) => o.name === name)?.name ?? matcher.find(name);
    if (!office) {
      issues.push(issue('warning', 'REVIEW_UNKNOWN_OFFICE', where(r, col.office), { row: r + 1, sheet: sheet.name, name: name.slice(0, 80) }));
      continue;
    }
    const reason = col.reason >= 0 ? cellText(row[col.reason] ?? null) : '';
    const fingerprint = col.fingerprint >= 0 ? cellText(row[col.fingerprint] ?? null) : '';
    if (!decisions.has(office)) decisions.set(office, { office, state, reason: reason || null, fingerprint: fingerprint || null });
  }
  return { decisions, issues };
}

/**
 * Each office's review state for this run: a decision stands while the office's data has the fingerprint it
 * was made on; a changed report goes back to pending (with CHANGED_AFTER_APPROVAL after an approval).
 */
export function applyReview(result: CheckResult, decisions: Map<string, ReviewDecision> | null, fingerprints: Map<string, string>): { result: CheckResult; issues: Issue[] } {
  const issues: Issue[] = [];
  const offices = result.offices.map((o) => {
    const d = decisions?.get(o.name);
    const now = fingerprints.get(o.name) ?? null;
    let review: Review = { state: 'pending', reason: null };
    if (d) {
      const same = d.fingerprint === null || d.fingerprint === now;
      if (same) review = { state: d.state, reason: d.state === 'returned' ? d.reason : null };
      else if (d.state === 'approved') issues.push(issue('warning', 'CHANGED_AFTER_APPROVAL', { office: o.name }, { office: o.name }));
      else issues.push(issue('info', 'REVIEW_RESUBMITTED', { office: o.name }, { office: o.name }));
      if (same && d.state === 'returned') {
        issues.push(issue('warning', 'REPORT_RETURNED', { office: o.name }, { office: o.name, reason: d.reason ?? REVIEW_WORDS.vi.noReason }));
      }
    }
    return { ...o, review, fingerprint: now ?? undefined };
  });
  return { result: { ...result, offices }, issues };
}

