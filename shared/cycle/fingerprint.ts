// A short fingerprint of what an office reported (its validated values only), so an approval can tell a changed report.
import type { ValidatedReport } from '../validate/validate-report';

/** cyrb53: 53 bits, enough to tell one office's report from its next version; not a security measure. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Values, judgements, statuses, dates and texts by item, in key order: saving the file again, moving it or
 * retyping a header keeps the fingerprint; changing any figure or status changes it.
 */
export function reportFingerprint(report: ValidatedReport | undefined): string {
  if (!report) return hash53('');
  const indicators = [...report.indicators.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((v) => [v.key, v.value, v.ratio?.numerator ?? null, v.ratio?.denominator ?? null, v.judgement, v.unjudged]);
  const tasks = [...report.tasks.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((v) => [v.key, v.status, v.doneDate, v.achieved, v.difficulties, v.proposals]);
  return hash53(JSON.stringify([indicators, tasks]));
}
