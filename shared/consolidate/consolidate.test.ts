// How each indicator's value is formed from its leads' entries, named by `method`, with the sums behind every ratio of sums in `parts`.
import { importPlan } from '../plan/import-plan';
import { grid, table } from '../../test/table';
import { CheckResult, type IndicatorMethod } from '../schemas/result';
import type { IndicatorValue, ValidatedReport } from '../validate/validate-report';
import { consolidate } from './consolidate';

const A = 'Công an xã';
const B = 'Phòng Văn hóa - Xã hội';

const plan = importPlan([
  grid(
    'Phụ lục I',
    table`
      | STT | Chỉ tiêu | Đơn vị tính | Kết quả | Cơ quan chủ trì |
      | I | Đến năm 2030 |  |  |  |
      | 1 | Tỷ lệ dân số có chữ ký số | % | ≥ 70% | ${A}, ${B} |
      | 2 | Tỷ lệ hồ sơ trực tuyến | % | ≥ 80% | ${A}, ${B} |
      | 3 | Tỷ lệ hộ có cáp quang | % | ≥ 90% | ${A} |
      | 4 | Số điểm phát sóng | điểm | 5 | ${A}, ${B} |
      | 5 | Tiềm lực khoa học | Thứ bậc | Đạt mức khá | ${A} |
      | 6 | Tỷ lệ thôn có camera | % | ≥ 50% | ${A}, ${B} |
      | 7 | Tỷ lệ trường có wifi | % | ≥ 60% | ${A} |
    `,
  ),
]).plan!;

function entry(stt: string, office: string, value: number | null, ratio: [number, number] | null = null, judgement: boolean | null = null): IndicatorValue {
  const at = { office, file: `${office}.xlsx`, sheet: 'Báo cáo', cell: `E${stt}` };
  return {
    key: plan.indicators.find((i) => i.stt === stt)!.key,
    office,
    value: ratio ? (100 * ratio[0]) / ratio[1] : value,
    ratio: ratio ? { numerator: ratio[0], denominator: ratio[1] } : null,
    judgement,
    unjudged: false,
    sources: ratio ? [{ ...at, cell: `F${stt}` }, { ...at, cell: `G${stt}` }] : [at],
    at,
  };
}

function report(office: string, entries: IndicatorValue[]): ValidatedReport {
  return { office, file: `${office}.xlsx`, reported: true, indicators: new Map(entries.map((e) => [e.key, e])), tasks: new Map() };
}

const reports = new Map([
  [A, report(A, [entry('1', A, null, [300, 400]), entry('2', A, null, [45, 50]), entry('3', A, null, [88, 100]), entry('4', A, 2), entry('5', A, null, null, true), entry('7', A, 75)])],
  [B, report(B, [entry('1', B, null, [290, 400]), entry('2', B, 70), entry('4', B, 3)])],
]);
const result = consolidate({ plan, period: { id: '2026-H1', label: '6 tháng đầu năm 2026', due: '2026-06-10' }, asOf: '2026-06-20', reports, officeSources: new Map(), issues: [] });
const byStt = (stt: string) => result.indicators.find((i) => i.stt === stt)!;

test.each<[string, IndicatorMethod, { numerator: number; denominator: number } | null, number | null]>([
  // stt, method, parts, value
  ['1', 'ratio_of_sums', { numerator: 590, denominator: 800 }, 73.75],
  ['2', 'first_lead', null, 90],
  ['3', 'single', { numerator: 88, denominator: 100 }, 88],
  ['4', 'sum', null, 5],
  ['5', 'judgement', null, null],
  ['6', 'none', null, null],
  ['7', 'single', null, 75],
])('indicator %s: %s', (stt, method, parts, value) => {
  expect(byStt(stt)).toMatchObject({ method, parts, value });
});

test('every value formed from Tử số / Mẫu số carries the sums it is 100 × numerator / denominator of', () => {
  for (const i of result.indicators) {
    if (i.method === 'ratio_of_sums') expect(i.parts).not.toBeNull();
    if (i.parts) expect(i.value).toBeCloseTo((100 * i.parts.numerator) / i.parts.denominator, 6);
    else expect(i.method).not.toBe('ratio_of_sums');
  }
});

test('the result is valid against its schema, method an enum', () => {
  expect(CheckResult.safeParse(result).success).toBe(true);
  expect(CheckResult.safeParse({ ...result, indicators: [{ ...byStt('1'), method: 'mean' }] }).success).toBe(false);
});
