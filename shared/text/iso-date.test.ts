// The one date builder: real days only, and the day in Vietnam of any instant, as every earlier copy built them.
import fc from 'fast-check';
import { cellDay, daysInMonth, isIsoDate, isoDate, isoFromSerial, utcDay, vietnamDay } from './iso-date';
import { cellText } from '../tables/codes';
import { validationAccepts } from '../forms/validation-eval';
import { dateOfSerial, isoSerial } from '../render/resolve-cell';

// The builders it replaced, as oracles: Date.UTC round trip (numbers.ts, period.ts) and `+7 h` then slice (completeness, period).
const oldIsoDate = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
const oldVietnamDay = (instant: string) => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

describe('isoDate', () => {
  test.each<[number, number, number, string | null]>([
    [2026, 6, 30, '2026-06-30'],
    [2026, 2, 29, null],
    [2028, 2, 29, '2028-02-29'],
    [1900, 2, 29, null],
    [2000, 2, 29, '2000-02-29'],
    [2026, 13, 1, null],
    [2026, 0, 10, null],
    [2026, 4, 31, null],
    [2026, 1, 0, null],
    [10000, 1, 1, null],
    [2026.5, 1, 1, null],
    [Number.NaN, 1, 1, null],
  ])('%d-%d-%d', (y, m, d, expected) => expect(isoDate(y, m, d)).toBe(expected));

  test('agrees with a Date.UTC round trip for every year Excel can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        expect(isoDate(y, m, d)).toBe(oldIsoDate(y, m, d));
      }),
      { numRuns: 5000 },
    );
  });

  test('isIsoDate accepts exactly the days isoDate builds', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2026-2-28')).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      expect(isIsoDate(isoDate(y, m, daysInMonth(y, m))!)).toBe(true);
      expect(isIsoDate(`${y}-${String(m).padStart(2, '0')}-${daysInMonth(y, m) + 1}`)).toBe(false);
    }));
  });
});

describe('vietnamDay', () => {
  test.each<[string, string | null]>([
    ['2026-06-30T16:59:59Z', '2026-06-30'],
    ['2026-06-30T17:00:00Z', '2026-07-01'],
    ['2026-06-08T09:12:00+07:00', '2026-06-08'],
    ['2026-06-08T00:30:00+07:00', '2026-06-08'],
    ['yesterday', null],
  ])('%s', (instant, expected) => expect(vietnamDay(instant)).toBe(expected));

  test('the same day as the `+7 h` slices it replaced, from text, milliseconds or a Date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        const expected = oldVietnamDay(d.toISOString());
        expect(vietnamDay(d.toISOString())).toBe(expected);
        expect(vietnamDay(d.getTime())).toBe(expected);
        expect(vietnamDay(d)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('an invalid Date is no day', () => {
    expect(vietnamDay(new Date(Number.NaN))).toBeNull();
    expect(utcDay(new Date(Number.NaN))).toBeNull();
  });
});

describe('isoFromSerial', () => {
  test.each<[number, string | null]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null],
    [61, '1900-03-01'],
    [46203, '2026-06-30'],
    [46203.75, '2026-06-30'],
    [0, null],
    [2_958_466, null],
    [Number.NaN, null],
  ])('%d', (serial, expected) => expect(isoFromSerial(serial)).toBe(expected));
});

describe('cellDay', () => {
  test("a cell's Date names one calendar day whether a reader gave UTC or Vietnamese midnight", () => {
    const utc = new Date('2026-06-30T00:00:00Z');
    const hanoi = dateOfSerial(isoSerial('2026-06-30'));
    expect(hanoi.toISOString()).toBe('2026-06-29T17:00:00.000Z');
    expect([cellDay(utc), cellDay(hanoi)]).toEqual(['2026-06-30', '2026-06-30']);
    expect(cellDay(new Date(Number.NaN))).toBeNull();
    // Every core reader of a cell's Date agrees with it.
    expect(cellText(hanoi)).toBe('2026-06-30');
    expect(validationAccepts({ type: 'date', min: '2026-06-30', max: '2026-06-30' }, hanoi)).toBe(true);
  });
});
