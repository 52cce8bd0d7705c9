// Office names as plans and reports write them: one key per office, and lead cells split into offices.
import { looseKey, nfc } from './normalise';

export type OfficeEntry = { name: string; aliases: string[] };
/** `offices` are canonical names in the order written, without repeats; `unknown` are parts as written. */
export type OfficeMatch = { offices: string[]; all: boolean; unknown: string[] };

// Abbreviations officers use for the commune's offices, as looseKey tokens → full words.
// Longer sequences come first so `ttpvhcc` is not read as `tt` + something.
const EXPANSIONS: Array<[string[], string[]]> = [
  [['hoi', 'dong', 'nhan', 'dan'], ['hdnd']],
  [['uy', 'ban', 'nhan', 'dan'], ['ubnd']],
  [['ttpvhcc'], ['trung', 'tam', 'phuc', 'vu', 'hanh', 'chinh', 'cong']],
  [['pvhcc'], ['phuc', 'vu', 'hanh', 'chinh', 'cong']],
  [['hcc'], ['hanh', 'chinh', 'cong']],
  [['ttdvth'], ['trung', 'tam', 'dich', 'vu', 'tong', 'hop']],
  [['dvth'], ['dich', 'vu', 'tong', 'hop']],
  [['vhxh'], ['van', 'hoa', 'xa', 'hoi']],
  [['vh'], ['van', 'hoa']],
  [['xh'], ['xa', 'hoi']],
  [['vphdnd'], ['van', 'phong', 'hdnd']],
  [['hdndubnd'], ['hdnd', 'ubnd']],
  [['vp'], ['van', 'phong']],
  [['tt'], ['trung', 'tam']],
  [['kthtdt'], ['kinh', 'te', 'ha', 'tang', 'do', 'thi']],
  [['kt'], ['kinh', 'te']],
  [['ht'], ['ha', 'tang']],
  [['tyt'], ['tram', 'y', 'te']],
  [['yt'], ['y', 'te']],
];
// Short enough to mean something else mid-name, so only read as an office head at the start.
const LEADING_EXPANSIONS: Record<string, string[]> = {
  p: ['phong'],
  ca: ['cong', 'an'],
};
// The commune or ward an office belongs to is implied; `Công an xã` is `Công an`.
const TRAILING_PLACE = new Set(['xa', 'phuong']);

function expand(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const leading = i === 0 ? LEADING_EXPANSIONS[tokens[0]] : undefined;
    if (leading) {
      out.push(...leading);
      i += 1;
      continue;
    }
    // `ĐT` is `Đô thị` only after `Hạ tầng` (`KT-HT&ĐT`); elsewhere it may be `đào tạo` or `điện tử`.
    if (tokens[i] === 'dt' && out.length >= 2 && out[out.length - 2] === 'ha' && out[out.length - 1] === 'tang') {
      out.push('do', 'thi');
      i += 1;
      continue;
    }
    const hit = EXPANSIONS.find(([from]) => from.every((t, k) => tokens[i + k] === t));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return out;
}

