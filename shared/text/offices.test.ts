// Office spellings from real plans must meet in one key, and lead cells must split into the right offices.
import fc from 'fast-check';
import { createOfficeMatcher, isAllOfficesPhrase, officeKey, splitOffices, type OfficeEntry } from './offices';

const nfd = (s: string): string => s.normalize('NFD');

const VHXH = 'Phòng Văn hóa - Xã hội';
const VP = 'Văn phòng HĐND và UBND xã';
const TTHCC = 'Trung tâm Phục vụ hành chính công';
const DVTH = 'Trung tâm Dịch vụ tổng hợp';
const KT = 'Phòng Kinh tế';
const KTHTDT = 'Phòng Kinh tế, Hạ tầng và Đô thị xã';
const CA = 'Công an xã';
const TYT = 'Trạm Y tế xã';

describe('officeKey: one office, one key', () => {
  test.each([
    [VHXH, 'Phòng Văn hóa - Xã hội'],
    [VHXH, 'Phòng Văn hoá – Xã hội xã'],
    [VHXH, 'Phòng VH-XH'],
    [VHXH, 'Phòng VHXH'],
    [VHXH, 'P. VH-XH'],
    [VHXH, 'P.VH-XH'],
    [VHXH, 'PHÒNG VĂN HÓA-XÃ HỘI'],
    [VHXH, 'Phong Van hoa - Xa hoi'],
    [VHXH, nfd('Phòng Văn hoá – Xã hội xã')],
    [VHXH, 'Phòng Văn hóa và Xã hội'],
    [VP, 'VP. HĐND-UBND'],
    [VP, 'VP HĐND - UBND xã'],
    [VP, 'Văn phòng HĐND và UBND xã'],
    [VP, 'Văn phòng HĐND&UBND xã'],
    [VP, 'Văn phòng HĐND - UBND'],
    [VP, 'VPHĐND - UBND'],
    [VP, 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
    [VP, nfd('Văn phòng HĐND và UBND xã')],
    [TTHCC, 'Trung tâm Phục vụ hành chính công'],
    [TTHCC, 'Trung tâm Phục vụ Hành chính công xã'],
    [TTHCC, 'TT PVHCC'],
    [TTHCC, 'TT. PVHCC'],
    [TTHCC, 'TTPVHCC'],
    [TTHCC, 'Trung tâm PVHCC'],
    [DVTH, 'Trung tâm Dịch vụ tổng hợp'],
    [DVTH, 'TT DVTH'],
    [DVTH, 'TTDVTH xã'],
    [KT, 'Phòng Kinh tế'],
    [KT, 'Phòng KT'],
    [KT, 'Phòng Kinh tế xã'],
    [KTHTDT, 'Phòng Kinh tế, Hạ tầng và Đô thị xã'],
    [KTHTDT, 'Phòng KT-HT&ĐT'],
    [KTHTDT, 'Phòng Kinh tế - Hạ tầng - Đô thị'],
    [CA, 'Công an xã'],
    [CA, 'CA xã'],
    [CA, 'Công an'],
    [CA, 'Công an phường'],
    [TYT, 'Trạm Y tế xã'],
    [TYT, 'Trạm y tế'],
    [TYT, 'TYT xã'],
  ])('%s ≡ %s', (canonical, spelling) => {
    expect(officeKey(spelling)).toBe(officeKey(canonical));
    expect(officeKey(spelling)).not.toBe('');
  });

  test.each([
    [KT, KTHTDT],
    [VHXH, VP],
    [TTHCC, DVTH],
    [CA, TYT],
    [VHXH, 'Văn hóa - Xã hội'],
    [VP, 'Văn phòng Đảng ủy'],
    ['Phòng GD-ĐT', KTHTDT],
    [TTHCC, 'Trung tâm Văn hóa'],
  ])('%s ≠ %s', (a, b) => {
    expect(officeKey(a)).not.toBe(officeKey(b));
  });

  test.each([
    ['canonical forms', VHXH, 'phong van hoa xa hoi'],
    ['HĐND and UBND', VP, 'van phong hdnd ubnd'],
    ['ward suffix dropped', 'Công an phường', 'cong an'],
    ['a lone xã stays', 'xã', 'xa'],
    ['empty', '', ''],
    ['punctuation only', ' .;- ', ''],
  ])('%s', (_name, input, expected) => {
    expect(officeKey(input)).toBe(expected);
  });
});

describe('isAllOfficesPhrase', () => {
  test.each([
    ['Các phòng, ban, đơn vị trên địa bàn xã', true],
    ['Các đơn vị thuộc UBND xã', true],
    ['Các phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', true],
    ['Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', true],
    ['Các phòng, đơn vị thuộc xã', true],
    ['Các cơ quan, đơn vị', true],
    ['Tất cả các phòng, ban', true],
    ['Các phòng chuyên môn', true],
    ['các phòng, ban, đơn vị', true],
    [nfd('Các phòng, ban, đơn vị trên địa bàn xã'), true],
    ['Cac phong, ban, don vi', true],
    ['Các doanh nghiệp viễn thông', false],
    ['Các cơ sở giáo dục trên địa bàn xã', false],
    ['Các trường học trực thuộc', false],
    ['Các cơ quan báo chí', false],
    ['Các đơn vị y tế', false],
    ['Phòng Văn hóa - Xã hội', false],
    ['UBND xã', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isAllOfficesPhrase(text)).toBe(expected);
  });
});

const ENTRIES: OfficeEntry[] = [
  { name: VHXH, aliases: ['Phòng VH-XH'] },
  { name: 'Văn phòng HĐND và UBND', aliases: ['VP. HĐND-UBND'] },
  { name: TTHCC, aliases: ['TT PVHCC'] },
  { name: KT, aliases: [] },
  { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', aliases: [] },
  { name: 'Công an xã', aliases: [] },
  { name: 'Trạm Y tế', aliases: ['TYT'] },
];

describe('splitOffices', () => {
  const known = (() => {
    const keys = new Set(ENTRIES.flatMap((e) => [e.name, ...e.aliases]).map(officeKey));
    return (key: string): boolean => keys.has(key);
  })();
  const nothingKnown = (): boolean => false;

  test.each<[string, string, (key: string) => boolean, string[], boolean]>([
    ['one office', VHXH, known, [VHXH], false],
    ['two offices by comma', 'Công an xã, Phòng Văn hóa - Xã hội', known, ['Công an xã', VHXH], false],
    ['comma inside the name', KTHTDT, known, [KTHTDT], false],
    ['semicolon', 'Trung tâm Phục vụ hành chính công; Phòng Kinh tế, Hạ tầng và Đô thị xã', known, [TTHCC, KTHTDT], false],
    ['newline', 'Công an xã\nTrạm y tế', known, ['Công an xã', 'Trạm y tế'], false],
    ['bullets', '- Công an xã\n- Trạm y tế.', known, ['Công an xã', 'Trạm y tế'], false],
    ['và inside the name', 'Văn phòng HĐND và UBND xã', known, ['Văn phòng HĐND và UBND xã'], false],
    ['và between two known', 'Công an xã và Phòng Văn hóa - Xã hội', known, ['Công an xã', VHXH], false],
    ['và with an unknown half stays whole', 'Công an xã và Hội Nông dân', known, ['Công an xã và Hội Nông dân'], false],
    [
      'và between two known, one with a comma',
      'Công an xã và Phòng Kinh tế, Hạ tầng và Đô thị xã',
      known,
      ['Công an xã', KTHTDT],
      false,
    ],
    ['shorter known name inside a longer one', 'Phòng Kinh tế, Phòng Kinh tế, Hạ tầng và Đô thị', known, [KT, 'Phòng Kinh tế, Hạ tầng và Đô thị'], false],
    ['known and unknown', 'Phòng Văn hóa - Xã hội; Các cơ sở giáo dục trên địa bàn xã', known, [VHXH, 'Các cơ sở giáo dục trên địa bàn xã'], false],
    ['all offices', 'Các phòng, ban, đơn vị trên địa bàn xã', known, [], true],
    ['all offices without "Các"', 'Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', nothingKnown, [], true],
    ['all offices, nothing known', 'Các phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', nothingKnown, [], true],
    ['office and all offices', 'Phòng Văn hóa - Xã hội, các phòng, ban, đơn vị', known, [VHXH], true],
    ['office và all offices', 'Phòng Văn hóa - Xã hội và các phòng, ban liên quan', known, [VHXH], true],
    ['all offices then an office', 'Các phòng chuyên môn, Công an xã', known, ['Công an xã'], true],
    ['trailing dot and spaces', '  Công an xã.  ', known, ['Công an xã'], false],
    ['NFD', nfd('Công an xã, Phòng Văn hoá – Xã hội'), known, ['Công an xã', 'Phòng Văn hoá – Xã hội'], false],
    ['nothing known keeps a comma name whole', KTHTDT, nothingKnown, [KTHTDT], false],
    ['nothing known still splits offices', 'Công an xã, Phòng Văn hóa - Xã hội', nothingKnown, ['Công an xã', VHXH], false],
    ['nothing known keeps và', 'Văn phòng HĐND và UBND xã', nothingKnown, ['Văn phòng HĐND và UBND xã'], false],
    ['empty', '', known, [], false],
    ['separators only', ' ; , \n ', known, [], false],
  ])('%s', (_name, text, isKnown, parts, all) => {
    expect(splitOffices(text, isKnown)).toEqual({ parts, all });
  });
});

describe('createOfficeMatcher', () => {
  const matcher = createOfficeMatcher(ENTRIES);

  test.each<[string, string, string[], boolean, string[]]>([
    ['one office', 'Phòng Văn hoá – Xã hội xã', [VHXH], false, []],
    ['alias', 'Phòng VH-XH', [VHXH], false, []],
    ['two offices', 'Công an xã, Phòng Văn hóa - Xã hội', ['Công an xã', VHXH], false, []],
    ['comma inside the name', 'Phòng Kinh tế, Hạ tầng và Đô thị xã', ['Phòng Kinh tế, Hạ tầng và Đô thị'], false, []],
    [
      'semicolon',
      'Trung tâm Phục vụ hành chính công; Phòng Kinh tế, Hạ tầng và Đô thị xã',
      [TTHCC, 'Phòng Kinh tế, Hạ tầng và Đô thị'],
      false,
      [],
    ],
    [
      'office and unknown',
      'Phòng Văn hóa - Xã hội; Các cơ sở giáo dục trên địa bàn xã',
      [VHXH],
      false,
      ['Các cơ sở giáo dục trên địa bàn xã'],
    ],
    ['all offices', 'Các phòng, ban, đơn vị trên địa bàn xã', [], true, []],
    ['order as written, no repeats', 'TT PVHCC, Công an xã, Trung tâm Phục vụ hành chính công xã', [TTHCC, 'Công an xã'], false, []],
    ['abbreviations', 'VP HĐND - UBND xã; TYT xã', ['Văn phòng HĐND và UBND', 'Trạm Y tế'], false, []],
    ['NFD', nfd('Công an xã, Phòng Văn hoá – Xã hội'), ['Công an xã', VHXH], false, []],
    ['unknown repeated once', 'Hội Nông dân; Hội nông dân', [], false, ['Hội Nông dân']],
    ['empty', '', [], false, []],
  ])('%s', (_name, text, offices, all, unknown) => {
    expect(matcher.match(text)).toEqual({ offices, all, unknown });
  });

  test.each([
    ['Phòng VHXH', VHXH],
    ['P. VH-XH', VHXH],
    ['CA xã', 'Công an xã'],
    ['TTPVHCC', TTHCC],
    ['Văn phòng HĐND&UBND xã', 'Văn phòng HĐND và UBND'],
    ['Phòng KT', KT],
    ['Phòng KT-HT&ĐT', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trạm y tế xã', 'Trạm Y tế'],
    ['Hội Nông dân', null],
    ['', null],
  ])('find(%s) → %s', (name, expected) => {
    expect(matcher.find(name)).toBe(expected);
  });

  test('first entry keeps a shared spelling', () => {
    const m = createOfficeMatcher([
      { name: 'A', aliases: ['Công an xã'] },
      { name: 'B', aliases: ['Công an'] },
    ]);
    expect(m.find('CA xã')).toBe('A');
  });
});

describe('never throws', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom(VHXH, KTHTDT, 'Các phòng', 'ban', ', ', '; ', ' và ', '\n', 'Công an xã', '.', '-'), { maxLength: 12 }).map((a) => a.join('')),
  );
  const matcher = createOfficeMatcher(ENTRIES);

  test('officeKey, isAllOfficesPhrase, splitOffices, match, find', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, anything) => {
        expect(typeof officeKey(s)).toBe('string');
        expect(typeof isAllOfficesPhrase(s)).toBe('boolean');
        const split = splitOffices(s, () => anything);
        for (const part of split.parts) expect(part.trim()).not.toBe('');
        const m = matcher.match(s);
        expect(new Set(m.offices).size).toBe(m.offices.length);
        matcher.find(s);
      }),
    );
  });
});

