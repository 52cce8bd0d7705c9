// End to end through real files and the BUILT command line: forms → officers fill in ExcelJS → check --json → LibreOffice opens the summary.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturePlanGrids } from './fixture-plan';
import { writeGridsXlsx, fillFormFile, type OfficerEntries } from './xlsx-fixtures';
import { CheckResult } from '../shared/schemas/result';

const BIN = path.join(__dirname, '..', 'bin', 'nq57.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-e2e-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp });
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const entries: Record<string, OfficerEntries> = {
  'phong-van-hoa-xa-hoi.xlsx': {
    indicator: {
      'I/1': { 'Kết quả đạt được': 'Đạt' },
      'I/2.1': { 'Kết quả đạt được': '79,5' },
      'I/3': { 'Tử số': 290, 'Mẫu số': 300 },
      'I/4': { 'Kết quả đạt được': 2 },
      'I/5': { 'Kết quả đạt được': 85 },
    },
    task: {
      'I/1': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-03-20') },
      'I/2': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': '25/03/2026' },
      'I/3': { 'Tình trạng': 'Đang thực hiện', 'Đề xuất': '=HYPERLINK("http://example.invalid","bấm")' },
      'I/6': { 'Tình trạng': 'Chưa triển khai', 'Khó khăn, vướng mắc': '<script>alert(1)</script> chưa có máy chủ' },
    },
  },
  'cong-an-xa.xlsx': {
    indicator: { 'I/3': { 'Tử số': 300, 'Mẫu số': 500 }, 'I/4': { 'Kết quả đạt được': 3 }, 'I/5': { 'Kết quả đạt được': 92 } },
    task: {
      'I/3': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-01') },
      'I/6': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-20'), 'Khó khăn, vướng mắc': '{ MERGEFIELD x } thiếu đường truyền', 'Đề xuất': 'Cấp thêm 2 máy tính' },
    },
  },
  'trung-tam-phuc-vu-hanh-chinh-cong.xlsx': {
    indicator: { 'I/2.10': { 'Kết quả đạt được': { value: 1, numFmt: '0%' } }, 'I/6': { 'Kết quả đạt được': 80 } },
    task: { 'I/3': { 'Tình trạng': 'Chưa triển khai' }, 'I/4': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-07-05') } },
  },
};

let result: CheckResult;
const hashes = new Map<string, string>();

beforeAll(async () => {
  await writeGridsXlsx(path.join(tmp, 'plan.xlsx'), fixturePlanGrids());
  const forms = run('forms', '--plan', 'plan.xlsx', '--out', 'forms', '--period', '2026-H1');
  expect(forms.status).toBe(0);
  execFileSync('mkdir', ['-p', path.join(tmp, 'reports')]);
  for (const [file, e] of Object.entries(entries)) await fillFormFile(path.join(tmp, 'forms', file), path.join(tmp, 'reports', file), e);
  for (const f of readdirSync(path.join(tmp, 'reports'))) hashes.set(f, sha(path.join(tmp, 'reports', f)));
  const check = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'summary.xlsx', '--json', 'result.json', '--as-of', '2026-07-15');
  expect(check.stderr).toBe('');
  if (check.status !== 0) console.log(check.stdout);
  expect(check.status).toBe(0);
  result = CheckResult.parse(JSON.parse(readFileSync(path.join(tmp, 'result.json'), 'utf8')));
});

test('forms: one file per lead office, named from the office', () => {
  expect(readdirSync(path.join(tmp, 'forms')).sort()).toEqual(['cong-an-xa.xlsx', 'phong-van-hoa-xa-hoi.xlsx', 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx']);
});

test('check --json follows every consolidation rule on real files', () => {
  const ind = (stt: string) => result.indicators.find((i) => i.stt === stt)!;
  const task = (stt: string) => result.tasks.find((t) => t.stt === stt)!;
  expect(ind('3').value).toBeCloseTo(73.75, 6); // ratio of sums
  expect(ind('4')).toMatchObject({ value: 5, status: 'met' }); // sum of counts
  expect(ind('5')).toMatchObject({ value: 92, conflict: true }); // first-listed lead stands
  expect(ind('2.10')).toMatchObject({ value: 100, status: 'met' }); // 1 in a % cell is 100
  expect(ind('2.1')).toMatchObject({ value: 79.5, status: 'missed' });
  expect(ind('6')).toMatchObject({ value: 80, status: 'missed' });
  expect(ind('1')).toMatchObject({ value: null, status: 'met' });
  expect(task('2')).toMatchObject({ status: 'in_progress', overdue: true, deadline: '2026-03-31' });
  expect(task('3')).toMatchObject({ status: 'not_started', recurring: true, overdue: false });
  expect(task('4')).toMatchObject({ status: 'done', late: true, overdue: false });
  expect(task('5')).toMatchObject({ status: 'no_report', overdue: false });
  expect(result.offices.every((o) => o.reported)).toBe(true);
  expect(result.offices.find((o) => o.name === 'Công an xã')!.sources).toEqual([path.join('reports', 'cong-an-xa.xlsx')]);
  expect(ind('3').sources.map((s) => s.cell)).toEqual(expect.arrayContaining([expect.stringMatching(/^F\d+$/), expect.stringMatching(/^G\d+$/)]));
});

test('report files are byte-identical after check', () => {
  for (const [f, h] of hashes) expect(sha(path.join(tmp, 'reports', f))).toBe(h);
});

test('a bad report is an error issue (exit 1) and the rest is still consolidated; outputs still written', () => {
  writeFileSync(path.join(tmp, 'reports', 'khong-phai-excel.xlsx'), 'not a workbook');
  const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'summary2.xlsx', '--json', 'result2.json', '--as-of', '2026-07-15', '--lang', 'en');
  expect(r.status).toBe(1);
  const res = CheckResult.parse(JSON.parse(readFileSync(path.join(tmp, 'result2.json'), 'utf8')));
  expect(res.issues).toContainEqual(expect.objectContaining({ code: 'REPORT_UNREADABLE', severity: 'error', file: path.join('reports', 'khong-phai-excel.xlsx'), sheet: null, cell: null }));
  expect(res.issues.find((i) => i.code === 'REPORT_UNREADABLE')!.message).toMatch(/^Cannot read/);
  expect(res.indicators.find((i) => i.stt === '3')!.value).toBeCloseTo(73.75, 6);
  expect(existsSync(path.join(tmp, 'summary2.xlsx'))).toBe(true);
});

test('exit 2: no plan, unreadable plan, a workbook that holds no plan, bad arguments', () => {
  expect(run('check', '--plan', 'missing.xlsx', '--reports', 'reports', '--out', 'x.xlsx').status).toBe(2);
  writeFileSync(path.join(tmp, 'garbage.xlsx'), 'garbage');
  const g = run('check', '--plan', 'garbage.xlsx', '--reports', 'reports', '--out', 'x.xlsx');
  expect(g.status).toBe(2);
  expect(g.stderr).toMatch(/Không đọc được tệp kế hoạch/);
  const noPlan = run('check', '--plan', path.join('reports', 'cong-an-xa.xlsx'), '--reports', 'reports', '--out', 'x.xlsx');
  expect([0, 1, 2]).toContain(noPlan.status);
  expect(run('check', '--plan', 'plan.xlsx').status).toBe(2);
  expect(run('frobnicate').status).toBe(2);
  expect(run('--help').status).toBe(0);
  // A typo or a missing value must not run with defaults.
  expect(run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'x.xlsx', '--quite').status).toBe(2);
  expect(run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'x.xlsx', '--json').status).toBe(2);
});

