// The one number formatter, and what the one reader makes of what it writes.
import fc from 'fast-check';
import { formatNumber, withUnit } from './format-number';
import { parseNumber } from './numbers';
import { parseTarget } from './targets';

describe('formatNumber', () => {
  test.each<[number, 'vi' | 'en', number | undefined, boolean | undefined, string]>([
    [1234.5, 'vi', undefined, undefined, '1.234,5'],
    [1234.5, 'en', undefined, undefined, '1,234.5'],
    [75.456, 'vi', 2, undefined, '75,46'],
    [75.4, 'vi', 2, undefined, '75,4'],
    [66.5, 'vi', undefined, undefined, '66,5'],
    [1000, 'vi', undefined, undefined, '1.000'],
    [1000, 'vi', undefined, false, '1000'],
    [11.1, 'vi', undefined, false, '11,1'],
    [-1234567.891, 'vi', 3, undefined, '-1.234.567,891'],
    [0.1 + 0.2, 'vi', 2, undefined, '0,3'],
    [1e21, 'vi', undefined, undefined, '1e+21'],
  ])('%d %s (%s decimals, grouped %s)', (x, lang, d, grouped, expected) => {
    expect(formatNumber(x, lang, d, grouped === undefined ? undefined : { grouped })).toBe(expected);
  });

  // Vietnamese only: a lone `,` is decimal to the reader (domain.md), so English `1,000` is no round trip.
  test('a count it writes in Vietnamese reads back as the same count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (int, frac) => {
        const x = int + frac / 1000;
        expect(parseNumber(formatNumber(x, 'vi'), { kind: 'count' })).toEqual({ kind: 'number', value: x });
      }),
      { numRuns: 2000 },
    );
  });

  test('a percentage it writes without groups reads back as the same target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) => {
        const x = tenths / 10;
        expect(parseTarget(`${formatNumber(x, 'vi', undefined, { grouped: false })}%`, '%')).toMatchObject({ kind: 'atLeast', value: x });
      }),
      { numRuns: 1000 },
    );
  });
});

test.each<[string, string, string]>([
  ['66,5', '%', '66,5%'],
  ['66,5', ' % dân số', '66,5% dân số'],
  ['12', 'hộ', '12 hộ'],
  ['12', '  ', '12'],
])('withUnit(%s, %s)', (shown, unit, expected) => expect(withUnit(shown, unit)).toBe(expected));
