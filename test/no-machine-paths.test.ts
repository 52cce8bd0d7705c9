// The BUILT command line given absolute paths everywhere: no output (summary, JSON, draft, mails, forms) holds the
// machine path of the folder it ran in. Inputs reach the core named relative to the summary's folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckResult } from '../shared/schemas/result';
import { outputName } from '../cli/inputs';

const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
// Two folders: the outputs' and the one the command runs from, so no path can come out relative to the working folder.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-paths-'));
const cwd = mkdtempSync(path.join(os.tmpdir(), 'nq57-paths-cwd-'));
const at = (...p: string[]) => path.join(tmp, ...p);
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 180_000 });

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every text an output carries: each zip part of a workbook or document, a mail's base64 parts and headers decoded. */
function texts(file: string): string[] {
  const bytes = readFileSync(file);
  if (/\.(xlsx|docx)$/i.test(file) && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return Object.values(unzipSync(new Uint8Array(bytes))).map((part) => strFromU8(part));
  }
  const text = bytes.toString('utf8');
  if (!file.endsWith('.eml')) return [text];
  const decoded = [...text.matchAll(/base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) => Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'));
  const words = [...text.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
  return [text, ...decoded, words.join('')];
}

const hits = (files: string[], needle: string) => files.filter((f) => texts(f).some((t) => t.includes(needle))).map((f) => path.relative(tmp, f));

test('outputName: relative to the summary folder with forward slashes; the base name when only the root joins them', () => {
  expect(outputName('/a/b/bao-cao/x.xlsx', '/a/b')).toBe('bao-cao/x.xlsx');
  expect(outputName('/a/b/bao-cao/x.xlsx', '/a/b/out')).toBe('../bao-cao/x.xlsx');
  expect(outputName('/a/b/x.xlsx', '/c/d')).toBe('x.xlsx');
  expect(outputName('/x.xlsx', '/c')).toBe('x.xlsx');
  expect(outputName('bao-cao/x.xlsx', '.')).toBe('bao-cao/x.xlsx');
});

test('demo, check, remind and forms with absolute paths write no machine path in any output', () => {
  const demo = run('demo', '--out', at('demo'));
  expect(demo.status).toBe(0);
  const ex = at('demo', 'cao-minh-2026');
  const check = run('check', '--plan', path.join(ex, 'ke-hoach.xlsx'), '--reports', path.join(ex, 'bao-cao'), '--out', at('check', 'tong-hop.xlsx'), '--json', at('check', 'ket-qua.json'), '--docx', at('check', 'bao-cao.docx'), '--as-of', '2026-07-15');
  expect(check.status).toBe(1);
  const remind = run('remind', '--plan', path.join(ex, 'ke-hoach.xlsx'), '--reports', path.join(ex, 'bao-cao'), '--as-of', '2026-07-15', '--json', at('remind', 'nhac-viec.json'), '--outbox', at('remind', 'thu'));
  expect(remind.status).toBe(1);
  const forms = run('forms', '--plan', path.join(ex, 'ke-hoach.xlsx'), '--out', at('forms'), '--period', '2026-H1');
  expect(forms.status).toBe(0);

  // The inputs the demo wrote are ours too: a report must not carry the path either.
  const outputs = walk(tmp);
  expect(outputs.filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(0);
  expect(hits(outputs, tmp)).toEqual([]);
  expect(hits(outputs, cwd)).toEqual([]);

  // The names the core got: relative to the summary's folder, so links from the summary reach the reports.
  const result = CheckResult.parse(JSON.parse(readFileSync(at('check', 'ket-qua.json'), 'utf8')));
  const unreadable = result.issues.find((i) => i.code === 'REPORT_UNREADABLE');
  expect(unreadable?.file).toBe('../demo/cao-minh-2026/bao-cao/bao-cao-gui-nham.xlsx');
  const demoResult = CheckResult.parse(JSON.parse(readFileSync(path.join(ex, 'ket-qua.json'), 'utf8')));
  expect(demoResult.issues.find((i) => i.code === 'REPORT_UNREADABLE')?.file).toBe('bao-cao/bao-cao-gui-nham.xlsx');
  const summaryXml = texts(path.join(ex, 'tong-hop.xlsx')).join('\n');
  expect(summaryXml).toMatch(/Target="bao-cao\/[a-z-]+\.xlsx#/);
});
