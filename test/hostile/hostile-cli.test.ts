// The BUILT command line against hostile workbooks and paths: the other offices are still consolidated, inputs
// are never overwritten (links, devices, each other), outputs are valid XML and mail, the terminal stays clean.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileCorpus, sheetXml, textCell, textSheet, workbookBytes } from '../../bench/hostile-corpus';
import { fixturePlanGrids } from '../fixture-plan';
import { fillFormFile, writeGridsXlsx } from '../xlsx-fixtures';
import { CheckResult } from '../../shared/schemas/result';
import { assertEveryPartWellFormed } from './xml-parts';
import { NASTY } from './nasty-text';
import { xmlSafe } from '../../shared/excel-limits';

const BIN = path.join(__dirname, '..', '..', 'bin', 'nq57.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-hostile-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp, timeout: 120_000 });
const sha = (f: string) => createHash('sha256').update(readFileSync(path.join(tmp, f))).digest('hex');
const at = (...p: string[]) => path.join(tmp, ...p);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  await writeGridsXlsx(at('plan.xlsx'), fixturePlanGrids());
  expect(run('forms', '--plan', 'plan.xlsx', '--out', 'forms', '--period', '2026-H1').status).toBe(0);
  mkdirSync(at('reports'));
  await fillFormFile(at('forms', 'cong-an-xa.xlsx'), at('reports', 'cong-an-xa.xlsx'), {
    indicator: { 'I/4': { 'Kết quả đạt được': 3 } },
    // ExcelJS writes control characters raw (invalid XML, which the reader refuses, as Excel does): the rest as typed.
    task: { 'I/5': { 'Tình trạng': 'Đang thực hiện', 'Khó khăn, vướng mắc': xmlSafe(NASTY.join(' | ')) } },
  });
  await fillFormFile(at('forms', 'phong-van-hoa-xa-hoi.xlsx'), at('reports', 'phong-van-hoa-xa-hoi.xlsx'), {
    indicator: { 'I/2.1': { 'Kết quả đạt được': 85 } },
    task: { 'I/1': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': new Date(Date.UTC(2026, 2, 20)) } },
  });
});

describe('check with the hostile corpus among real reports', () => {
  let result: CheckResult;
  let hashes: Map<string, string>;
  let status: number | null;
  let stdout: string;
  beforeAll(() => {
    for (const f of hostileCorpus()) writeFileSync(at('reports', f.name), f.bytes);
    // A report whose file name and cells hold terminal escapes.
    writeFileSync(at('reports', 'esc-\u001B]0;owned\u0007-\u001B[2J.xlsx'), workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`<row r="1">${textCell('A1', 'Đơn vị báo cáo:')}${textCell('B1', '\u001B[31mĐơn vị\u001B[0m \u202Elạ')}</row>`) }]));
    hashes = new Map(readdirSync(at('reports')).map((f) => [f, sha(path.join('reports', f))]));
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'summary.xlsx', '--json', 'result.json', '--as-of', '2026-07-15');
    status = r.status;
    stdout = r.stdout + r.stderr;
    if (!existsSync(at('result.json'))) throw new Error(stdout);
    result = CheckResult.parse(JSON.parse(readFileSync(at('result.json'), 'utf8')));
  });

  test('exit 1, every unreadable file an error issue with its reason, the real offices still consolidated', () => {
    expect(status).toBe(1);
    const unreadable = new Map(result.issues.filter((i) => i.code === 'REPORT_UNREADABLE').map((i) => [path.basename(i.file!), i]));
    for (const f of hostileCorpus().filter((c) => c.expect === 'refuse')) expect(unreadable.has(f.name)).toBe(true);
    expect(unreadable.get('zip-bomb.xlsx')!.message).toMatch(/quá lớn/);
    expect(result.offices.filter((o) => o.reported).map((o) => o.name).sort()).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội']);
    expect(result.indicators.find((i) => i.stt === '2.1')).toMatchObject({ value: 85, status: 'met' });
  });

  test('every report file is byte-identical afterwards', () => {
    for (const [f, h] of hashes) expect(sha(path.join('reports', f))).toBe(h);
  });

  test('the summary is well-formed XML in every part, with the nasty text kept as text', () => {
    expect(assertEveryPartWellFormed(readFileSync(at('summary.xlsx')))).toBeGreaterThan(3);
  });

  test('nothing printed carries an escape sequence or a control character', () => {
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(stdout).toMatch(/esc-/);
  });
});

