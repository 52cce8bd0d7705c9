// Names derived from an office: a sheet name within Excel's rules and a file name without diacritics, unique per office.
import { foldDiacritics } from '../text/normalise';
import { safeSheetName, SHEET_NAME_MAX } from '../excel-limits';

const SHORTER: Array<[RegExp, string]> = [
  [/\s+xã$/iu, ''],
  [/Trung tâm/giu, 'TT'],
  [/Văn phòng/giu, 'VP'],
  [/Hội đồng nhân dân/giu, 'HĐND'],
  [/Ủy ban nhân dân|Uỷ ban nhân dân/giu, 'UBND'],
  [/\s+và\s+/giu, ' & '],
];

/**
 * Sheet name for an office's form within Excel's rules (shared/excel-limits.ts): long names are shortened with the
 * usual abbreviations first; an apostrophe inside becomes ’ so the name never needs quoting in a formula or a
 * defined name (print titles); the `Đơn vị báo cáo:` cell, not the sheet name, says whose form it is.
 */
export function sheetNameFor(office: string, taken: Set<string> = new Set()): string {
  let name = office.normalize('NFC').replace(/[:\\/?*[\]]/g, '-').replace(/\s+/g, ' ').trim().replace(/'/g, '’');
  for (const [re, by] of SHORTER) if (name.length > SHEET_NAME_MAX) name = name.replace(re, by).trim();
  return safeSheetName(name, taken, 'Đơn vị');
}

/** 'Phòng Văn hóa - Xã hội' → 'phong-van-hoa-xa-hoi'. */
export function fileSlug(office: string): string {
  return foldDiacritics(office.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'don-vi';
}

/** Names Windows refuses as a file name whatever the extension. */
const RESERVED_FILE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** FNV-1a over UTF-16 units, as 8 hex digits: a short, stable tag for a name. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * One file name stem per office, distinct whatever the names: two offices whose slugs collide (names that
 * differ past 60 characters, or only in letters the slug drops) each get a tag of their full name, so a file
 * never stands for two offices and the same office keeps the same name from run to run.
 */
export function uniqueFileSlugs(offices: string[]): Map<string, string> {
  const names = [...new Set(offices.map((o) => o.normalize('NFC')))];
  const bySlug = new Map<string, string[]>();
  for (const n of names) {
    const s = fileSlug(n);
    const list = bySlug.get(s);
    if (list) list.push(n);
    else bySlug.set(s, [n]);
  }
  const out = new Map<string, string>();
  for (const [slug, list] of bySlug) {
    const clash = list.length > 1 || RESERVED_FILE.test(slug);
    for (const n of list) out.set(n, clash ? `${slug.slice(0, 51)}-${tag(n)}` : slug);
  }
  // Keyed by the name as given, too (callers look up with the office name they hold).
  for (const o of offices) out.set(o, out.get(o.normalize('NFC'))!);
  return out;
}
