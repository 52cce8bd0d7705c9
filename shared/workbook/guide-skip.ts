// Skipping a step of the guided walk: pure and small, so the Sheets sidebar runs it in the page without the check.
import type { WorkbookWrite } from '../port';
import type { GuideWalk } from './guided-form';

/** The office skips the current step: the next one (round the end) is shown. */
export function skipGuide(walk: GuideWalk): { walk: GuideWalk; writes: WorkbookWrite[] } {
  if (walk.steps.length === 0) return { walk, writes: [] };
  const index = (walk.index + 1) % walk.steps.length;
  return { walk: { ...walk, index }, writes: [{ kind: 'activate', sheet: walk.sheet, cell: walk.steps[index].cell }] };
}