test('nothing an office typed is ever overwritten: forms skip existing files, check refuses a report as its output', () => {
  const report = path.join(tmp, 'reports', 'cong-an-xa.xlsx');
  const before = sha(report);
  const forms = run('forms', '--plan', 'plan.xlsx', '--out', 'reports', '--period', '2026-H1');
  expect(forms.status).toBe(0);
  expect(forms.stdout).toMatch(/Không ghi đè 3 tệp đã có/);
  const check = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', path.join('reports', 'cong-an-xa.xlsx'));
  expect(check.status).toBe(2);
  expect(check.stderr).toMatch(/Không ghi đè tệp kế hoạch hoặc báo cáo/);
  expect(sha(report)).toBe(before);
});

test('remind writes .eml files and the contract JSON, sending nothing', () => {
  const r = run('remind', '--plan', 'plan.xlsx', '--reports', path.join('reports', 'cong-an-xa.xlsx'), path.join('reports', 'phong-van-hoa-xa-hoi.xlsx'), path.join('reports', 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), '--as-of', '2026-07-15', '--json', 'reminders.json', '--outbox', 'outbox');
  expect(r.status).toBe(0);
  const reminders = JSON.parse(readFileSync(path.join(tmp, 'reminders.json'), 'utf8'));
  expect(reminders).toEqual([
    { office: 'Phòng Văn hóa - Xã hội', to: ['vhxh@thu-nghiem.example'], tasks: [{ section: 'I', stt: '6', name: 'Kết nối dữ liệu', deadline: '2026-05-31' }], reportMissing: false, returned: null, incomplete: null },
    {
      office: 'Công an xã',
      to: ['conganxa@thu-nghiem.example', 'truongcongan@thu-nghiem.example'],
      tasks: [{ section: 'I', stt: '2', name: 'Rà soát hạ tầng', deadline: '2026-03-31' }],
      reportMissing: false,
      returned: null,
      // Its report leaves tasks I.2 and I.5 empty after the due date: the same digest says so.
      incomplete: { inputs: 7, filled: 5 },
    },
  ]);
  const emls = readdirSync(path.join(tmp, 'outbox'));
  expect(emls).toHaveLength(2);
  const eml = readFileSync(path.join(tmp, 'outbox', emls.find((e) => e.includes('cong-an'))!), 'utf8');
  expect(eml).toMatch(/^To: conganxa@thu-nghiem\.example, truongcongan@thu-nghiem\.example$/m);
  const html = Buffer.from(eml.split('text/html; charset=UTF-8')[1].split('\r\n\r\n')[1].split('\r\n--')[0].replace(/\r\n/g, ''), 'base64').toString('utf8');
  expect(html).toContain('Rà soát hạ tầng');
});

