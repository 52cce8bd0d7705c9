import { importPlan } from '../plan/import-plan';
import { readReport } from './read-report';
import { checkReports } from '../check';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { grid, table } from '../../test/table';

const plan = importPlan(fixturePlanGrids()).plan!;

// The appendix returned by an office: columns moved, one inserted, headers retyped, no 'Đơn vị báo cáo:' cell.
const returnedAppendix = table`
  | Phụ lục I - báo cáo 6 tháng |  |  |  |  |  |  |
  | Chỉ tiêu | TT | ĐVT | Kết quả | Ghi chú | KẾT QUẢ ĐẠT ĐƯỢC | Cơ quan chủ trì |
  | Đến năm 2030 | I. |  |  |  |  |  |
  | Tỷ lệ dân số trưởng thành có chữ ký số | 3 | % | 66% đến 70% |  | 64,5% | Công an xã |
  | Xóa điểm lõm sóng | 4 | điểm | 5 |  | 3 | Công an xã |
  | Tỷ lệ hộ có cáp quang | 5 | % | ≥ 90 | ước tính | 0,95 | Công an xã |
`;

test('a free-layout report: the office from the file name, columns found by label, plain "Kết quả" is the target', () => {
  const g = grid('Sheet1', returnedAppendix, { file: 'reports/cong-an-xa.xlsx' });
  const { report, issues } = readReport([g], plan, 'reports/cong-an-xa.xlsx');
  expect(report.office).toBe('Công an xã');
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(report.indicators.map((e) => [e.key, e.achieved?.cell, e.achieved?.value])).toEqual([
    ['I/3', 'F4', '64,5%'],
    ['I/4', 'F5', '3'],
    ['I/5', 'F6', '0,95'],
  ]);
});

test('consolidating the free-layout report: 64,5% misses the band, a rate typed as a fraction is a small rate', () => {
  const g = grid('Sheet1', returnedAppendix, { file: 'cong-an-xa.xlsx' });
  const result = checkReports(plan, [{ file: 'cong-an-xa.xlsx', grids: [g] }], { asOf: '2026-07-15' });
  expect(result.indicators.find((i) => i.stt === '3')).toMatchObject({ value: 64.5, status: 'missed' });
  expect(result.indicators.find((i) => i.stt === '4')).toMatchObject({ value: 3, status: 'missed' });
  expect(result.indicators.find((i) => i.stt === '5')!.sources[0]).toMatchObject({ office: 'Công an xã', file: 'cong-an-xa.xlsx', sheet: 'Sheet1', cell: 'F6' });
});

test('a retyped target in a report is a warning at that cell; the plan value stands', () => {
  const edited = returnedAppendix.map((r) => r.slice());
  edited[3][3] = '60%';
  const { issues } = readReport([grid('Sheet1', edited)], plan, 'cong-an-xa.xlsx');
  expect(issues).toContainEqual(expect.objectContaining({ code: 'REPORT_PLAN_EDITED', cell: 'D4', severity: 'warning' }));
});

test('the office from the "Đơn vị báo cáo:" cell, the text after the colon counts too', () => {
  const values = [['Đơn vị báo cáo: Phòng VH-XH'], ...returnedAppendix.slice(1)];
  expect(readReport([grid('Báo cáo', values)], plan, 'bc.xlsx').report.office).toBe('Phòng Văn hóa - Xã hội');
});

test('a sheet without any report table is an error naming the sheet', () => {
  const { issues } = readReport([grid('Trang tính 1', table`| Kính gửi UBND xã |`)], plan, 'x.xlsx');
  expect(issues).toContainEqual(expect.objectContaining({ code: 'REPORT_NO_TABLE', sheet: 'Trang tính 1', severity: 'error' }));
});

test('rows whose section was deleted still land on their item when the stt is unique', () => {
  const noSection = returnedAppendix.filter((r) => r[1] !== 'I.');
  const { report } = readReport([grid('S', noSection)], plan, 'cong-an-xa.xlsx');
  expect(report.indicators.map((e) => e.key)).toEqual(['I/3', 'I/4', 'I/5']);
});

describe('the office from a file name holding exactly one office name or alias (contract §6)', () => {
  const body = returnedAppendix.slice(1);
  // File names as offices save them; issue 10 and the seed plan 000 (line 498: "Cong an xa").
  const rows: Array<[string, string | null, string | null]> = [
    ['BC Công an xã.xlsx', 'Công an xã', null],
    ['Công an xã - báo cáo 6 tháng.xlsx', 'Công an xã', null],
    ['bao_cao_cong_an_xa_2026.xlsx', 'Công an xã', null],
    ['Báo cáo NQ57 - Phòng VH-XH (sửa).xlsx', 'Phòng Văn hóa - Xã hội', null],
    ['Công an xã và Phòng Văn hóa - Xã hội.xlsx', null, '@office-file-ambiguous'],
    ['bao-cao.xlsx', null, '@office-nothing'],
  ];
  it.each(rows)('%s → %s', (file, office, why) => {
    const { report, issues } = readReport([grid('Sheet1', body)], plan, `reports/${file}`);
    expect(report.office).toBe(office);
    const unknown = issues.filter((i) => i.code === 'REPORT_UNKNOWN_OFFICE');
    expect(unknown.map((i) => i.params?.why)).toEqual(why ? [why] : []);
  });
  it('a file with an unknown name in its "Đơn vị báo cáo:" cell is told to fix that cell, not the file name', () => {
    const values = [['Đơn vị báo cáo:', 'Hội Nông dân'], ...body];
    const { report, issues } = readReport([grid('S', values)], plan, 'BC Công an xã.xlsx');
    expect(report.office).toBeNull();
    expect(issues.find((i) => i.code === 'REPORT_UNKNOWN_OFFICE')!.params?.why).toBe('@office-cell-unknown');
  });
});

test('a "Đơn vị báo cáo:" cell naming two offices identifies neither (never picks one silently)', () => {
  const values = [['Đơn vị báo cáo:', 'Công an xã, Phòng Văn hóa - Xã hội'], ...returnedAppendix.slice(1)];
  const { report, issues } = readReport([grid('S', values)], plan, 'bc.xlsx');
  expect(report.office).toBeNull();
  expect(issues.find((i) => i.code === 'REPORT_UNKNOWN_OFFICE')!.params?.why).toBe('@office-cell-ambiguous');
});
