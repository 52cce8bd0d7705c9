import fc from 'fast-check';
import { cellText, CELL_TEXT_MAX, isValidSheetName, safeSheetName, xmlSafe } from './excel-limits';
import { sheetNameFor, uniqueFileSlugs } from './forms/office-names';

describe('cell text', () => {
  test('characters XML cannot carry are removed; everything else is kept', () => {
    expect(xmlSafe('a\u0000b\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFFc\td\ne\rf')).toBe('abc\td\ne\rf');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low, pair 👍')).toBe('lone  high, lone  low, pair 👍');
    expect(xmlSafe('\u0085\u009B\u202E ok')).toBe('\u0085\u009B\u202E ok');
  });
  test('at most 32,767 characters, never half a surrogate pair', () => {
    expect(cellText('x'.repeat(40_000))).toHaveLength(CELL_TEXT_MAX);
    const emoji = `a${'👍'.repeat(20_000)}`;
    const cut = cellText(emoji);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(xmlSafe(cut)).toBe(cut);
  });
});

describe('sheet names', () => {
  test.each([
    ["'Phòng Kinh tế'", 'Phòng Kinh tế'],
    ['History', 'History (1)'],
    ['history', 'history (1)'],
    ['a[b]:c*d?e/f\\g', 'a-b--c-d-e-f-g'],
    ['', 'Sheet'],
    ["''", 'Sheet'],
  ])('%j → %j', (wanted, got) => expect(safeSheetName(wanted)).toBe(got));

  test('property: any office name gives a valid, unique sheet name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 12 }), (names) => {
        const taken = new Set<string>();
        const out = names.map((n) => sheetNameFor(n, taken));
        for (const s of out) expect(isValidSheetName(s)).toBe(true);
        expect(new Set(out.map((s) => s.toLowerCase())).size).toBe(out.length);
        for (const s of out) expect(s.includes("'")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('file names per office', () => {
  test('names that differ only past 60 characters or in non-Latin letters get distinct files', () => {
    const long = 'Phòng Văn hóa - Xã hội và các tổ chức chính trị xã hội thuộc xã '.repeat(2);
    const offices = [`${long}A`, `${long}B`, 'Tổ 甲', 'Tổ 乙', 'Công an xã', 'CON', '甲乙'];
    const slugs = uniqueFileSlugs(offices);
    const files = offices.map((o) => slugs.get(o)!);
    expect(new Set(files).size).toBe(offices.length);
    expect(slugs.get('Công an xã')).toBe('cong-an-xa');
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]{1,60}$/);
  });
  test('property: distinct names, distinct files', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 90 }), { maxLength: 15 }), (names) => {
        const slugs = uniqueFileSlugs(names);
        const distinct = new Set(names.map((n) => n.normalize('NFC')));
        expect(new Set([...distinct].map((n) => slugs.get(n))).size).toBe(distinct.size);
      }),
      { numRuns: 300 },
    );
  });
});
