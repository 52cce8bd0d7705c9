// Status words and value rules for input cells, table-driven.
import { parseStatus, STATUS_VALUES, STATUS_WORDS, type TaskStatus } from './input-rules';

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
  it('puts the canonical word of each status first', () => {
    expect([STATUS_WORDS.not_started[0], STATUS_WORDS.in_progress[0], STATUS_WORDS.done[0]]).toEqual([...STATUS_VALUES]);
  });
});
