// Section numerals and STT codes as written: 'I.' is section I, '8.' is 8, and '2.10' is never '2.1'.
import type { CellValue } from '../grid';
import { cellDay } from '../text/iso-date';

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * 'I', 'II.', 'IV ' → 'I', 'II', 'IV'; anything else → null. Sections are printed upper-case with at
 * most a dot: 'c)', 'i', 'v' in an STT column are lettered sub-items, not sections.
 */
export function sectionNumeral(cell: CellValue): string | null {
  if (typeof cell !== 'string') return null;
  const s = cell.normalize('NFC').trim().replace(/[.:]+$/, '').trim();
  return s.length > 0 && s.length <= 6 && ROMAN.test(s) ? s : null;
}

/** A section written in one cell: 'I. Đến năm 2030', 'II - Phát triển nguồn lực'. */
export function sectionInText(cell: CellValue): { section: string; title: string } | null {
  if (typeof cell !== 'string') return null;
  const m = /^\s*([IVXLC]{1,6})\s*[.:)\-–|]\s*(\S.*)$/su.exec(cell.normalize('NFC'));
  if (!m) return null;
  const section = sectionNumeral(m[1]);
  return section ? { section, title: m[2].trim() } : null;
}

/** Decimals shown by a number format ('0.00' → 2), so a numeric 2.1 shown as '2.10' keeps its code. */
function formatDecimals(numFmt: string | null | undefined): number | null {
  if (!numFmt) return null;
  const m = /0\.(0+)/.exec(numFmt);
  return m ? m[1].length : null;
}

/**
 * STT as written, trailing dot removed: '8.' → '8', '2.10' stays '2.10'.
 * A numeric cell uses its format's decimals, so a code typed as the number 2.10 still reads '2.10'.
 */
export function sttText(cell: CellValue, numFmt?: string | null): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const d = formatDecimals(numFmt);
    return d !== null ? cell.toFixed(d) : String(cell);
  }
  if (typeof cell !== 'string') return '';
  return cell.normalize('NFC').trim().replace(/\s+/g, '').replace(/\.+$/, '');
}

/** (section, stt) identity used everywhere: 'I/2.10'. */
export function itemKey(section: string, stt: string): string {
  return `${section}/${stt}`;
}

/** Plain text of a cell for names and notes: NFC, whitespace runs kept as single spaces, line breaks kept. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cellDay(cell) ?? '';
  return String(cell)
    .normalize('NFC')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
