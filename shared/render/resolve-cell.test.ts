// The meaning every renderer maps: locks, dates as a Vietnamese day, text limits, the vi number tag, checked links.
import { CELL_TEXT_MAX } from '../excel-limits';
import { dateOfSerial, dateSerial, isoSerial, lockOf, resolveCell, sheetRef, VI_GENERAL } from './resolve-cell';
import { rectangles, rectArea, rectanglesByKey } from './rectangles';

test('one lock rule: locked unless unlocked, an input cell unlocked unless locked', () => {
  expect([lockOf(null), lockOf({ value: 1 }), lockOf({ value: null, style: 'input' }), lockOf({ value: null, style: 'input', locked: true }), lockOf({ value: 'x', locked: false })]).toEqual([
    true,
    true,
    false,
    true,
    false,
  ]);
});

test('a date is the whole serial of its day in Vietnam, whatever instant of that day the Date holds', () => {
  const utcMidnight = new Date(Date.UTC(2026, 5, 30));
  const vnMidnight = new Date(Date.UTC(2026, 5, 30) - 7 * 3_600_000);
  const vnLateEvening = new Date(Date.UTC(2026, 5, 30, 16, 59));
  expect([dateSerial(utcMidnight), dateSerial(vnMidnight), dateSerial(vnLateEvening)]).toEqual([46203, 46203, 46203]);
  // 17:00 UTC is already the next day in Vietnam.
  expect(dateSerial(new Date(Date.UTC(2026, 5, 30, 17)))).toBe(46204);
  expect(isoSerial('2026-06-30')).toBe(46203);
  // Excel's 29/2/1900: days before 1/3/1900 count one less.
  expect([isoSerial('1900-01-01'), isoSerial('1900-03-01')]).toEqual([1, 61]);
  expect(dateOfSerial(46203).getTime()).toBe(vnMidnight.getTime());
  expect(resolveCell({ value: vnMidnight })).toMatchObject({ kind: 'date', value: 46203, numFmt: 'dd/mm/yyyy' });
  expect(resolveCell({ value: vnMidnight, numFmt: 'mm/yyyy' }).numFmt).toBe('mm/yyyy');
});

test('text within Excel limits; a number that cannot be stored is an error; office text that reads as a formula stays text', () => {
  const long = resolveCell({ value: `a\u0001${'x'.repeat(CELL_TEXT_MAX)}` });
  expect([long.kind, (long.value as string).length, (long.value as string).includes('\u0001')]).toEqual(['text', CELL_TEXT_MAX, false]);
  expect(resolveCell({ value: Number.NaN })).toMatchObject({ kind: 'error', value: '#NUM!' });
  expect(resolveCell({ value: '' })).toMatchObject({ kind: 'empty', value: null });
  expect(resolveCell({ value: '=1+1', untrusted: true }).keepText).toBe(true);
  expect(resolveCell({ value: '=1+1' }).keepText).toBe(false);
  expect(resolveCell({ value: 'Đạt', untrusted: true }).keepText).toBe(false);
});

test('a Vietnamese sheet tags General numbers and formulas only; explicit codes keep their meaning', () => {
  expect(resolveCell({ value: 75.5 }, 'vi').numFmt).toBe(VI_GENERAL);
  expect(resolveCell({ value: 75.5, numFmt: 'General' }, 'vi').numFmt).toBe(VI_GENERAL);
  expect(resolveCell({ value: null, formula: 'A1*2' }, 'vi').numFmt).toBe(VI_GENERAL);
  expect(resolveCell({ value: 0.5, numFmt: '0%' }, 'vi').numFmt).toBe('0%');
  expect(resolveCell({ value: 75.5 }, 'en').numFmt).toBeNull();
  expect(resolveCell({ value: 'chữ' }, 'vi').numFmt).toBeNull();
});

test('a link keeps only a checked, canonical A1 address; anything else is no link', () => {
  expect(resolveCell({ value: 'F12', link: { sheet: "Phòng 'Kinh' tế", cell: '$f$12' } }).link).toEqual({ sheet: "Phòng 'Kinh' tế", cell: 'F12' });
  expect(resolveCell({ value: 'x', link: { sheet: 'S', cell: '=HYPERLINK("http://x")' } }).link).toBeNull();
  expect(resolveCell({ value: 'x', link: { sheet: 'S', cell: 'A1', file: 'r.xlsx' } }).link).toEqual({ sheet: 'S', cell: 'A1', file: 'r.xlsx' });
  expect(sheetRef("It's", 'A1')).toBe("'It''s'!A1");
});

test('rectangles: runs along rows, stacked while the next row repeats the same run', () => {
  const keys = [
    ['a', 'a', 'b', null],
    ['a', 'a', 'b', 'b'],
    ['a', null, 'b', 'b'],
  ];
  const rects = rectangles(3, 4, (r, c) => keys[r][c], 5);
  expect(rects.map((r) => `${r.key}:${rectArea(r)}`).sort()).toEqual(['a:A6:B7', 'a:A8', 'b:C6', 'b:C7:D8'].sort());
  expect([...rectanglesByKey(3, 4, (r, c) => keys[r][c]).keys()]).toEqual(['b', 'a']);
});