describe('lead cells from the seed plans and real plans, nothing known (issue 10)', () => {
  const nothingKnown = (): boolean => false;
  test.each<[string, string, string[], boolean]>([
    // seeds/000_19b6de97ab9691e4.txt line 333-335 (OCR: "Phong Van hoa - Xa hoi, Trung tam Dich vu Tong hop")
    ['seed 000 l.333', 'Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ tổng hợp', ['Phòng Văn hóa - Xã hội', 'Trung tâm Dịch vụ tổng hợp'], false],
    // seeds/000 line 446-449 (OCR: "Phong Van hoa - Xa hoi; Cac co so giao duc tren dia ban xa")
    ['seed 000 l.446', 'Phòng Văn hóa - Xã hội; Các cơ sở giáo dục trên địa bàn xã', ['Phòng Văn hóa - Xã hội', 'Các cơ sở giáo dục trên địa bàn xã'], false],
    // seeds/000 line 484-486 (OCR: "VPHDND - UBND ... Trung tam Phuc vu")
    ['seed 000 l.484', 'VP HĐND - UBND, Trung tâm Phục vụ Hành chính công', ['VP HĐND - UBND', 'Trung tâm Phục vụ Hành chính công'], false],
    // seeds/000 line 381-384 (OCR: "Phong, ban chuyen mon, trung tam, don vi tren dia ban xa")
    ['seed 000 l.381', 'Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', [], true],
    // seeds/000 line 305 (OCR without diacritics)
    ['seed 000 l.305', 'Cac phong, ban, don vi tren dia ban xa', [], true],
    // typed in a hurry, small letters after a comma
    ['lower-case second office', 'Công an xã, trạm y tế xã', ['Công an xã', 'trạm y tế xã'], false],
    // issue 10 (03/NQ-CP): one body, not two
    ['03/NQ-CP enterprises', 'Tập đoàn, doanh nghiệp công nghệ số', ['Tập đoàn, doanh nghiệp công nghệ số'], false],
    ['03/NQ-CP collective', 'Các bộ, ngành, địa phương', [], true],
    ['03/NQ-CP list then collective', 'Bộ Khoa học và Công nghệ, các bộ, ngành liên quan', ['Bộ Khoa học và Công nghệ'], true],
    ['03/NQ-CP abbreviations', 'VTV, VOV, TTXVN', ['VTV', 'VOV', 'TTXVN'], false],
    ['03/NQ-CP run together', 'Bộ Khoa học và Công nghệ Bộ Thông tin và Truyền thông', ['Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông'], false],
    ['và before a ministry', 'Bộ Công an và Bộ Quốc phòng', ['Bộ Công an', 'Bộ Quốc phòng'], false],
    ['và inside a ministry name stays', 'Bộ Giáo dục và Đào tạo', ['Bộ Giáo dục và Đào tạo'], false],
    ['Văn phòng Bộ stays one', 'Văn phòng Bộ Khoa học và Công nghệ', ['Văn phòng Bộ Khoa học và Công nghệ'], false],
    // Vĩnh Phúc 669/QĐ-UBND (hethongphapluat.com): "Thủ trưởng các cơ quan, đơn vị liên quan"
    ['Vĩnh Phúc 669/QĐ-UBND', 'Các cơ quan, đơn vị liên quan', [], true],
  ])('%s: %s', (_src, text, parts, all) => {
    expect(splitOffices(text, nothingKnown)).toEqual({ parts, all });
  });
});
