// Every way an officer writes a number or a date in a report cell, one row each.
import fc from 'fast-check';
import type { CellValue } from '../grid';
import { isDateFormat, isMonthYearFormat, isPercentFormat, type NumberKind, ParsedDate, ParsedNumber, parseDateCell, parseNumber } from './numbers';

type Row = [string, CellValue, NumberKind, string | null, ParsedNumber];

const num = (value: number): ParsedNumber => ({ kind: 'number', value });
const noData = (text: string): ParsedNumber => ({ kind: 'no_data', text });
const invalid = (text: string): ParsedNumber => ({ kind: 'invalid', text });
const approx = (value: number): ParsedNumber => ({ kind: 'number', value, approximate: true });
const judged = (met: boolean, text: string): ParsedNumber => ({ kind: 'judgement', met, text });

describe('parseNumber', () => {
  test.each<Row>([
    // decimal marks
    ['decimal comma', '66,5', 'percent', null, num(66.5)],
    ['decimal dot', '66.5', 'percent', null, num(66.5)],
    ['integer text', '80', 'percent', null, num(80)],
    ['comma without leading digit', ',5', 'percent', null, num(0.5)],
    ['dot without leading digit', '.5', 'percent', null, num(0.5)],
    ['two-digit decimal', '2.10', 'count', null, num(2.1)],
    // percent signs in text: already 0–100
    ['percent sign', '66,5%', 'percent', null, num(66.5)],
    ['percent sign after space', '66.5 %', 'percent', null, num(66.5)],
    ['percent text in % cell is not rescaled', '66,5%', 'percent', '0%', num(66.5)],
    ['plain text in % cell is not rescaled', '66,5', 'percent', '0.0%', num(66.5)],
    // JS numbers
    ['fraction in 0% cell', 0.665, 'percent', '0%', num(66.5)],
    ['fraction in 0.0% cell', 0.665, 'percent', '0.0%', num(66.5)],
    ['fraction in 0.00% cell', 0.665, 'percent', '0.00%', num(66.5)],
    ['one in % cell', 1, 'percent', '0%', num(100)],
    ['float noise killed', 0.07, 'percent', '0%', num(7)],
    ['quoted % is literal, not a scale', 66.5, 'percent', '0.0"%"', num(66.5)],
    ['number in General cell', 66.5, 'percent', null, num(66.5)],
    ['number in General cell by name', 66.5, 'percent', 'General', num(66.5)],
    ['count number', 1000, 'count', '#,##0', num(1000)],
    ['negative number', -5, 'count', null, num(-5)],
    ['Infinity', Infinity, 'count', null, invalid('Infinity')],
    ['NaN', NaN, 'count', null, invalid('NaN')],
    // thousands
    ['lone dot + 3 digits in a count', '1.000', 'count', null, num(1000)],
    ['lone dot + 3 digits in a percent', '1.000', 'percent', null, num(1)],
    ['lone dot + 3 digits after zero', '0.500', 'count', null, num(0.5)],
    ['lone dot + 2 digits in a count', '1.50', 'count', null, num(1.5)],
    ['dots then comma', '1.234,5', 'count', null, num(1234.5)],
    ['commas then dot', '1,234.5', 'count', null, num(1234.5)],
    ['lone comma is decimal', '1,5', 'count', null, num(1.5)],
    ['lone comma + 3 digits is still decimal', '1,000', 'count', null, num(1)],
    ['several dots', '1.234.567', 'count', null, num(1234567)],
    ['several commas', '1,234,567', 'count', null, num(1234567)],
    ['space thousands', '1 000', 'count', null, num(1000)],
    ['NBSP thousands', '1\u00A0000', 'count', null, num(1000)],
    ['space thousands and decimal comma', '1 234,5', 'count', null, num(1234.5)],
    ['bad groups', '1.23.4', 'count', null, invalid('1.23.4')],
    ['decimal mark twice', '1,234.5.6', 'count', null, invalid('1,234.5.6')],
    // signs and hedges
    ['leading plus', '+5', 'count', null, num(5)],
    ['padding', '  66,5  ', 'percent', null, num(66.5)],
    ['tilde', '~98', 'percent', null, approx(98)],
    ['approx sign', '≈ 98', 'percent', null, approx(98)],
    ['khoảng', 'khoảng 80', 'percent', null, approx(80)],
    // contract §6 and issue 10: an estimate is a number with a warning, garbage is no number
    ['khoảng 96 (issue 10)', 'khoảng 96', 'percent', null, approx(96)],
    ['ước 80 (contract §6)', 'ước 80', 'percent', null, approx(80)],
    ['ước tính with unit', 'Ước tính 1.200 hộ', 'count', null, approx(1200)],
    ['gần', 'gần 95%', 'percent', null, approx(95)],
    ['12a (contract §6)', '12a', 'count', null, invalid('12a')],
    ['1e3 (contract §6)', '1e3', 'count', null, invalid('1e3')],
    ['0x10 (contract §6)', '0x10', 'count', null, invalid('0x10')],
    ['1....x (issue 11)', '1....x', 'count', null, invalid('1....x')],
    ['unit glued to a count', '12hộ', 'count', null, invalid('12hộ')],
    ['trailing full stop', '80.', 'count', null, num(80)],
    ['percent then full stop', '80%.', 'percent', null, num(80)],
    ['score with unit after a space', '5 điểm', 'count', null, num(5)],
    ['negative text', '-5', 'count', null, num(-5)],
    ['minus sign', '\u22125', 'count', null, num(-5)],
    // one number among words
    ['percent with words', '66,5 % dân số', 'percent', null, num(66.5)],
    ['count with unit', '12 hộ', 'count', null, num(12)],
    ['words before the number are no value', 'abc 5', 'count', null, { kind: 'invalid', text: 'abc 5' }],
    ['markup is no number', '<img src=x onerror=1>', 'count', null, { kind: 'invalid', text: '<img src=x onerror=1>' }],
    ['ước đạt before the number', 'ước đạt 70%', 'percent', null, approx(70)],
    ['đạt with a number is a number', 'đạt 80%', 'percent', null, num(80)],
    ['NFD words', 'đạt 80%'.normalize('NFD'), 'percent', null, num(80)],
    ['two numbers', '12/20', 'count', null, invalid('12/20')],
    ['a range', '66-70', 'percent', null, invalid('66-70')],
    ['no number', 'khá', 'percent', null, invalid('khá')],
    ['x is no judgement', 'x', 'percent', null, invalid('x')],
    ['digits glued to letters', 'H2O', 'count', null, invalid('H2O')],
    ['too long to be finite', '9'.repeat(400), 'count', null, invalid('9'.repeat(400))],
    // blank
    ['null', null, 'percent', null, { kind: 'empty' }],
    ['empty string', '', 'percent', null, { kind: 'empty' }],
    ['whitespace only', ' \n\t\u00A0', 'percent', null, { kind: 'empty' }],
    // no data
    ['chưa có số liệu', 'chưa có số liệu', 'percent', null, noData('chưa có số liệu')],
    ['Chưa có số liệu.', 'Chưa có số liệu.', 'percent', null, noData('Chưa có số liệu.')],
    ['no data with a year', 'Chưa có số liệu năm 2025', 'percent', null, noData('Chưa có số liệu năm 2025')],
    ['chưa có', 'chưa có', 'count', null, noData('chưa có')],
    ['không có số liệu', 'Không có số liệu', 'count', null, noData('Không có số liệu')],
    ['#N/A', '#N/A', 'percent', null, noData('#N/A')],
    ['N/A', 'N/A', 'percent', null, noData('N/A')],
    ['NA', 'NA', 'percent', null, noData('NA')],
    ['dash', '-', 'percent', null, noData('-')],
    ['double dash', '--', 'percent', null, noData('--')],
    ['ellipsis', '…', 'percent', null, noData('…')],
    ['three dots', '...', 'percent', null, noData('...')],
    ['đang cập nhật', 'Đang cập nhật', 'percent', null, noData('Đang cập nhật')],
    ['chưa thống kê', 'chưa thống kê', 'count', null, noData('chưa thống kê')],
    // issue 11: only #N/A means no data; any other Excel error is an error at that cell
    ['#VALUE!', '#VALUE!', 'percent', null, invalid('#VALUE!')],
    ['#REF!', '#REF!', 'percent', null, invalid('#REF!')],
    ['#DIV/0!', '#DIV/0!', 'percent', null, invalid('#DIV/0!')],
    ['#NAME?', '#NAME?', 'percent', null, invalid('#NAME?')],
    ['#NUM!', '#NUM!', 'count', null, invalid('#NUM!')],
    // judgements
    ['Đạt', 'Đạt', 'percent', null, judged(true, 'Đạt')],
    ['đạt', 'đạt', 'percent', null, judged(true, 'đạt')],
    ['ĐẠT', 'ĐẠT', 'percent', null, judged(true, 'ĐẠT')],
    ['Đạt with NFD', 'Đạt'.normalize('NFD'), 'percent', null, judged(true, 'Đạt')],
    ['Không đạt', 'Không đạt', 'percent', null, judged(false, 'Không đạt')],
    ['chưa đạt', 'chưa đạt', 'percent', null, judged(false, 'chưa đạt')],
    ['Hoàn thành', 'Hoàn thành', 'percent', null, judged(true, 'Hoàn thành')],
    ['Chưa hoàn thành', 'Chưa hoàn thành', 'percent', null, judged(false, 'Chưa hoàn thành')],
    // other types
    ['true', true, 'count', null, invalid('true')],
    ['false', false, 'count', null, invalid('false')],
    ['Date', new Date(Date.UTC(2026, 4, 15)), 'count', null, invalid('2026-05-15T00:00:00.000Z')],
  ])('%s', (_name, raw, kind, numFmt, expected) => {
    const got = parseNumber(raw, { kind, numFmt });
    expect(got).toEqual(expected);
    expect(ParsedNumber.safeParse(got).success).toBe(true);
  });

  test('0.665 in a % cell is exactly 66.5', () => {
    const got = parseNumber(0.665, { kind: 'percent', numFmt: '0.0%' });
    expect(got.kind === 'number' && got.value === 66.5).toBe(true);
  });
});

