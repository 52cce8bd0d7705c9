// The year an indicator's target is set for, from the words of the plan ('Đến năm 2030'): one rule for every output.
import type { Lang } from '../messages';

const YEAR_WORDS = /(đến|tới|vào)?\s*năm\s+(\d{4})/iu;

/** The year a target is set for: the section's ('Đến năm 2030'), else the target's own words, else the plan's year. */
export function horizonOf(sectionTitle: string, target: string, planTitle: string): { year: number; text: Record<Lang, string> } | null {
  for (const [text, by] of [[sectionTitle, true], [target, true], [planTitle, false]] as const) {
    const m = YEAR_WORDS.exec(text.normalize('NFC'));
    if (!m) continue;
    const year = Number(m[2]);
    const until = by && m[1] !== undefined;
    return { year, text: { vi: `${until ? 'Đến năm' : 'Năm'} ${year}`, en: `${until ? 'By' : 'Year'} ${year}` } };
  }
  return null;
}
