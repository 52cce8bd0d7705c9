// Cells as Excel stores what a commune pasted from the Word plan (toolchain.md, "Learned in the second round").
import { importPlan } from './import-plan';
import { grid, table } from '../../test/table';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// Rows after 03/NQ-CP Phụ lục II (deadlines `6/2025`, `Tháng 12/2025`, as issue 10 quotes them) pasted into Excel.
function pastedPlan() {
  const values = table`
    | STT | Chỉ tiêu | Đơn vị tính | Kết quả | Cơ quan chủ trì |
    | I | Đến năm 2030 |  |  |  |
    | 1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | x | Công an xã |
    | 2 | Số điểm truy cập | điểm | 5 | Công an xã |
    | STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
    | I | Thể chế |  |  |  |
    | 1 | Ban hành kế hoạch | Công an xã |  | x |
    | 2 | Rà soát thủ tục | Công an xã |  | x |
    | 3 | Hoàn thiện dữ liệu | Công an xã |  | x |
    | 11.1 | Mã bị Excel đổi | Công an xã |  | Năm 2026 |
  `;
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  values[2][3] = 1; formats[2][3] = '0%'; // `100%` pasted → 1 with 0%
  values[6][4] = utc(2025, 6, 1); formats[6][4] = 'mmm-yy'; // `6/2025` pasted → 1 June 2025, month-year format
  values[7][4] = utc(2025, 6, 1); formats[7][4] = 'm/yyyy';
  values[8][4] = utc(2025, 9, 15); formats[8][4] = 'dd/mm/yyyy'; // a real date stays that day
  values[9][0] = 11.1; // `11.10` pasted → the number 11.1
  return importPlan([grid('KH', values, { formats })]);
}

test('a month-year date cell is due the last day of that month, and the reading is said', () => {
  const { plan, issues } = pastedPlan();
  const due = plan!.tasks.map((t) => [t.stt, t.deadline.due, t.deadlineText]);
  expect(due.slice(0, 3)).toEqual([
    ['1', '2025-06-30', '6/2025'],
    ['2', '2025-06-30', '6/2025'],
    ['3', '2025-09-15', '15/09/2025'],
  ]);
  expect(issues.filter((i) => i.code === 'PLAN_DEADLINE_FROM_FORMAT').map((i) => i.cell)).toEqual(['E7', 'E8', 'E9']);
});

test('a target stored as 1 with a % format is a target of 100 %', () => {
  const { plan, issues } = pastedPlan();
  const i1 = plan!.indicators.find((i) => i.stt === '1')!;
  expect(i1.target).toMatchObject({ kind: 'atLeast', value: 100, measure: 'rate' });
  expect(i1.targetText).toBe('100%');
  expect(issues).toContainEqual(expect.objectContaining({ code: 'PLAN_TARGET_FROM_FORMAT', cell: 'D3', severity: 'info' }));
});

test('a code Excel turned into a number is reported at its cell', () => {
  const { plan, issues } = pastedPlan();
  expect(plan!.tasks.map((t) => t.stt)).toContain('11.1');
  expect(issues).toContainEqual(expect.objectContaining({ code: 'PLAN_CODE_AS_NUMBER', cell: 'A10', severity: 'warning' }));
  expect(issues.filter((i) => i.code === 'PLAN_CODE_AS_NUMBER')).toHaveLength(1);
});

test('a target of 1000 % or more keeps no thousands mark, so its text reads back as the same target', () => {
  const values = table`
    | STT | Chỉ tiêu | Đơn vị tính | Kết quả | Cơ quan chủ trì |
    | 1 | Tăng thu ngân sách từ kinh tế số | % | x | Công an xã |
  `;
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  values[1][3] = 12.5; formats[1][3] = '0.0%';
  const { plan } = importPlan([grid('KH', values, { formats })]);
  const i1 = plan!.indicators[0];
  expect(i1.targetText).toBe('1250%');
  expect(i1.target).toMatchObject({ kind: 'atLeast', value: 1250 });
});
