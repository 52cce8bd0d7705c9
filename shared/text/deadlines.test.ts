// Every way the plans write "Thời gian thực hiện", read to the last day it names.
import fc from 'fast-check';
import { Deadline, formatDateVi, parseDeadline, formatTimeVi } from './deadlines';

const due = (iso: string): Deadline => ({ due: iso, recurring: false, recognised: true, firstDue: null });
const recurring = (firstDue: string | null = null): Deadline => ({ due: null, recurring: true, recognised: true, firstDue });
const unrecognised: Deadline = { due: null, recurring: false, recognised: false, firstDue: null };

describe('parseDeadline', () => {
  test.each<[string, Deadline]>([
    ['Tháng 10/2025', due('2025-10-31')],
    ['Tháng 12/2025 và các năm tiếp theo', recurring('2025-12-31')],
    ['Quý I/2026', due('2026-03-31')],
    ['Quý III năm 2026', due('2026-09-30')],
    ['Quý I và quý II năm 2026', due('2026-06-30')],
    ['Quý II, quý III năm 2026', due('2026-09-30')],
    ['Quý II – Quý IV năm 2026', due('2026-12-31')],
    ['Quý II - Quý IV năm 2026', due('2026-12-31')],
    ['Năm 2025', due('2025-12-31')],
    ['2025 và những năm tiếp theo', recurring('2025-12-31')],
    ['Hằng năm', recurring()],
    ['Hàng năm', recurring()],
    ['Thường xuyên', recurring()],
    ['Cả năm', recurring()],
    ['6/2026', due('2026-06-30')],
    ['30/6/2026', due('2026-06-30')],
    ['Tháng 07/2026', due('2026-07-31')],
    ['Tháng 2/2028', due('2028-02-29')],
    ['Tháng 2/2026', due('2026-02-28')],
    ['29/2/2000', due('2000-02-29')],
    ['Quý IV/2025', due('2025-12-31')],
    ['Quý 3/2026', due('2026-09-30')],
    ['Quý II năm 2026', due('2026-06-30')],
    ['Trước 30/6/2026', due('2026-06-30')],
    ['Tháng 9/2025', due('2025-09-30')],
    ['Thường xuyên, hằng năm', recurring()],
    ['Năm 2025-2026', due('2026-12-31')],
    ['2025 - 2026', due('2026-12-31')],
    ['6 tháng đầu năm 2026', due('2026-06-30')],
    ['Trong năm 2026', due('2026-12-31')],
    // variants the plans and officers produce
    ['Tháng 10/2025'.normalize('NFD'), due('2025-10-31')],
    ['Quý I và quý II năm 2026'.normalize('NFD'), due('2026-06-30')],
    ['Hằng năm'.normalize('NFD'), recurring()],
    ['QUÝ III NĂM 2026', due('2026-09-30')],
    ['THƯỜNG XUYÊN', recurring()],
    ['  Quý   II   năm    2026  ', due('2026-06-30')],
    ['quý II năm 2026', due('2026-06-30')],
    ['Quý II\nnăm 2026', due('2026-06-30')],
    ['Quý I và\r\nquý II năm 2026', due('2026-06-30')],
    ['Quy II nam 2026', due('2026-06-30')],
    ['Tháng 6 năm 2026', due('2026-06-30')],
    ['Từ tháng 10/2025 đến tháng 3/2026', due('2026-03-31')],
    ['Tháng 10-12/2026', due('2026-12-31')],
    ['Quý IV/2025 - Quý I/2026', due('2026-03-31')],
    ['6 tháng cuối năm 2026', due('2026-12-31')],
    ['Ngày 15 tháng 3 năm 2026', due('2026-03-15')],
    ['Từ năm 2026 trở đi', recurring('2026-12-31')],
    ['Các năm tiếp theo', recurring()],
    ['Cả năm 2026', due('2026-12-31')],
    // not understood
    ['Sớm', unrecognised],
    ['Theo chỉ đạo', unrecognised],
    ['', unrecognised],
    ['31/2/2026', unrecognised],
    ['Tháng 13/2026', unrecognised],
    ['Quý V/2026', unrecognised],
    ['Quý II', unrecognised],
    ['31/12/0025', unrecognised],
    ['29/2/2100', unrecognised],
    ['Theo quy định', unrecognised],
  ])('%j', (written, expected) => {
    expect(parseDeadline(written)).toEqual(expected);
  });

  test('never throws; due is null or a real ISO date', () => {
    const pieces = fc.constantFrom(
      'Quý', 'quý', 'I', 'II', 'IV', 'V', 'Tháng', 'tháng', 'năm', 'Năm', 'và', 'các năm tiếp theo', 'Hằng năm', 'Cả năm',
      '/', '-', '–', ' ', '\n', '.', ',', '0', '2', '6', '12', '29', '31', '2025', '2026', '2028', '9999', '6 tháng đầu năm',
    );
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(pieces).map((p) => p.join('')));
    fc.assert(
      fc.property(text, (written) => {
        const d = parseDeadline(written);
        expect(Deadline.safeParse(d).success).toBe(true);
        for (const date of [d.due, d.firstDue]) {
          if (date === null) continue;
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
        if (d.recurring) expect(d.due).toBeNull();
        if (!d.recognised) expect(d).toEqual(unrecognised);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatDateVi', () => {
  test.each<[string, string]>([
    ['2026-06-30', '30/06/2026'],
    ['2025-01-05', '05/01/2025'],
    ['not a date', 'not a date'],
  ])('%j → %j', (iso, expected) => {
    expect(formatDateVi(iso)).toBe(expected);
  });
});

describe('deadline phrasings of 03/NQ-CP-like plans (issue 10: all resolve)', () => {
  test.each<[string, string, string | null, boolean]>([
    ['issue 10: 6/2025 as text', '6/2025', '2025-06-30', false],
    ['zero-padded month', '06/2025', '2025-06-30', false],
    ['03/NQ-CP style', 'Tháng 6/2025', '2025-06-30', false],
    ['03/NQ-CP style', 'Tháng 12 năm 2025', '2025-12-31', false],
    ['03/NQ-CP style', 'Quý II/2025', '2025-06-30', false],
    ['03/NQ-CP style', 'Năm 2025', '2025-12-31', false],
    ['a span of years ends with its last', '2025 - 2026', '2026-12-31', false],
    ['03/NQ-CP style', 'Hằng năm', null, true],
    ['03/NQ-CP style', 'Thường xuyên', null, true],
    ['03/NQ-CP style', '2025 và các năm tiếp theo', null, true],
    ['Vĩnh Phúc 669/QĐ-UBND style', 'Trước 30/6/2025', '2025-06-30', false],
  ])('%s: %s', (_src, text, due, recurring) => {
    const d = parseDeadline(text);
    expect({ due: d.due, recurring: d.recurring, recognised: d.recognised }).toEqual({ due, recurring, recognised: true });
  });
});

test.each([
  ['2026-06-08T09:12:00+07:00', '08/06/2026 09:12'],
  // An instant written in UTC is shown in Vietnam time, across midnight.
  ['2026-06-09T18:30:00Z', '10/06/2026 01:30'],
  ['not a time', null],
])('formatTimeVi(%s) = %s', (instant, shown) => {
  expect(formatTimeVi(instant)).toBe(shown);
});
