// The .docx the renderer writes, read back from its XML: A4, ND 30 margins, Times New Roman, page numbers, and office
// text that stays text (no field, no hyperlink) however it is written.
import { strFromU8, unzipSync } from 'fflate';
import { renderReportDocx, xmlSafe, PAGE } from './report-docx';
import { buildReportPlan } from '../report-doc/build-report';
import type { CheckResult } from '../schemas/result';
import { exampleResult } from '../../test/report/example-results';
import { examplePlans } from '../../examples/plans';

const HOSTILE = ['=HYPERLINK("http://x")', '<script>alert(1)</script>', '{ MERGEFIELD x }', 'A & B "quoted"'];

/** An example result whose offices wrote markup, formulas and field codes as their difficulties and proposals. */
function hostileResult(): CheckResult {
  const result = exampleResult(examplePlans[1]);
  const t = result.tasks.find((x) => x.leadOffices.length > 0)!;
  const office = t.leadOffices[0];
  t.difficulties = [...(t.difficulties ?? []), ...HOSTILE.map((text) => ({ office, text })), { office, text: 'chuông\u0007 dòng 1\ndòng 2' }];
  t.proposals = [...(t.proposals ?? []), ...HOSTILE.map((text) => ({ office, text }))];
  return result;
}

async function parts(result: CheckResult): Promise<Record<string, string>> {
  const files = unzipSync(await renderReportDocx(buildReportPlan(result, 'vi')));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, b]) => [n, strFromU8(b)]));
}

const mm = (twips: string) => Math.round(Number(twips) / 56.6929);
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? '';

let xml: Record<string, string>;
beforeAll(async () => {
  xml = await parts(hostileResult());
});

test('A4 portrait, then landscape pages for the appendix; margins top/bottom 20–25, left 30–35, right 15–20 mm', () => {
  const doc = xml['word/document.xml'];
  const sizes = [...doc.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
  expect(sizes).toHaveLength(2);
  expect([mm(attr(sizes[0], 'w:w')), mm(attr(sizes[0], 'w:h'))]).toEqual([210, 297]);
  expect(attr(sizes[0], 'w:orient')).not.toBe('landscape');
  expect([mm(attr(sizes[1], 'w:w')), mm(attr(sizes[1], 'w:h'))]).toEqual([297, 210]);
  expect(attr(sizes[1], 'w:orient')).toBe('landscape');
  for (const m of doc.matchAll(/<w:pgMar [^>]*\/>/g)) {
    expect(mm(attr(m[0], 'w:top'))).toBeGreaterThanOrEqual(20);
    expect(mm(attr(m[0], 'w:top'))).toBeLessThanOrEqual(25);
    expect(mm(attr(m[0], 'w:bottom'))).toBeGreaterThanOrEqual(20);
    expect(mm(attr(m[0], 'w:bottom'))).toBeLessThanOrEqual(25);
    expect(mm(attr(m[0], 'w:left'))).toBeGreaterThanOrEqual(30);
    expect(mm(attr(m[0], 'w:left'))).toBeLessThanOrEqual(35);
    expect(mm(attr(m[0], 'w:right'))).toBeGreaterThanOrEqual(15);
    expect(mm(attr(m[0], 'w:right'))).toBeLessThanOrEqual(20);
  }
  expect(PAGE.widthMm).toBe(210);
});

test('Times New Roman, body 14 pt, by default for every run', () => {
  const styles = xml['word/styles.xml'];
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
  const fonts = /<w:rFonts [^>]*\/>/.exec(defaults)![0];
  for (const a of ['w:ascii', 'w:hAnsi', 'w:cs']) expect(attr(fonts, a)).toBe('Times New Roman');
  expect(attr(/<w:sz [^>]*\/>/.exec(defaults)![0], 'w:val')).toBe('28');
  // No run picks another typeface.
  const all = Object.values(xml).join('');
  const faces = new Set([...all.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]));
  expect([...faces]).toEqual(['Times New Roman']);
});

test('page numbers from page 2: the first page has its own empty header, the others a PAGE field', () => {
  const doc = xml['word/document.xml'];
  expect(doc).toContain('<w:titlePg');
  const refs = [...doc.matchAll(/<w:headerReference [^>]*\/>/g)].map((m) => [attr(m[0], 'w:type'), attr(m[0], 'r:id')]);
  const rels = xml['word/_rels/document.xml.rels'];
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  const first = refs.find(([type]) => type === 'first')!;
  expect(xml[`word/${target(first[1])}`]).not.toMatch(/instrText|fldSimple/);
  for (const [, id] of refs.filter(([type]) => type === 'default')) expect(xml[`word/${target(id)}`]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
});

test('office text is text: no field, hyperlink or instruction anywhere in the body; markup escaped; bad characters gone', () => {
  const doc = xml['word/document.xml'];
  expect(doc).not.toMatch(/<w:fldSimple|<w:instrText|<w:hyperlink|<w:fldChar/);
  const headers = Object.keys(xml).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const instructions = headers.flatMap((n) => [...xml[n].matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1].trim()));
  expect(instructions.length).toBeGreaterThan(0);
  expect(instructions.filter((s) => s !== 'PAGE')).toEqual([]);
  expect(xml['word/_rels/document.xml.rels']).not.toMatch(/hyperlink|External/i);
  const texts = [...doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  for (const h of HOSTILE) expect(texts).toContain(h);
  expect(doc).toContain('&lt;script&gt;');
  expect(doc).not.toContain('<script>');
  expect(doc).not.toContain('\u0007');
  // A line an office broke stays two lines, as a break, not as a raw newline.
  const i = texts.indexOf('chuông dòng 1');
  expect(texts[i + 1]).toBe('dòng 2');
});

test('xmlSafe keeps Vietnamese, tabs and newlines, drops what XML 1.0 cannot carry', () => {
  expect(xmlSafe('Phòng Văn hóa\t–\nXã hội')).toBe('Phòng Văn hóa\t–\nXã hội');
  expect(xmlSafe('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
  expect(xmlSafe('😀')).toBe('😀');
});