test('LibreOffice opens the summary workbook and sees the figures', () => {
  const out = path.join(tmp, 'lo');
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, path.join(tmp, 'summary.xlsx')], { stdio: 'pipe', timeout: 120_000 });
  const files = readdirSync(out);
  const indicators = readFileSync(path.join(out, files.find((f) => f.includes('Chỉ tiêu'))!), 'utf8');
  expect(indicators).toContain('Tỷ lệ dân số trưởng thành có chữ ký số');
  expect(indicators).toMatch(/73[.,]75/);
  const tasks = readFileSync(path.join(out, files.find((f) => f.includes('Nhiệm vụ'))!), 'utf8');
  expect(tasks).toContain('Quá hạn');
  // Office text stays text: the HYPERLINK typed into a report is not a live formula in the summary.
  const overview = readFileSync(path.join(out, files.find((f) => f.includes('Tổng hợp'))!), 'utf8');
  expect(overview).toContain('TỔNG HỢP KẾT QUẢ');
}, 180_000);

test('check --docx: the report draft opens in LibreOffice and holds the header, the period, every figure and office text', () => {
  // The draft is refused where it would replace the plan, a report or another output.
  for (const clash of ['plan.xlsx', path.join('reports', 'cong-an-xa.xlsx'), 'summary-d.xlsx', 'result-d.json']) {
    const r = run('check', '--plan', 'plan.xlsx', '--reports', 'reports', '--out', 'summary-d.xlsx', '--json', 'result-d.json', '--docx', clash, '--as-of', '2026-07-15');
    expect(r.status).toBe(2);
  }
  for (const f of readdirSync(path.join(tmp, 'reports')).filter((f) => hashes.has(f))) expect(sha(path.join(tmp, 'reports', f))).toBe(hashes.get(f));
  const files = readdirSync(path.join(tmp, 'reports')).filter((f) => hashes.has(f)).map((f) => path.join('reports', f));
  const r = run('check', '--plan', 'plan.xlsx', '--reports', ...files, '--out', 'summary-d.xlsx', '--docx', path.join('bao-cao', 'BAO-CAO.docx'), '--as-of', '2026-07-15', '--quiet');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const docx = path.join(tmp, 'bao-cao', 'BAO-CAO.docx');

  // The body XML is well formed and builds no field or link from office text.
  const unzip = path.join(tmp, 'docx-xml');
  mkdirSync(unzip, { recursive: true });
  const parts = unzipSync(new Uint8Array(readFileSync(docx)));
  for (const name of ['document.xml', 'styles.xml']) writeFileSync(path.join(unzip, name), parts[`word/${name}`]);
  execFileSync('xmllint', ['--noout', path.join(unzip, 'document.xml'), path.join(unzip, 'styles.xml')]);
  const body = strFromU8(parts['word/document.xml']);
  expect(body).not.toMatch(/<w:fldSimple|<w:instrText|<w:hyperlink|<w:fldChar/);

  const out = path.join(tmp, 'lo-docx');
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'lo-docx-profile')}`, '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
  const pdf = path.join(out, 'BAO-CAO.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(3);
  // Page numbers (a line holding only a small number) and line breaks are layout, not text.
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => !/^\s*\d{1,2}\s*$/.test(l))
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const line of ['ỦY BAN NHÂN DÂN', 'XÃ THỬ NGHIỆM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: …/BC-UBND', 'Thử Nghiệm, ngày 15 tháng 7 năm 2026', 'BÁO CÁO', '6 tháng đầu năm 2026', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'PHỤ LỤC']) {
    expect(text).toContain(line);
  }
  for (const i of result.indicators.filter((x) => x.status === 'missed')) expect(text).toContain(i.name);
  const overdue = result.tasks.filter((t) => t.overdue);
  expect(overdue.length).toBeGreaterThan(0);
  for (const t of overdue) expect(text).toContain(t.name);
  const said = result.tasks.flatMap((t) => [...(t.difficulties ?? []), ...(t.proposals ?? [])]);
  expect(said.map((s) => s.text)).toEqual(expect.arrayContaining(['<script>alert(1)</script> chưa có máy chủ', '{ MERGEFIELD x } thiếu đường truyền', '=HYPERLINK("http://example.invalid","bấm")']));
  for (const s of said) expect(text).toContain(s.text);
}, 180_000);