describe('parseDateCell', () => {
  const date = (iso: string): ParsedDate => ({ kind: 'date', iso });
  test.each<[string, CellValue, string | null, ParsedDate]>([
    ['Date at UTC midnight (ExcelJS)', new Date(Date.UTC(2026, 4, 15)), null, date('2026-05-15')],
    ['Date at Vietnam midnight', new Date(Date.UTC(2026, 4, 14, 17)), null, date('2026-05-15')],
    ['Date late evening in Vietnam', new Date(Date.UTC(2026, 4, 15, 16, 59)), null, date('2026-05-15')],
    ['Date with time in UTC afternoon', new Date(Date.UTC(2026, 4, 15, 12)), null, date('2026-05-15')],
    ['invalid Date', new Date(NaN), null, { kind: 'invalid', text: 'Invalid Date' }],
    ['serial with dd/mm/yyyy', 46157, 'dd/mm/yyyy', date('2026-05-15')],
    ['serial with m/d/yyyy', 46157, 'm/d/yyyy', date('2026-05-15')],
    ['serial with time part', 46157.75, 'dd/mm/yyyy hh:mm', date('2026-05-15')],
    ['serial 1', 1, 'dd/mm/yyyy', date('1900-01-01')],
    ['serial 59', 59, 'dd/mm/yyyy', date('1900-02-28')],
    ['serial 61', 61, 'dd/mm/yyyy', date('1900-03-01')],
    ['last serial', 2958465, 'dd/mm/yyyy', date('9999-12-31')],
    ['serial past the range', 2958466, 'dd/mm/yyyy', { kind: 'invalid', text: '2958466' }],
    ['serial 0', 0, 'dd/mm/yyyy', { kind: 'invalid', text: '0' }],
    ['serial without format', 46157, null, { kind: 'invalid', text: '46157' }],
    ['serial in General', 46157, 'General', { kind: 'invalid', text: '46157' }],
    ['serial in % format', 46157, '0%', { kind: 'invalid', text: '46157' }],
    ['text d/m/yyyy', '15/5/2026', null, date('2026-05-15')],
    ['text dd/mm/yyyy', '15/05/2026', null, date('2026-05-15')],
    ['text with dashes', '15-5-2026', null, date('2026-05-15')],
    ['text with dots', '15.5.2026', null, date('2026-05-15')],
    ['day first, never month first', '5/6/2026', null, date('2026-06-05')],
    ['text ISO', '2026-05-15', null, date('2026-05-15')],
    ['text ISO short parts', '2026-5-1', null, date('2026-05-01')],
    ['text with padding', '  15/5/2026 ', null, date('2026-05-15')],
    ['two-digit year', '15/5/26', null, date('2026-05-15')],
    ['worded date', 'ngày 15 tháng 5 năm 2026', null, date('2026-05-15')],
    ['29 Feb in a leap year', '29/2/2028', null, date('2028-02-29')],
    ['31 Feb', '31/2/2026', null, { kind: 'invalid', text: '31/2/2026' }],
    ['month 13', '1/13/2026', null, { kind: 'invalid', text: '1/13/2026' }],
    ['US order with day 15 as month', '5/15/2026', null, { kind: 'invalid', text: '5/15/2026' }],
    ['ISO 30 Feb', '2026-02-30', null, { kind: 'invalid', text: '2026-02-30' }],
    ['words', 'Quý II/2026', null, { kind: 'invalid', text: 'Quý II/2026' }],
    ['null', null, null, { kind: 'empty' }],
    ['blank', '   ', null, { kind: 'empty' }],
    ['boolean', true, null, { kind: 'invalid', text: 'true' }],
  ])('%s', (_name, raw, numFmt, expected) => {
    const got = parseDateCell(raw, numFmt);
    expect(got).toEqual(expected);
    expect(ParsedDate.safeParse(got).success).toBe(true);
  });
});

