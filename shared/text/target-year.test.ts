import { horizonOf } from './target-year';
import { targetYear } from '../report-doc/build-report';
import type { IndicatorResult } from '../schemas/result';

// One rule for the year a target is set for: the summary's 'Mốc mục tiêu' and the report's later-year note agree.
describe('horizonOf', () => {
  test('the section first, then the target, then the plan; "đến", "tới" and "vào" mark a deadline year', () => {
    expect(horizonOf('I. Đến năm 2030', 'đến năm 2045 đạt 100%', '')).toMatchObject({ year: 2030, text: { vi: 'Đến năm 2030' } });
    expect(horizonOf('I. Chỉ tiêu', 'vào năm 2045 đạt 100%', '')).toMatchObject({ year: 2045, text: { vi: 'Đến năm 2045', en: 'By 2045' } });
    expect(horizonOf('I. Chỉ tiêu', '≥ 80%', 'Kế hoạch năm 2026')).toMatchObject({ year: 2026, text: { vi: 'Năm 2026' } });
    expect(horizonOf('I. Chỉ tiêu', '≥ 80%', '')).toBeNull();
  });

  test("the report's target year is the same year", () => {
    const ind = { section: 'I', target: 'vào năm 2045 đạt 100%' } as IndicatorResult;
    const cases: Array<[string, number | null]> = [['Đến năm 2030', 2030], ['Chỉ tiêu chung', 2045], ['Giai đoạn 2026-2030', 2045]];
    for (const [title, year] of cases) {
      expect(targetYear(ind, [{ section: 'I', title } as never])).toBe(year);
      expect(horizonOf(title, ind.target, '')?.year ?? null).toBe(year);
    }
    expect(targetYear({ ...ind, target: '≥ 80%' }, [{ section: 'I', title: 'Giai đoạn 2026-2030' } as never])).toBe(2026);
  });
});