/** Same office, same key: `Phòng VH-XH`, `P. VH-XH` and `Phòng Văn hoá – Xã hội xã` all give `phong van hoa xa hoi`. */
export function officeKey(name: string): string {
  // `Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)`, `Tập đoàn … (Viettel)`: a closing aside does not make another office.
  const bare = name.replace(/\s*\([^()]*\)\s*$/u, '');
  const loose = looseKey(bare.trim() === '' ? name : bare);
  if (loose === '') return '';
  // `và`, `&` and `-` all join HĐND and UBND; dropping `và` makes them one.
  const tokens = expand(loose.split(' ')).filter((t) => t !== 'va');
  if (tokens.length > 1 && TRAILING_PLACE.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(' ');
}

// Nouns that name the plan's own offices collectively: a commune's (`Các phòng, ban`, `Các cơ quan, đơn vị`)
// and a ministry or province plan's (`Các bộ, ngành, địa phương`, `Các sở, ban, ngành` in 03/NQ-CP's appendices).
const COLLECTIVES = [
  ['phong'], ['ban'], ['don', 'vi'], ['co', 'quan'], ['trung', 'tam'], ['bo', 'phan'], ['bo'], ['nganh'], ['so'],
  ['dia', 'phuong'],
];
// What follows such a noun when it means bodies outside the commune's apparatus (`Các cơ quan báo chí`).
const OUTSIDE = [
  ['bao', 'chi'], ['truyen', 'thong'], ['giao', 'duc'], ['y', 'te'], ['vien', 'thong'], ['kinh', 'doanh'],
  ['doanh', 'nghiep'], ['cap', 'tinh'], ['cap', 'tren'], ['trung', 'uong'], ['tinh'], ['dang'], ['hoc'],
  ['kham'], ['hop'], ['may'], ['su', 'nghiep'],
];

function startsWith(tokens: string[], at: number, words: string[]): boolean {
  return words.every((w, k) => tokens[at + k] === w);
}

/** Where the words after `Các` / `Tất cả các` begin, or -1 when the text does not open that way. */
function afterAllWords(tokens: string[]): number {
  let at = 0;
  if (startsWith(tokens, 0, ['tat', 'ca']) || startsWith(tokens, 0, ['toan', 'bo']) || startsWith(tokens, 0, ['toan', 'the'])) {
    at = 2;
    if (tokens[at] === 'cac') at += 1;
    return at;
  }
  // `Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã` (Thống Nhất's plan drops the `Các`): a bare plural.
  if (tokens[0] === 'phong' && (tokens.length === 1 || tokens[1] === 'ban')) return 0;
  return tokens[0] === 'cac' ? 1 : -1;
}

/**
 * A body named by a collective phrase that is not the plan's own apparatus (`Các cơ sở giáo dục trên địa bàn xã`,
 * `Tập đoàn, doanh nghiệp công nghệ số`): it leads as one named collective, in forms and reminders alike,
 * and is not one of "all offices".
 */
export function isCollectiveName(name: string): boolean {
  const tokens = looseKey(name).split(' ');
  if (afterAllWords(tokens) >= 0) return true;
  const first = looseKey(name.split(',')[0] ?? '');
  return name.includes(',') && OFFICE_HEADS.includes(first);
}

/** `Các phòng, ban, đơn vị trên địa bàn xã` and the like: every office leads. */
export function isAllOfficesPhrase(text: string): boolean {
  const tokens = looseKey(text).split(' ');
  const at = afterAllWords(tokens);
  if (at < 0) return false;
  const noun = COLLECTIVES.find((c) => startsWith(tokens, at, c));
  if (!noun) return false;
  const next = at + noun.length;
  return !OUTSIDE.some((o) => startsWith(tokens, next, o));
}

function opensAllPhrase(text: string): boolean {
  return afterAllWords(looseKey(text).split(' ')) >= 0;
}

// Words an office name starts with. Without a directory, a comma-piece that starts otherwise
// (`Hạ tầng và Đô thị xã`) is the rest of the name before it, not an office of its own.
const OFFICE_HEADS = [
  'phong', 'p', 'van phong', 'vp', 'vphdnd', 'trung tam', 'tt', 'ttpvhcc', 'ttdvth', 'cong an', 'ca', 'tram', 'tyt',
  'ban', 'bch', 'uy ban', 'ubnd', 'hdnd', 'hoi', 'doan', 'dang uy', 'quan su', 'mat tran', 'mttq', 'truong', 'chi cuc',
  'buu dien', 'bhxh', 'bao hiem', 'kho bac', 'ngan hang', 'doanh nghiep', 'hop tac xa', 'htx', 'thon', 'to', 'doi',
  'bo phan', 'cong chuc', 'chu tich', 'pho chu tich', 'lanh dao', 'thuong truc', 'cac', 'tat ca',
  // ministries, departments, institutes, agencies, media and enterprises (03/NQ-CP's lead cells)
  'bo', 'so', 'vien', 'hoc vien', 'dai hoc', 'cuc', 'tong cuc', 'van phong chinh phu', 'thanh tra', 'kiem toan',
  'toa an', 'vien kiem sat', 'dai truyen hinh', 'dai tieng noi', 'dai phat thanh', 'thong tan xa', 'tap doan',
  'tong cong ty', 'cong ty', 'hiep hoi', 'lien hiep', 'quy', 'nha xuat ban', 'uy ban quan ly', 'hoi dong',
  'viettel', 'vnpt', 'mobifone', 'fpt', 'cmc', 'evn', 'vnpost', 'vtv', 'vov', 'ttxvn',
];

// An abbreviation in capitals (`VTV`, `TTXVN`, `VNPT`, `BHXH`) names a body of its own.
const ACRONYM = /^[A-ZĐ][A-ZĐ0-9&]{1,9}(?:\s+(?:xã|phường|tỉnh|huyện))?$/u;

function looksLikeOfficeStart(text: string): boolean {
  const k = looseKey(text);
  return ACRONYM.test(cleanPart(text)) || OFFICE_HEADS.some((h) => k === h || k.startsWith(`${h} `));
}

/** A cell with both capitals and small letters: there, a list part starting with a small letter goes on the name before. */
function mixedCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
}