describe('never throws', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789.,% -+đạt#/\u00A0'.split('')) }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
  );
  const format = fc.option(fc.oneof(fc.string(), fc.constantFrom('0%', '0.0%', 'dd/mm/yyyy', 'General', '@')));

  test('parseNumber', () => {
    fc.assert(
      fc.property(cell, format, fc.constantFrom<NumberKind>('percent', 'count'), (raw, numFmt, kind) => {
        const got = parseNumber(raw, { kind, numFmt });
        expect(ParsedNumber.safeParse(got).success).toBe(true);
        if (got.kind === 'number') expect(Number.isFinite(got.value)).toBe(true);
      }),
    );
  });

  test('parseDateCell', () => {
    fc.assert(
      fc.property(cell, format, (raw, numFmt) => {
        const got = parseDateCell(raw, numFmt);
        expect(ParsedDate.safeParse(got).success).toBe(true);
        if (got.kind === 'date') expect(got.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('number formats', () => {
  test.each<[string | null, boolean, boolean, boolean]>([
    // format, percent, date, month-year
    ['0%', true, false, false],
    ['0.0"%"', false, false, false],
    ['dd/mm/yyyy', false, true, false],
    ['mmm-yy', false, false, true],
    ['m/yyyy', false, false, true],
    ['[$-42A]mmmm yyyy', false, false, true],
    ['mm/yyyy_)', false, false, true],
    ['"ngày" dd/mm/yyyy', false, true, false],
    ['hh:mm', false, false, false],
    [null, false, false, false],
  ])('%s', (f, percent, date, monthYear) => {
    expect([isPercentFormat(f), isDateFormat(f), isMonthYearFormat(f)]).toEqual([percent, date, monthYear]);
  });
});