describe('outputs never land on an input, a device or each other', () => {
  const args = (out: string, json?: string) => ['check', '--plan', 'plan.xlsx', '--reports', path.join('reports', 'cong-an-xa.xlsx'), '--out', out, ...(json ? ['--json', json] : []), '--as-of', '2026-07-15'];

  test('--out X --json X is refused before anything is written', () => {
    const r = run(...args('same.out', 'same.out'));
    expect(r.status).toBe(2);
    expect(existsSync(at('same.out'))).toBe(false);
    // The same file by two spellings.
    expect(run(...args('x/../same2.out', 'same2.out')).status).toBe(2);
  });

  test('a symlink or a hard link to the plan or a report is refused; the input stays as it was', () => {
    const plan = sha('plan.xlsx');
    const report = sha(path.join('reports', 'cong-an-xa.xlsx'));
    symlinkSync(at('plan.xlsx'), at('link-to-plan.json'));
    linkSync(at('reports', 'cong-an-xa.xlsx'), at('hard-link-to-report.json'));
    expect(run(...args('ok.xlsx', 'link-to-plan.json')).status).toBe(2);
    expect(run(...args('hard-link-to-report.json')).status).toBe(2);
    expect(sha('plan.xlsx')).toBe(plan);
    expect(sha(path.join('reports', 'cong-an-xa.xlsx'))).toBe(report);
    expect(lstatSync(at('link-to-plan.json')).isSymbolicLink()).toBe(true);
  });

  test('a device (or a link to one) is refused and left a device', () => {
    symlinkSync('/dev/null', at('null.xlsx'));
    expect(run(...args('null.xlsx')).status).toBe(2);
    expect(run(...args('/dev/null')).status).toBe(2);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('an empty reports folder is exit 2 with a message, and nothing is written', () => {
    mkdirSync(at('empty'));
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'empty', '--out', 'from-empty.xlsx');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/không có tệp báo cáo nào/);
    expect(existsSync(at('from-empty.xlsx'))).toBe(false);
  });

  test('an interrupted write leaves no temporary file behind and exits as interrupted', async () => {
    mkdirSync(at('interrupt'));
    // A writer whose rename never comes: the process is interrupted while the temporary file exists.
    const script = `
      const fs = require('fs');
      const { writeFileAtomic } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'dist', 'cli', 'safe-output.js'))});
      fs.promises.rename = () => { process.stdout.write('writing\\n'); return new Promise(() => setTimeout(() => {}, 60000)); };
      writeFileAtomic(${JSON.stringify(at('interrupt', 'summary.xlsx'))}, 'x'.repeat(1000));
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    expect(readdirSync(at('interrupt')).length).toBe(1);
    child.kill('SIGINT');
    const signal = await new Promise<string | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGINT');
    expect(readdirSync(at('interrupt'))).toEqual([]);
  });
});

describe('a report of 200,000 unknown rows', () => {
  test('is read and checked without overflowing the stack (exit 1, not a crash)', () => {
    const rows = [`<row r="1">${textCell('A1', 'Đơn vị báo cáo:')}${textCell('B1', 'Công an xã')}</row>`];
    rows.push(`<row r="2">${['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Tình trạng', 'Ngày hoàn thành'].map((h, c) => textCell(`${'ABCDE'[c]}2`, h)).join('')}</row>`);
    for (let r = 3; r < 200_003; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r + 1000}</v></c>${textCell(`B${r}`, 'x')}${textCell(`D${r}`, 'Hoàn thành')}</row>`);
    mkdirSync(at('big'));
    writeFileSync(at('big', 'cong-an-xa.xlsx'), workbookBytes([{ name: 'Báo cáo', xml: sheetXml(rows.join('')) }]));
    // remind runs the same read and check as check, without the summary workbook (whose 200,000 issue rows
    // ExcelJS takes about a minute to write): what overflowed the stack was the check.
    const r = run('remind', '--plan', 'plan.xlsx', '--reports', 'big', '--as-of', '2026-07-15', '--json', 'big.json');
    expect(r.stderr).not.toMatch(/Maximum call stack|RangeError|Lỗi không mong đợi/);
    expect([0, 1]).toContain(r.status);
    expect(existsSync(at('big.json'))).toBe(true);
  });
});

