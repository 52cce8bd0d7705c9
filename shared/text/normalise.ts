// Vietnamese text as it arrives from Word, Excel and OCR, reduced to forms that compare equal.

/** Word and Sheets hand us NFD as often as NFC; everything downstream compares NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

// Both tone placements (`hoá`/`hóa`, `thuỷ`/`thủy`) are officially accepted, so the same header, office or
// target arrives spelled both ways; the one kept is the placement used by `hóa`. Only a syllable-final pair
// moves its tone (`hoàn`, `toán` are right as they are); after `q` the `u` belongs to the consonant, so `quý`
// already carries the tone on its only vowel. Matched on NFD so upper case (`HOÁ`, `THUỶ`) moves alike.
const TONE_PAIR = /(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

const DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const DASH = new RegExp(`[${DASHES}]`, 'gu');
const DASH_WITH_SPACES = new RegExp(`\\s*[${DASHES}]\\s*`, 'gu');
// Copy-paste from web pages and Word leaves zero-width characters that nobody can see.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** NFC with each closing oa/oe/uy's tone on its first vowel (hoá → hóa, THUỶ → THỦY); case kept. */
export function placeTones(s: string): string {
  return s.normalize('NFD').replace(TONE_PAIR, (_m, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`).normalize('NFC');
}

/** Equal labels for `Phòng Văn hoá – Xã hội:` and `phòng văn hóa-xã hội` alike. */
export function normaliseLabel(s: string): string {
  let t = placeTones(s.replace(INVISIBLE, '')).toLowerCase();
  t = t.replace(/\s+/gu, ' ');
  // `văn hóa - xã hội`, `văn hóa – xã hội` and `văn hóa-xã hội` are the same label.
  t = t.replace(DASH_WITH_SPACES, '-');
  // Header cells often end in `:` or `.`, which says nothing about the column.
  t = t.replace(/[\s:.]+$/u, '');
  return t.trim();
}

/** Text shown as the plan wrote it, one spelling per text so equal targets compare equal: tones placed, dashes `-`, spaces single. */
export function tidyText(s: string): string {
  return placeTones(s.replace(INVISIBLE, '')).replace(DASH, '-').replace(/\s+/gu, ' ').trim();
}

/** For matching words inside text (targets, deadlines): no marks, no case, one kind of dash, single spaces; punctuation kept. */
export function fold(s: string): string {
  return foldDiacritics(s.replace(INVISIBLE, '')).toLowerCase().replace(DASH, '-').replace(/\s+/gu, ' ').trim();
}

/** For loose matching only: OCR and hurried typing drop diacritics, so `Phong Van hoa` must still find its office. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

// Every report repeats the plan's units, targets, statuses and labels: remember their keys.
const looseKeys = new Map<string, string>();
const LOOSE_KEYS_MAX = 20_000;

/** The most forgiving key: no case, no diacritics, no punctuation (`VP. HĐND-UBND` → `vp hdnd ubnd`). */
export function looseKey(s: string): string {
  let key = looseKeys.get(s);
  if (key === undefined) {
    key = foldDiacritics(normaliseLabel(s))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (looseKeys.size >= LOOSE_KEYS_MAX) looseKeys.clear();
    looseKeys.set(s, key);
  }
  return key;
}
