// "Điền theo hướng dẫn" in Sheets: the core's guided walk over the sheet the user is on, one server call a step.
// Nothing is kept between calls: each step reads the spreadsheet again (one API call), so what the office typed in
// the sheet meanwhile counts, and only the steps (never a grid) cross to the sidebar, JSON-safe.
import { answerGuideAt, cellDay, formatDateVi, startGuide, type Guide, type GuideStep, type GuideWalk, type Lang } from '../shared';
import { Workbook } from './sheets-adapter';
import { runOptions, userLang } from './run-options';

/** A step as the sidebar gets it: a date cell's value as dd/mm/yyyy text, since google.script.run refuses Dates. */
export type GuideStepView = Omit<GuideStep, 'current'> & { current: string | number | boolean | null };

export type GuideView =
  | { ok: true; sheet: string; office: string; steps: GuideStepView[]; index: number }
  | { ok: false; sheet: string; reason: 'not_a_form' | 'no_plan'; problems: string[] };

function stepView(s: GuideStep): GuideStepView {
  const c = s.current;
  return { ...s, current: c instanceof Date ? formatDateVi(cellDay(c) ?? '') : c };
}

function view(sheet: string, guide: Guide, walk: GuideWalk | null, lang: Lang): GuideView {
  if (!guide.ok || !walk) {
    const issues = guide.ok ? [] : guide.issues;
    return { ok: false, sheet, reason: guide.ok ? 'not_a_form' : guide.reason, problems: issues.filter((i) => i.severity === 'error').map((i) => (lang === 'en' ? (i.messageEn ?? i.message) : i.message)) };
  }
  return { ok: true, sheet, office: guide.office, steps: walk.steps.map(stepView), index: walk.index };
}

/** Starts on the sheet the user is on: its first step's cell is selected. */
export function guideStart(options?: unknown, now: Date = new Date()): GuideView {
  const { asOf } = runOptions(options, now);
  const lang = userLang();
  const wb = Workbook.open();
  const sheet = wb.activeSheetName();
  const out = startGuide(wb.read(sheet), { asOf, lang });
  wb.write(out.writes);
  wb.commit();
  return view(sheet, out.guide, out.walk, lang);
}

/**
 * The office's answer for `cell` of `sheet`: written, the sheet checked again, the next cell selected. A cell that
 * needs nothing any more (fixed in the sheet meanwhile) is left as the office made it: no write, the walk goes on.
 */
export function guideAnswer(sheet: unknown, cell: unknown, input: unknown, options?: unknown, now: Date = new Date()): GuideView {
  const { asOf } = runOptions(options, now);
  const lang = userLang();
  const name = String(sheet ?? '');
  const at = String(cell ?? '');
  const wb = Workbook.open();
  const out = answerGuideAt(wb.grids, name, at, typeof input === 'string' ? input : String(input ?? ''), { asOf, lang });
  if (out.writes.length > 0) {
    wb.write(out.writes);
    wb.commit();
  }
  return view(name, out.guide, out.walk, lang);
}
