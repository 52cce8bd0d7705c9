// Both languages hold the same keys with the same placeholders, nothing empty, and a template for every issue code.
import { IssueCode } from '../issues';
import { en } from './en';
import { fill, placeholdersOf } from './fill';
import { t, type TextKey } from './text';
import { vi } from './vi';

type Table = Record<string, Record<string, string>>;
const viTable = vi as unknown as Table;
const enTable = en as unknown as Table;

const entries = (table: Table): [string, string][] =>
  Object.entries(table).flatMap(([group, keys]) => Object.entries(keys).map(([k, s]): [string, string] => [`${group}.${k}`, s]));

test('every key exists in both languages', () => {
  expect(Object.keys(enTable).sort()).toEqual(Object.keys(viTable).sort());
  expect(entries(enTable).map(([k]) => k).sort()).toEqual(entries(viTable).map(([k]) => k).sort());
});

test('each key has the same placeholders in both languages', () => {
  const mismatched = entries(viTable).filter(([key, text]) => {
    const [group, name] = key.split(/\.(.*)/s);
    const other = enTable[group]?.[name] ?? '';
    return [...new Set(placeholdersOf(text))].sort().join() !== [...new Set(placeholdersOf(other))].sort().join();
  });
  expect(mismatched.map(([k]) => k)).toEqual([]);
});

test('no sentence is empty or only spaces', () => {
  const empty = [...entries(viTable).map(([k, s]) => [`vi ${k}`, s]), ...entries(enTable).map(([k, s]) => [`en ${k}`, s])].filter(
    ([, s]) => typeof s !== 'string' || s.trim() === '',
  );
  expect(empty).toEqual([]);
});

test('every issue code has a template in both languages, and no template is left without its code', () => {
  expect(Object.keys(vi.issues).sort()).toEqual([...IssueCode.options].sort());
  expect(Object.keys(en.issues).sort()).toEqual([...IssueCode.options].sort());
});

test('a glossary word named by an issue param is said in each language', () => {
  for (const key of Object.keys(vi.glossary)) expect(key).toMatch(/^@[a-z-]+$/);
  expect(t('en', 'PLAN_UNKNOWN_OFFICE', { name: 'X', kind: '@task', section: 'I', stt: 2 })).toContain('task I.2');
  expect(t('vi', 'PLAN_DUPLICATE_CODE', { kind: '@indicator', section: 'I', stt: 2, table: '@indicators', rows: '5, 6' })).toMatch(/^Chỉ tiêu I\.2 .*bảng chỉ tiêu/);
});

test('the filler keeps an unknown placeholder visible, capitalises {Name} and never reads office text as a glossary word it lacks', () => {
  expect(fill('{a} {B} {c}', { a: 'x', b: 'y' })).toBe('x Y {c}');
  expect(fill('{text}', { text: '@abc' }, { '@task': 'task' })).toBe('@abc');
});

test('t checks params per key at compile time', () => {
  const ok = t('vi', 'NOT_A_NUMBER', { cell: 'F12', text: 'abc', example: '12' });
  expect(ok).toContain('F12');
  // @ts-expect-error: 'example' is missing
  t('vi', 'NOT_A_NUMBER', { cell: 'F12', text: 'abc' });
  // @ts-expect-error: no such key
  t('vi', 'words.nope');
  // A sentence without placeholders takes no params.
  expect(t('en', 'words.met')).toBe('Met');
  const key: TextKey = 'glossary.@task';
  expect(t('en', key)).toBe('task');
});

test('a list (one item per line) has as many items in both languages', () => {
  const lines = (s: string) => s.split('\n').length;
  const uneven = entries(viTable).filter(([key, text]) => {
    const [group, name] = key.split(/\.(.*)/s);
    return lines(text) !== lines(enTable[group]?.[name] ?? '');
  });
  expect(uneven.map(([k]) => k)).toEqual([]);
});

test('glossary words are said only in issues: office text starting with @ stays as typed elsewhere', () => {
  expect(t('en', 'pane.guideDone', { sheet: '@task' })).toContain('"@task"');
  expect(t('en', 'issues.PLAN_UNKNOWN_OFFICE', { name: 'X', kind: '@task', section: 'I', stt: 2 })).toContain('task I.2');
});
