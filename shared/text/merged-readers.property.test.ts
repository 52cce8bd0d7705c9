// The readers merged in issue 12 against the ones they replaced: the same reading wherever the old ones agreed,
// and the stricter one where they did not (each difference below is on purpose and named).
import fc from 'fast-check';
import { fold, foldDiacritics, nfc, normaliseLabel, placeTones, tidyText } from './normalise';
import { type NumberKind, parseNumber, readDigits } from './numbers';
import { parseTarget } from './targets';
import { formatNumber } from './format-number';

// --- The old code, kept here only as oracles. ---
const OLD_TONE: Record<string, string> = {
  á: 'óa', à: 'òa', ả: 'ỏa', ã: 'õa', ạ: 'ọa', é: 'óe', è: 'òe', ẻ: 'ỏe', ẽ: 'õe', ẹ: 'ọe', ý: 'úy', ỳ: 'ùy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy',
};
function oldNormaliseLabel(s: string): string {
  let t = nfc(s).replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '').toLowerCase();
  t = t.replace(/(?<!q)o([áàảãạéèẻẽẹ])(?![\p{L}\p{M}])/gu, (_m, v: string) => OLD_TONE[v]);
  t = t.replace(/(?<!q)u([ýỳỷỹỵ])(?![\p{L}\p{M}])/gu, (_m, v: string) => OLD_TONE[v]);
  t = t.replace(/\s+/gu, ' ').replace(/\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]\s*/gu, '-');
  return t.replace(/[\s:.]+$/u, '').trim();
}
function oldCleanText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, (_m, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`)
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
function oldFold(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}
/** targets.ts's own reader before the merge. */
function oldTargetNumber(token: string, percent: boolean): number {
  const dots = (token.match(/\./g) ?? []).length;
  const commas = (token.match(/,/g) ?? []).length;
  let plain = token;
  if (dots > 0 && commas > 0) {
    const decimal = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    plain = token.split(decimal === '.' ? ',' : '.').join('').replace(decimal, '.');
  } else if (commas > 1) plain = token.replace(/,/g, '');
  else if (commas === 1) plain = token.replace(',', '.');
  else if (dots > 1) plain = token.replace(/\./g, '');
  else if (dots === 1 && !percent && /\.\d{3}$/.test(token)) plain = token.replace('.', '');
  return Number(plain);
}
const oldShow = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d).replace('.', ',');

// --- Inputs shaped like what offices type. ---
const syllables = ['hoá', 'hóa', 'HOÁ', 'thuỷ', 'THUỶ', 'quý', 'QUÝ', 'hoàn', 'toán', 'khoẻ', 'hoặc', 'khuyết', 'uỷ', 'Văn', 'xã', 'hội', 'Đạt', 'đ'];
const glue = [' ', '  ', '-', ' – ', '\u2212', '\u00A0', ':', '.', '\n', '\u200B', ''];
const vietnamese = fc
  .array(fc.tuple(fc.constantFrom(...syllables), fc.constantFrom(...glue)), { maxLength: 6 })
  .map((xs) => xs.map(([a, b]) => a + b).join(''));
const anyText = fc.oneof(vietnamese, vietnamese.map((s) => s.normalize('NFD')), fc.string({ maxLength: 12 }));
const group = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom(1, 2, 3)).map(([g, width]) => String(g).padStart(width, '0'));
/** Digits with `.` and `,` in the places offices put them, well formed or not. */
const token = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.array(group, { maxLength: 4 }), fc.constantFrom('.', ','), fc.option(fc.tuple(fc.constantFrom('.', ','), fc.integer({ min: 0, max: 99 }))))
  .map(([head, rest, sep, dec]) => `${head}${rest.map((g) => `${sep}${g}`).join('')}${dec ? `${dec[0]}${dec[1]}` : ''}`);

describe('one normaliser', () => {
  test('normaliseLabel reads every label as the old one did', () => {
    fc.assert(fc.property(anyText, (s) => expect(normaliseLabel(s)).toBe(oldNormaliseLabel(s))), { numRuns: 2000 });
  });

  // Both now drop invisible characters and read the wider set of dashes (`－`, `﹣`) as `-`, as labels always did.
  test.each<[string, (s: string) => string, (s: string) => string]>([
    ["targets' display text (old cleanText)", tidyText, oldCleanText],
    ["the matchers' fold (old fold of targets and deadlines)", fold, oldFold],
  ])('%s reads as before', (_name, merged, old) => {
    fc.assert(
      fc.property(anyText, (s) => {
        const visible = s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '').replace(/[\uFE58\uFE63\uFF0D]/gu, '-');
        expect(merged(s)).toBe(old(visible));
      }),
      { numRuns: 2000 },
    );
    expect(merged('≥\u200B80%')).toBe('≥80%');
  });

  test('tones are placed alike in upper and lower case, and placing twice changes nothing', () => {
    expect(placeTones('HOÁ THUỶ QUÝ')).toBe('HÓA THỦY QUÝ');
    fc.assert(fc.property(anyText, (s) => expect(placeTones(placeTones(s))).toBe(placeTones(s))), { numRuns: 1000 });
    fc.assert(fc.property(anyText, (s) => expect(placeTones(s).toLowerCase()).toBe(placeTones(s.toLowerCase()))), { numRuns: 1000 });
  });
});

describe('one number reader', () => {
  test.each<NumberKind>(['count', 'percent'])('plan targets and reports read every well-formed number alike (%s)', (kind) => {
    fc.assert(
      fc.property(token, (t) => {
        const merged = readDigits(t, kind);
        const old = oldTargetNumber(t, kind === 'percent');
        // Where the report reader accepts the marks, the old target reader agreed; where it refuses, the target
        // is left to an officer instead of being read as some other number.
        // `0.500` is the one well-formed disagreement: a thousands group never starts with 0 (listed below).
        if (merged !== null && !(kind === 'count' && /^0\.\d{3}$/.test(t))) expect(merged).toBe(old);
      }),
      { numRuns: 5000 },
    );
  });

  test.each<[string, NumberKind, number | null, number]>([
    // token, kind, merged reading, what targets.ts alone read
    ['1.2.3', 'count', null, 123],
    ['12,34,56', 'count', null, 123456],
    ['1,5.3', 'count', null, 15.3],
    ['1.234.56', 'count', null, 123456],
    ['0.500', 'count', 0.5, 500],
  ])('where the two readers disagreed the stricter reading stands: %s', (t, kind, merged, old) => {
    expect(readDigits(t, kind)).toBe(merged);
    expect(oldTargetNumber(t, kind === 'percent')).toBe(old);
  });

  test('a target and a report cell written alike read the same number', () => {
    fc.assert(
      fc.property(token, fc.constantFrom('%', 'hộ', 'người'), (t, unit) => {
        const kind: NumberKind = unit === '%' ? 'percent' : 'count';
        const cell = parseNumber(`${t}${unit === '%' ? '%' : ` ${unit}`}`, { kind });
        const target = parseTarget(`≥ ${t}${unit === '%' ? '%' : ''}`, unit);
        if (cell.kind === 'number') expect(target).toMatchObject({ kind: 'atLeast', value: cell.value });
        else expect(target.kind).toBe('qualitative');
      }),
      { numRuns: 2000 },
    );
  });

  test('space groups are one number in a target as in a report (it read `1 000 hộ` as 1)', () => {
    expect(parseTarget('≥ 1 000 hộ', 'hộ')).toMatchObject({ kind: 'atLeast', value: 1000 });
    expect(parseNumber('1 000 hộ', { kind: 'count' })).toEqual({ kind: 'number', value: 1000 });
    // A space group is three digits, no more: `2 2026` is two numbers, so no value.
    expect(parseNumber('2 2026', { kind: 'count' }).kind).toBe('invalid');
  });
});

describe('one formatter', () => {
  test('the decimal comma is what every inline formatter wrote, with thousands now grouped', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(2, 3), (x, d) => {
        expect(formatNumber(x, 'vi', d).replace(/\./g, '')).toBe(oldShow(x, d));
      }),
      { numRuns: 2000 },
    );
  });
});