function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(cleanPart(text));
}

// Heads that open a new office when two names are run together without a separator
// (`Bộ Khoa học và Công nghệ Bộ Thông tin và Truyền thông`, pasted from a PDF): capitalised and followed
// by a capitalised word, so `Văn phòng HĐND`, `Ủy ban nhân dân` and `Ban chỉ đạo` inside a name stay.
const RUN_TOGETHER = new RegExp(
  `\\s+(?=(?:${['Bộ', 'Sở', 'Phòng', 'Viện', 'Trung tâm', 'Công an', 'Tập đoàn', 'Tổng công ty', 'Đài', 'Thông tấn xã', 'Ngân hàng', 'Trạm', 'Cục', 'Tổng cục', 'Học viện', 'Ban'].join('|')})\\s+\\p{Lu})`,
  'gu',
);

/** Cuts `part` at spaces into known names only (`Bộ Công an Bộ Quốc phòng`), or null when it cannot be. */
function segmentKnown(words: string[], known: (key: string) => boolean, depth = 0): string[] | null {
  if (words.length === 0) return [];
  if (depth > 6) return null;
  for (let cut = words.length; cut >= 1; cut--) {
    const head = words.slice(0, cut).join(' ');
    if (!known(officeKey(head))) continue;
    const rest = segmentKnown(words.slice(cut), known, depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** Splits a part where a second office starts without a separator, when each side reads as an office. */
function splitRunTogether(part: string, known: (key: string) => boolean): string[] {
  if (known(officeKey(part))) return [part];
  const words = part.split(/\s+/).filter(Boolean);
  // A long pasted paragraph is no list of names; the cap keeps the search small.
  const byVocabulary = words.length <= 30 ? segmentKnown(words, known) : null;
  if (byVocabulary && byVocabulary.length > 1) return byVocabulary;
  const cuts = [0, ...[...part.matchAll(RUN_TOGETHER)].map((m) => m.index + m[0].length), part.length];
  if (cuts.length === 2) return [part];
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < cuts.length - 1; i++) {
    const left = part.slice(from, cuts[i]).trim();
    // The left side must already be a name of its own, not a head waiting for its noun (`Văn phòng Bộ …`).
    if (left.split(/\s+/).length >= 2 && !OFFICE_HEADS.includes(looseKey(left)) && looksLikeOfficeStart(left)) {
      out.push(left);
      from = cuts[i];
    }
  }
  out.push(part.slice(from).trim());
  return out;
}

// No office name holds more than a few commas; the cap keeps a pathological cell from going quadratic.
const MAX_JOIN = 6;

type Span = { start: number; end: number };

/** Pieces of `text` between separators, as offsets, so a re-joined part keeps its own punctuation. */
function spans(text: string, separator: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(separator)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

function cleanPart(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    // Lead cells listed as bullets (`- Công an xã`) carry the bullet into the name otherwise.
    .replace(/^[-\u2013\u2014\u2022\u00B7+*]+\s*/u, '')
    .replace(/[\s.]+$/u, '');
}

/** The most pieces from `i` on whose joined text is a known office; 0 when none. */
function longestKnown(text: string, pieces: Span[], i: number, known: (key: string) => boolean): number {
  for (let len = Math.min(MAX_JOIN, pieces.length - i); len >= 1; len--) {
    const key = officeKey(text.slice(pieces[i].start, pieces[i + len - 1].end));
    if (key !== '' && known(key)) return len;
  }
  return 0;
}

// After `và`, these heads start a second office (`Bộ Công Thương và Bộ Tài chính`); `và UBND`, `và Công nghệ`,
// `và Đô thị` go on the name before.
const VA_HEADS = /^(?:Bộ|Sở|Phòng|Viện|Trung tâm|Công an|Tập đoàn|Tổng công ty|Đài|Thông tấn xã|Ngân hàng|Trạm|Cục|Tổng cục|Học viện|Văn phòng|Ủy ban|Ban)\s+\p{Lu}/u;

/** Splits on `và` before a capitalised office head, when the text before it reads as an office too. */
function splitOnVaHeads(text: string, pieces: Span[]): string[] {
  const groups: string[] = [];
  let from = 0;
  for (let i = 1; i < pieces.length; i++) {
    const next = text.slice(pieces[i].start, pieces[i].end);
    const before = text.slice(pieces[from].start, pieces[i - 1].end);
    if (VA_HEADS.test(next.trim()) && looksLikeOfficeStart(before)) {
      groups.push(before);
      from = i;
    }
  }
  groups.push(text.slice(pieces[from].start, pieces[pieces.length - 1].end));
  return groups;
}

/** `Công an xã và Phòng Văn hóa - Xã hội` names two offices when both halves are known ones, or both read as offices. */
function splitOnVa(text: string, known: (key: string) => boolean): string[] {
  const pieces = spans(text, /\s+và\s+/giu);
  if (pieces.length < 2) return [text];
  if (known(officeKey(text))) return [text];
  const groups: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    const len = longestKnown(text, pieces, i, known);
    if (len === 0) return splitOnVaHeads(text, pieces);
    groups.push(text.slice(pieces[i].start, pieces[i + len - 1].end));
    i += len;
  }
  return groups.length > 1 ? groups : [text];
}

/** The offices one cell names, as written; `all` when it names every office (that phrase is not a part). */
export function splitOffices(text: string, known: (key: string) => boolean): { parts: string[]; all: boolean } {
  const parts: string[] = [];
  let all = false;
  const push = (raw: string): void => {
    const part = cleanPart(raw);
    if (part !== '') parts.push(part);
  };
  // `Phòng Văn hóa - Xã hội và các phòng, ban liên quan`: the `và` opens an all-offices phrase.
  const chunks = nfc(text)
    .split(/[;\n\r\u2028\u2029]+/u)
    .flatMap((c) => c.split(/\s+và\s+(?=(?:các|tất cả|toàn bộ|toàn thể)\s)/iu));
  for (const chunk of chunks) {
    const pieces = spans(chunk, /,/g);
    const slice = (from: number, to: number): string => chunk.slice(pieces[from].start, pieces[to - 1].end);
    const startsKnown = (j: number): boolean => longestKnown(chunk, pieces, j, known) > 0;
    const cased = mixedCase(chunk);
    // In a cell written with capitals, `ngành`, `địa phương`, `doanh nghiệp công nghệ số` after a comma go on
    // the phrase before (`Các bộ, ngành, địa phương`; `Tập đoàn, doanh nghiệp công nghệ số` is one body).
    // Only after a bare head, though: `Công an xã, trạm y tế xã` still names two offices.
    const startsOffice = (j: number): boolean => {
      const p = slice(j, j + 1);
      const afterBareHead = j > 0 && OFFICE_HEADS.includes(looseKey(slice(j - 1, j)));
      return looksLikeOfficeStart(p) && !(cased && startsLower(p) && afterBareHead);
    };
    let i = 0;
    while (i < pieces.length) {
      const piece = slice(i, i + 1);
      if (opensAllPhrase(piece)) {
        // The phrase's own commas (`Các phòng, ban, đơn vị`) run on until a named office or another phrase.
        let j = i + 1;
        // A capitalised office name ends the phrase (`Các phòng chuyên môn, Công an xã`); `ban`, `ngành` go on it.
        const capitalOffice = (k: number): boolean => cased && !startsLower(slice(k, k + 1)) && looksLikeOfficeStart(slice(k, k + 1));
        while (j < pieces.length && !startsKnown(j) && !opensAllPhrase(slice(j, j + 1)) && !capitalOffice(j)) j++;
        if (isAllOfficesPhrase(slice(i, j))) {
          all = true;
          i = j;
          continue;
        }
      }
      const len = longestKnown(chunk, pieces, i, known);
      if (len > 0) {
        push(slice(i, i + len));
        i += len;
        continue;
      }
      let j = i + 1;
      while (
        j < pieces.length &&
        !startsKnown(j) &&
        !opensAllPhrase(slice(j, j + 1)) &&
        !startsOffice(j)
      ) {
        j++;
      }
      for (const part of splitOnVa(slice(i, j), known)) for (const one of splitRunTogether(part, known)) push(one);
      i = j;
    }
  }
  return { parts, all };
}

/**
 * Offices whose name or alias appears in `text` as a whole phrase (a file name such as
 * `BC Công an xã` or `Công an xã - báo cáo 6 tháng`). A phrase inside a longer match
 * (`Văn hóa` inside `Phòng Văn hóa - Xã hội`) does not count on its own.
 */
export function officesInText(text: string, entries: OfficeEntry[]): string[] {
  const tokens = expand(looseKey(text).split(' ').filter((t) => t !== '' && t !== 'va'));
  const hits: Array<{ start: number; end: number; name: string }> = [];
  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = officeKey(alias);
      if (key === '') continue;
      const words = key.split(' ');
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((w, k) => tokens[i + k] === w)) hits.push({ start: i, end: i + words.length, name: entry.name });
      }
    }
  }
  const inside = (a: (typeof hits)[number], b: (typeof hits)[number]) =>
    b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const names = hits.filter((h) => !hits.some((o) => inside(h, o))).map((h) => h.name);
  return [...new Set(names)];
}

