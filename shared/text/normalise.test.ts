// Labels and office names as typed, pasted and OCR'd must reduce to one form.
import { foldDiacritics, looseKey, nfc, normaliseLabel } from './normalise';

const nfd = (s: string): string => s.normalize('NFD');

describe('nfc', () => {
  test.each([
    ['NFD hóa', nfd('hóa'), 'hóa'],
    ['already NFC', 'Phòng Văn hóa', 'Phòng Văn hóa'],
    ['NFD Việt', nfd('Việt Nam'), 'Việt Nam'],
  ])('%s', (_name, input, expected) => {
    expect(nfc(input)).toBe(expected);
    expect(nfc(input).length).toBe(expected.length);
  });
});

describe('normaliseLabel', () => {
  test.each([
    // tone placement: old style → modern, only at the end of a syllable
    ['hoá → hóa', 'hoá', 'hóa'],
    ['oà → òa', 'hoà', 'hòa'],
    ['oả → ỏa', 'thoả thuận', 'thỏa thuận'],
    ['oã → õa', 'xoã', 'xõa'],
    ['oạ → ọa', 'hoạ sĩ', 'họa sĩ'],
    ['oé → óe', 'khoé', 'khóe'],
    ['oẻ → ỏe', 'sức khoẻ', 'sức khỏe'],
    ['uý → úy', 'thuý', 'thúy'],
    ['uỳ → ùy', 'tuỳ', 'tùy'],
    ['uỷ → ủy', 'uỷ ban', 'ủy ban'],
    ['uỹ → ũy', 'luỹ kế', 'lũy kế'],
    ['uỵ → ụy', 'thuỵ', 'thụy'],
    ['Thuỷ', 'Thuỷ', 'thủy'],
    ['Thủy', 'Thủy', 'thủy'],
    ['hoàn thành unchanged', 'hoàn thành', 'hoàn thành'],
    ['toán unchanged', 'toán', 'toán'],
    ['khoảng unchanged', 'khoảng', 'khoảng'],
    ['quý unchanged', 'Quý I', 'quý i'],
    ['quỳ unchanged', 'quỳ', 'quỳ'],
    ['tone move before punctuation', 'Văn hoá-Xã hội', 'văn hóa-xã hội'],
    ['tone move at end of text', 'văn hoá', 'văn hóa'],
    ['upper case old style', 'VĂN HOÁ', 'văn hóa'],
    ['NFD old style', nfd('Văn hoá'), 'văn hóa'],
    // dashes and spaces around them
    ['spaced hyphen', 'Phòng Văn hóa - Xã hội', 'phòng văn hóa-xã hội'],
    ['spaced en dash', 'Phòng Văn hoá – Xã hội', 'phòng văn hóa-xã hội'],
    ['em dash', 'Phòng Văn hóa — Xã hội', 'phòng văn hóa-xã hội'],
    ['non-breaking hyphen', 'Văn hóa\u2011Xã hội', 'văn hóa-xã hội'],
    ['minus sign', 'Văn hóa \u2212 Xã hội', 'văn hóa-xã hội'],
    ['figure dash', 'Văn hóa\u2012Xã hội', 'văn hóa-xã hội'],
    ['upper case, no spaces', 'PHÒNG VĂN HÓA-XÃ HỘI', 'phòng văn hóa-xã hội'],
    // whitespace and trailing punctuation
    ['newline in header', 'Kết quả\nđạt được', 'kết quả đạt được'],
    ['CRLF and spaces', 'Kết quả \r\n  đạt được', 'kết quả đạt được'],
    ['double spaces', 'Kết  quả   đạt được', 'kết quả đạt được'],
    ['NBSP', 'Kết\u00A0quả đạt được', 'kết quả đạt được'],
    ['tabs and padding', '\t Kết quả đạt được \t', 'kết quả đạt được'],
    ['trailing colon', 'Kết quả đạt được:', 'kết quả đạt được'],
    ['trailing colon after space', 'Kết quả đạt được :', 'kết quả đạt được'],
    ['trailing dot', 'Kết quả đạt được.', 'kết quả đạt được'],
    ['upper case header', 'KẾT QUẢ ĐẠT ĐƯỢC', 'kết quả đạt được'],
    ['zero-width space', 'Kết\u200B quả đạt được', 'kết quả đạt được'],
    ['empty', '', ''],
    ['only spaces', '   ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });

  test.each([
    ['NFD vs NFC', nfd('Phòng Văn hóa - Xã hội'), 'Phòng Văn hóa - Xã hội'],
    ['hoá – vs hóa -', 'Phòng Văn hoá – Xã hội', 'Phòng Văn hóa - Xã hội'],
    ['upper case joined', 'PHÒNG VĂN HÓA-XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
    ['NFD old style with en dash', nfd('Phòng Văn hoá – Xã hội'), 'PHÒNG VĂN HÓA-XÃ HỘI'],
    ['Thủy vs Thuỷ', 'Thủy', 'Thuỷ'],
    ['header with newline', 'Kết quả\nđạt được:', 'Kết  quả đạt được'],
  ])('same label: %s', (_name, a, b) => {
    expect(normaliseLabel(a)).toBe(normaliseLabel(b));
  });

  test('is idempotent', () => {
    const s = 'Phòng Văn hoá – Xã hội xã:';
    expect(normaliseLabel(normaliseLabel(s))).toBe(normaliseLabel(s));
  });
});

describe('foldDiacritics', () => {
  test.each([
    ['tones and hats', 'Phòng Văn hóa - Xã hội', 'Phong Van hoa - Xa hoi'],
    ['đ and Đ', 'Đạt được', 'Dat duoc'],
    ['NFD input', nfd('Hội đồng'), 'Hoi dong'],
    ['ư and ơ', 'Trường Sơn', 'Truong Son'],
    ['ASCII stays', 'TT PVHCC', 'TT PVHCC'],
  ])('%s', (_name, input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe('looseKey', () => {
  test.each([
    ['office with dash', 'Phòng Văn hóa - Xã hội', 'phong van hoa xa hoi'],
    ['abbreviation with dots', 'VP. HĐND-UBND', 'vp hdnd ubnd'],
    ['ampersand', 'HĐND&UBND', 'hdnd ubnd'],
    ['OCR without diacritics', 'Phong Van hoa - Xa hoi', 'phong van hoa xa hoi'],
    ['commas and spaces', 'Phòng Kinh tế, Hạ tầng  và Đô thị.', 'phong kinh te ha tang va do thi'],
    ['numbers stay', 'Quý I/2026', 'quy i 2026'],
    ['only punctuation', ' - ; ', ''],
  ])('%s', (_name, input, expected) => {
    expect(looseKey(input)).toBe(expected);
  });
});
