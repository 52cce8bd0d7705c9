// The day deadlines are judged on, as an officer types it (`nq57 --as-of`, a pane's date box).
import { isIsoDate } from './period';

/** Dates further out are typing slips (0100-06-01, 9999-12-31): refuse them rather than judge deadlines by them. */
export const AS_OF_YEAR_MIN = 2000;
export const AS_OF_YEAR_MAX = 2100;

/** `YYYY-MM-DD` or `dd/mm/yyyy` (how officers write dates; `d/m/yyyy` too) naming a real day in range, as ISO; else null. */
export function readAsOfDate(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : t;
  if (!isIsoDate(iso)) return null;
  const year = Number(iso.slice(0, 4));
  return year >= AS_OF_YEAR_MIN && year <= AS_OF_YEAR_MAX ? iso : null;
}
