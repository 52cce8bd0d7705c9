// What the demo's offices type: some careful, some with the mistakes officers really make.
import { type Indicator, type Plan, type Task, inputRuleFor } from '../shared';
import type { Answers, RowAnswers } from './fill-form';

export type OfficeBehaviour = 'careful' | 'sloppy' | 'formats' | 'empty' | 'silent';

/** A value that meets (or, with miss, just misses) the target. */
function valueFor(ind: Indicator, miss: boolean): number | string {
  const t = ind.target;
  switch (t.kind) {
    case 'qualitative':
      return miss ? 'Không đạt' : 'Đạt';
    case 'atLeast':
      return miss ? Math.max(0, t.value - (t.value >= 10 ? 4.5 : 1)) : Math.min(t.measure === 'count' ? Infinity : 100, t.value + (t.strict ? 1 : 0) + (t.value <= 95 ? 2 : 0));
    case 'atMost':
      return miss ? t.value + 1 : Math.max(0, t.value - 1);
    case 'band':
      return miss ? t.floor - 1.5 : t.floor + 0.5;
  }
}

function taskAnswer(task: Task, i: number, asOf: string): RowAnswers {
  const due = task.deadline.recurring ? null : task.deadline.due;
  if (!due) return { 'Tình trạng': 'Đang thực hiện', 'Kết quả đạt được': 'Đã triển khai theo kế hoạch, tiếp tục thực hiện.' };
  if (due < asOf) {
    if (i % 3 === 2) return { 'Tình trạng': 'Đang thực hiện', 'Khó khăn, vướng mắc': 'Thiếu kinh phí và nhân lực chuyên trách.', 'Đề xuất': 'Đề nghị bổ sung kinh phí.' };
    // Done on the deadline, or a little after it (late) for every fourth task.
    const date = new Date(`${due}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + (i % 4 === 3 ? 12 : -5));
    return { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': date, 'Kết quả đạt được': 'Đã hoàn thành, có văn bản kèm theo.' };
  }
  return { 'Tình trạng': i % 2 === 0 ? 'Đang thực hiện' : 'Chưa triển khai' };
}

export function answersFor(behaviour: OfficeBehaviour, plan: Plan, asOf: string): Answers | null {
  if (behaviour === 'silent') return null;
  if (behaviour === 'empty') return {};
  const index = new Map([...plan.indicators, ...plan.tasks].map((x, i) => [x.key, i]));
  return {
    indicator: (ind) => {
      const i = index.get(ind.key)!;
      const rule = inputRuleFor(ind);
      const miss = i % 4 === 1;
      const v = valueFor(ind, miss);
      if (behaviour === 'sloppy') {
        // The mistakes a standing office sees every period.
        if (i % 5 === 0 && rule.kind === 'percent') return { 'Kết quả đạt được': 120 };
        if (i % 5 === 1 && rule.kind !== 'judgement') return { 'Kết quả đạt được': 'đạt' };
        if (i % 5 === 2 && rule.kind === 'percent') return { 'Tử số': 560, 'Mẫu số': 500 };
      }
      if (behaviour === 'formats') {
        if (i % 3 === 0 && rule.kind === 'percent' && typeof v === 'number') return { 'Kết quả đạt được': { value: v / 100, numFmt: '0.0%' } };
        if (i % 3 === 1) return { 'Kết quả đạt được': 'chưa có số liệu', 'Ghi chú': 'Chờ số liệu của cấp trên.' };
        if (rule.kind === 'percent' && typeof v === 'number') return { 'Kết quả đạt được': `${String(v).replace('.', ',')}%` };
      }
      // Rates with a numerator and a denominator, so several offices add up as a ratio of sums.
      if (rule.kind === 'percent' && typeof v === 'number' && ind.leadOffices.length > 1) {
        const den = 1000 + 200 * (i % 5);
        return { 'Tử số': Math.round((v * den) / 100), 'Mẫu số': den };
      }
      return { 'Kết quả đạt được': v };
    },
    task: (task) => {
      const i = index.get(task.key)!;
      if (behaviour === 'sloppy' && i % 4 === 0) return { 'Tình trạng': 'Xong rồi' };
      if (behaviour === 'sloppy' && i % 4 === 1) return { 'Tình trạng': 'Hoàn thành', 'Ngày hoàn thành': '31/02/2026' };
      return taskAnswer(task, i, asOf);
    },
  };
}

/** Who does what in the demo: the first office is careful, then a sloppy one, one fighting cell formats, one empty, one silent. */
export function behaviourOf(officeIndex: number): OfficeBehaviour {
  const order: OfficeBehaviour[] = ['careful', 'sloppy', 'careful', 'formats', 'empty', 'careful', 'silent'];
  return order[officeIndex % order.length];
}

/**
 * When a demo office saved its report: the sloppy one five days after the due date (so the board shows a late
 * report), the others two days before it, at 09:00 in Vietnam. Without this every report would carry the moment
 * the demo ran, and all would read late against the demo's fixed date.
 */
export function savedAtFor(behaviour: OfficeBehaviour, due: string): Date {
  const day = Date.parse(`${due}T09:00:00+07:00`);
  return new Date(day + (behaviour === 'sloppy' ? 5 : -2) * 86_400_000);
}
