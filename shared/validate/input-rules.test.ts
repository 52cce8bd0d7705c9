// Status words and value rules for input cells, table-driven.
import { checkValue, inputRuleFor, parseStatus, STATUS_VALUES, STATUS_WORDS, type TaskStatus } from './input-rules';
import { parseTarget } from '../text/targets';
import type { Indicator } from '../schemas/plan';
import { TaskStatus as TaskStatusSchema, TaskStatusResult } from '../schemas/result';

describe('parseStatus reads exactly the exported STATUS_WORDS', () => {
  // Phrasings officers write, from the issue (10) and the seed plans' report practice.
  const rows: Array<[string, TaskStatus | null]> = [
    ['Hoàn thành', 'done'],
    ['hoàn thành.', 'done'],
    ['Đã hoàn thành', 'done'],
    ['xong', 'done'], // issue 10: taken as done
    ['Xong rồi', 'done'], // issue 10: refused before
    ['Đã xong', 'done'],
    ['HT', 'done'],
    ['Đang thực hiện', 'in_progress'],
    ['đang làm', 'in_progress'],
    ['Đang triển khai', 'in_progress'],
    ['Chưa triển khai', 'not_started'],
    ['Chưa thực hiện', 'not_started'],
    ['chưa làm', 'not_started'],
    ['Hoa hồng', null],
    ['Đang chờ hướng dẫn của tỉnh về cách làm', null],
    ['', null],
  ];
  it.each(rows)('%s → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
  it('accepts every listed word and nothing is listed under two statuses', () => {
    const seen = new Map<string, TaskStatus>();
    for (const [status, words] of Object.entries(STATUS_WORDS) as Array<[TaskStatus, readonly string[]]>) {
      for (const w of words) {
        expect(parseStatus(w)).toBe(status);
        expect(seen.has(w.toLowerCase())).toBe(false);
        seen.set(w.toLowerCase(), status);
      }
    }
  });
  it('offers the canonical word of each status in the form, and has words for exactly the schema statuses', () => {
    expect([...STATUS_VALUES]).toEqual(['Chưa triển khai', 'Đang thực hiện', 'Hoàn thành']);
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...TaskStatusSchema.options].sort());
    expect(TaskStatusResult.options.filter((s) => s !== 'no_report').sort()).toEqual([...TaskStatusSchema.options].sort());
  });
});


const indicator = (unit: string, targetText: string): Indicator => ({
  key: 'I/1', section: 'I', stt: '1', name: 'x', unit, targetText, target: parseTarget(targetText, unit), leadText: '', leadOffices: [], ref: { sheet: 'S', row: 1 },
});

describe('checkValue: values used with a word to the office (issue 10)', () => {
  // [source, unit, target, typed, numFmt, expected kind/code, warnings]
  const rows: Array<[string, string, string, unknown, string | null, string, string[]]> = [
    ['contract §6', '%', '≥ 95', 'khoảng 96', null, 'value', ['APPROXIMATE_VALUE']],
    ['contract §6', 'hộ', '≥ 100', 'ước 80', null, 'value', ['APPROXIMATE_VALUE']],
    ['issue 10 (rate as fraction)', '%', '≥ 95', 0.98, null, 'value', ['RATE_TYPED_AS_FRACTION']],
    ['issue 10 (rate as fraction, text)', '%', '≥ 95', '0,98', null, 'value', ['RATE_TYPED_AS_FRACTION']],
    ['a real 0,5 % share stays quiet', '% GRDP', '≥ 0,5', 0.8, null, 'value', []],
    ['98 in a % cell is 98 %', '%', '≥ 95', 0.98, '0%', 'value', []],
    ['issue 10 (count in a % cell)', 'điểm', '5', 0.05, '0%', 'value', ['COUNT_IN_PERCENT_CELL']],
    ['issue 10 / 03/NQ-CP HDI index', 'Chỉ số phát triển con người (HDI)', '> 0,7', '0,75', null, 'value', []],
    ['a decimal target takes decimals', 'điểm', '≥ 2,5', 2.75, null, 'value', []],
    ['things counted one by one stay whole', 'điểm', '5', 2.5, null, 'NOT_WHOLE_NUMBER', []],
    ['issue 11: #REF! is an error', '%', '≥ 95', '#REF!', null, 'NOT_A_NUMBER', []],
    ['issue 11: #DIV/0! is an error', 'hộ', '≥ 100', '#DIV/0!', null, 'NOT_A_NUMBER', []],
    ['#N/A is no data', 'hộ', '≥ 100', '#N/A', null, 'no_data', []],
    ['contract §6: 12a', 'hộ', '≥ 100', '12a', null, 'NOT_A_NUMBER', []],
  ];
  it.each(rows)('%s: %s %s ← %p', (_src, unit, target, typed, numFmt, kind, warnings) => {
    const ind = indicator(unit, target);
    const got = checkValue(inputRuleFor(ind), typed as never, numFmt, 'E5', unit, ind.target);
    expect(got.kind === 'problem' ? got.code : got.kind).toBe(kind);
    expect(got.kind === 'value' ? (got.warnings ?? []).map((w) => w.code) : []).toEqual(warnings);
  });
});