/** `Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)` → `VNPT`: the abbreviation a plan gives in brackets. */
export function bracketAlias(name: string): string | null {
  const inner = /\(([^()]{2,15})\)\s*$/u.exec(name)?.[1].trim();
  // One word with a capital (`Viettel`, `VNPT`), not an aside such as `(Tổng cục Thống kê)`.
  return inner !== undefined && /^\p{Lu}[\p{L}\d&-]{1,14}$/u.test(inner) ? inner : null;
}

/** Matches lead cells against the commune's offices (the `Đơn vị` sheet, or the leads found in the plan). */
export function createOfficeMatcher(entries: OfficeEntry[]): {
  match(text: string): OfficeMatch;
  find(name: string): string | null;
} {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = officeKey(name);
      // When two entries share a spelling, the first listed keeps it.
      if (key !== '' && !byKey.has(key)) byKey.set(key, entry.name);
    }
  }
  const find = (name: string): string | null => byKey.get(officeKey(name)) ?? null;
  const match = (text: string): OfficeMatch => {
    const { parts, all } = splitOffices(text, (key) => byKey.has(key));
    const offices: string[] = [];
    const unknown: string[] = [];
    const unknownKeys = new Set<string>();
    for (const part of parts) {
      const name = find(part);
      if (name !== null) {
        if (!offices.includes(name)) offices.push(name);
        continue;
      }
      const key = officeKey(part);
      if (!unknownKeys.has(key)) {
        unknownKeys.add(key);
        unknown.push(part);
      }
    }
    return { offices, all, unknown };
  };
  return { match, find };
}
