import { issue, localiseIssues } from '../issues';
import { checkValue } from '../validate/input-rules';
import { fill } from './fill';

// Issue params keep raw numbers; the one filler writes them the way each language does.
describe('number params', () => {
  test('a decimal from a producer reads 95,5 in Vietnamese and 95.5 in English', () => {
    const got = checkValue({ kind: 'percent', min: 0, max: 100 }, 195.5, null, 'E5');
    if (got.kind !== 'problem') throw new Error(got.kind);
    expect(got.params.value).toBe(195.5);
    const made = issue('error', got.code, { sheet: 'Phòng Kinh tế', cell: 'E5' }, got.params);
    expect(made.message).toContain('195,5');
    expect(made.messageEn).toContain('195.5');
    expect(made.messageEn).not.toContain('195,5');
    const [en] = localiseIssues([made], 'en');
    expect(en.message).toContain('195.5');
  });

  test('thousands marks only from 10 000 on, so a year stays 2030; strings pass as they are', () => {
    expect(fill('{a} {b} {c} {d}', { a: 2030, b: 12345.5, c: '11,1', d: 0.665 }, {}, 'vi')).toBe('2030 12.345,5 11,1 0,665');
    expect(fill('{a} {b} {c} {d}', { a: 2030, b: 12345.5, c: '11,1', d: 0.665 }, {}, 'en')).toBe('2030 12,345.5 11,1 0.665');
    // Without a language (a fixed-language document) a number is written as JavaScript does.
    expect(fill('{b}', { b: 95.5 })).toBe('95.5');
  });
});
