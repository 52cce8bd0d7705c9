// The fixture plan's forms filled the way its three offices would, covering every consolidation rule.
import type { Plan } from '../shared/schemas/plan';
import type { Answers, RowAnswers } from '../examples/fill-form';

type ByKey = Record<string, RowAnswers>;

const answers = (indicators: ByKey, tasks: ByKey): Answers => ({
  indicator: (i) => indicators[i.key] ?? null,
  task: (t) => tasks[t.key] ?? null,
});

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** As of 2026-07-15, period 2026-H1. */
export const FIXTURE_AS_OF = '2026-07-15';

export function fixtureAnswers(): Record<string, Answers> {
  return {
    'Phòng Văn hóa - Xã hội': answers(
      {
        'I/1': { 'Kết quả đạt được': 'Tốt' }, // reported, not judged
        'I/2.1': { 'Kết quả đạt được': '79,5' }, // decimal comma, misses ≥ 80
        'I/3': { 'Tử số': 290, 'Mẫu số': 300 }, // 96.67% alone; ratio of sums with Công an
        'I/4': { 'Kết quả đạt được': 2 }, // count: summed
        'I/5': { 'Kết quả đạt được': 85 }, // conflicts with Công an's 92
      },
      {
        'I/1': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-03-20'), 'Kết quả đạt được': 'Đã ban hành Kế hoạch 12/KH' },
        'I/2': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': '25/03/2026' },
        'I/3': { 'Tình trạng': 'Đang thực hiện' },
        'I/6': { 'Tình trạng': 'Chưa triển khai', 'Khó khăn, vướng mắc': 'Chưa có kinh phí', 'Đề xuất': '=HYPERLINK("http://x","bấm")' },
      },
    ),
    'Công an xã': answers(
      {
        'I/3': { 'Tử số': 300, 'Mẫu số': 500 }, // 60% alone
        'I/4': { 'Kết quả đạt được': 3 },
        'I/5': { 'Kết quả đạt được': 92 },
      },
      {
        'I/3': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-01') },
        'I/6': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-05-20') },
        // I/2 left blank: Công an has not reported its part.
      },
    ),
    'Trung tâm Phục vụ hành chính công': answers(
      {
        'I/2.10': { 'Kết quả đạt được': { value: 1, numFmt: '0%' } }, // typed 100% → 1 in a % cell
        'I/6': { 'Kết quả đạt được': 80 }, // > 80 misses at 80
      },
      {
        'I/3': { 'Tình trạng': 'Chưa triển khai' },
        'I/4': { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': d('2026-07-05') }, // due 30/6: late
      },
    ),
  };
}

/** The bad values a form refuses, each as an officer types it, with what `check` must say. */
export const badValues: Array<{ office: string; key: string; table: 'indicator' | 'task'; header: string; value: RowAnswers[string]; code: string }> = [
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/2.1', table: 'indicator', header: 'Kết quả đạt được', value: 120, code: 'PERCENT_OUT_OF_RANGE' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/2.1', table: 'indicator', header: 'Kết quả đạt được', value: -3, code: 'NEGATIVE_NUMBER' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/2.1', table: 'indicator', header: 'Kết quả đạt được', value: 'khoảng tám mươi', code: 'NOT_A_NUMBER' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/2.1', table: 'indicator', header: 'Kết quả đạt được', value: { value: 1.2, numFmt: '0%' }, code: 'PERCENT_FORMAT_OVER_100' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/4', table: 'indicator', header: 'Kết quả đạt được', value: 1.5, code: 'NOT_WHOLE_NUMBER' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/4', table: 'indicator', header: 'Kết quả đạt được', value: 'đạt', code: 'NOT_A_NUMBER' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/1', table: 'indicator', header: 'Kết quả đạt được', value: 'Có lẽ', code: 'NEEDS_JUDGEMENT' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/2', table: 'task', header: 'Tình trạng', value: 'Tạm dừng', code: 'INVALID_STATUS' },
  { office: 'Phòng Văn hóa - Xã hội', key: 'I/1', table: 'task', header: 'Ngày hoàn thành', value: '31/02/2026', code: 'INVALID_DATE' },
];

export function fixtureOfficeNames(plan: Plan): string[] {
  return plan.offices.map((o) => o.name);
}