describe('offices with hostile names', () => {
  const long = 'Ban chỉ đạo chuyển đổi số và phát triển khoa học công nghệ đổi mới sáng tạo xã ';
  const offices = [`${long}A`, `${long}B`, 'Tổ 甲', 'Tổ 乙', "'Ban Tư pháp'", 'History', "Phòng O'Neil", 'CON', 'Đội xung kích', `Ban ${'rất dài '.repeat(110)}`, 'Công an xã'];
  const emails = ['a1@xa.example', 'a2@xa.example', 'to-giap@xa.example', 'khong-hop-le@', 'tên@miền.vn', 'x@y', 'ok@xa.example, a@b.c\r\nBcc: evil@evil.example', 'con@xa.example', 'doi@xa.example', 'dai@xa.example', 'ca@xa.example'];

  beforeAll(async () => {
    const tasks: (string | null)[][] = [['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian thực hiện'], ['I', 'Nhiệm vụ', null, null, null, null]];
    offices.forEach((o, i) => { tasks.push([String(i + 1), `Nhiệm vụ ${i + 1} ${NASTY[i % NASTY.length]}`, o, null, 'Báo cáo', 'Tháng 3/2026']); });
    const directory: (string | null)[][] = [['Tên đơn vị', 'Tên khác', 'Email'], ...offices.map((o, i) => [o, null, emails[i]])];
    // Written the way Excel stores such text (control characters as _xHHHH_), not through ExcelJS, which writes them raw.
    writeFileSync(at('names-plan.xlsx'), workbookBytes([{ name: 'Phụ lục II', xml: textSheet(tasks) }, { name: 'Đơn vị', xml: textSheet(directory) }]));
  });

  test('forms: one valid form per office (none crashes, none shares a file), every part well-formed', () => {
    const r = run('forms', '--plan', 'names-plan.xlsx', '--out', 'name-forms', '--period', '2026-H1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const files = readdirSync(at('name-forms'));
    expect(files).toHaveLength(offices.length);
    for (const f of files) {
      expect(f).toMatch(/^[a-z0-9-]{1,60}\.xlsx$/);
      assertEveryPartWellFormed(readFileSync(at('name-forms', f)));
    }
  });

  test('remind: one mail per office; headers ASCII, lines ≤ 78, only valid addresses', () => {
    const r = run('remind', '--plan', 'names-plan.xlsx', '--as-of', '2026-07-15', '--json', 'names-reminders.json', '--outbox', 'names-outbox');
    expect([0, 1]).toContain(r.status);
    const reminders = JSON.parse(readFileSync(at('names-reminders.json'), 'utf8')) as Array<{ office: string; to: string[] }>;
    expect(reminders).toHaveLength(offices.length);
    const emls = readdirSync(at('names-outbox'));
    expect(emls).toHaveLength(offices.length);
    const allTo = reminders.flatMap((m) => m.to);
    expect(allTo).not.toContain('khong-hop-le@');
    expect(allTo).not.toContain('x@y');
    // A header injected through a cell becomes at most more recipients typed there, never a header of its own.
    expect(allTo.join(' ')).not.toMatch(/miền|Bcc|a@b\.c\b/);
    expect(r.stdout).toMatch(/khong-hop-le@/);
    for (const f of emls) {
      const eml = readFileSync(at('names-outbox', f), 'utf8');
      const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
      expect(head).toMatch(/^[\x20-\x7E\r\n]*$/);
      for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
      expect(head).not.toMatch(/^Bcc:/im);
      // Every header line is a header or a folded continuation.
      for (const line of head.split('\r\n')) expect(line).toMatch(/^([A-Za-z-]+: |[ \t])/);
    }
  });
});

describe('a plan cell with the format escape of U+FFFF makes a valid form', () => {
  test('forms from a plan holding _xFFFF_ and control characters', async () => {
    const bytes = workbookBytes([
      {
        name: 'Phụ lục II',
        xml: sheetXml(
          `<row r="1">${['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời gian thực hiện'].map((h, c) => textCell(`${'ABCDE'[c]}1`, h)).join('')}</row>` +
            `<row r="2">${textCell('A2', 'I')}${textCell('B2', 'Mục _xFFFF_')}</row>` +
            `<row r="3">${textCell('A3', '1')}<c r="B3" t="inlineStr"><is><t>Nhiệm vụ _x0001__xFFFF_ _x005F_xFFFF_ \u0085</t></is></c>${textCell('C3', 'Công an xã')}${textCell('D3', 'Báo cáo')}${textCell('E3', 'Quý I/2026')}</row>`,
        ),
      },
    ]);
    writeFileSync(at('xffff-plan.xlsx'), bytes);
    const r = run('forms', '--plan', 'xffff-plan.xlsx', '--out', 'xffff-forms', '--period', '2026-H1');
    expect(r.status).toBe(0);
    const [form] = readdirSync(at('xffff-forms'));
    assertEveryPartWellFormed(readFileSync(at('xffff-forms', form)));
    // LibreOffice opens it and keeps the strings after the hostile one (it dropped them when the XML was invalid).
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${at('lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', at('xffff-csv'), at('xffff-forms', form)], { stdio: 'ignore', timeout: 120_000 });
    const csv = readFileSync(at('xffff-csv', form.replace(/\.xlsx$/, '.csv')), 'utf8');
    expect(csv).toContain('Nhiệm vụ');
    expect(csv).toContain('_xFFFF_');
    expect(csv).toContain('Tình trạng');
  });
});

describe('a plan with a value at XFD1048576 and a merge over the whole sheet', () => {
  test('forms and check still run on it, within bounds', () => {
    const header = ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời gian thực hiện'];
    const rows = [header, ['I', 'Nhiệm vụ'], ['1', 'Ban hành kế hoạch', 'Công an xã', 'Kế hoạch', 'Quý I/2026']]
      .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => textCell(`${'ABCDE'[c]}${r + 1}`, v)).join('')}</row>`)
      .join('');
    const far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    const directory = textSheet([['Tên đơn vị', 'Tên khác', 'Email'], ['Công an xã', null, 'ca@xa.example']]);
    writeFileSync(at('far-plan.xlsx'), workbookBytes([{ name: 'Phụ lục II', xml: sheetXml(rows + far, { after: '<mergeCells count="1"><mergeCell ref="A1048000:XFD1048576"/></mergeCells>' }) }, { name: 'Đơn vị', xml: directory }]));
    const forms = run('forms', '--plan', 'far-plan.xlsx', '--out', 'far-forms', '--period', '2026-H1');
    expect(forms.stderr).toBe('');
    expect(forms.status).toBe(0);
    expect(readdirSync(at('far-forms'))).toEqual(['cong-an-xa.xlsx']);
    const check = run('check', '--plan', 'far-plan.xlsx', '--reports', 'far-forms', '--out', 'far-summary.xlsx', '--as-of', '2026-07-15');
    expect([0, 1]).toContain(check.status);
    assertEveryPartWellFormed(readFileSync(at('far-summary.xlsx')));
  });
});
