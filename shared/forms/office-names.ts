// Names derived from an office: a sheet name within Excel's 31 characters and a file name without diacritics.
import { foldDiacritics } from '../text/normalise';

const SHORTER: Array<[RegExp, string]> = [
  [/\s+xã$/iu, ''],
  [/Trung tâm/giu, 'TT'],
  [/Văn phòng/giu, 'VP'],
  [/Hội đồng nhân dân/giu, 'HĐND'],
  [/Ủy ban nhân dân|Uỷ ban nhân dân/giu, 'UBND'],
  [/\s+và\s+/giu, ' & '],
];

/** Sheet name for an office's form: Excel forbids : \ / ? * [ ] and more than 31 characters. */
export function sheetNameFor(office: string, taken: Set<string> = new Set()): string {
  let name = office.normalize('NFC').replace(/[:\\/?*[\]]/g, '-').trim();
  for (const [re, by] of SHORTER) if (name.length > 31) name = name.replace(re, by).trim();
  name = name.slice(0, 31).trim();
  let unique = name;
  for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${name.slice(0, 27)} (${i})`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** 'Phòng Văn hóa - Xã hội' → 'phong-van-hoa-xa-hoi'. */
export function fileSlug(office: string): string {
  return foldDiacritics(office.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'don-vi';
}
