// Both example plans, imported from the bundled .xlsx workbooks as a commune would hand them over.
import * as path from 'node:path';
import { readWorkbookGrids } from '../cli/xlsx-read';
import { importPlan } from '../shared/plan/import-plan';
import type { Plan } from '../shared/schemas/plan';
import { examplePlans } from './plans';
import { planWorkbook } from './plan-workbook';
import { sheetToGrid } from './sheet-grid';

const load = async (id: string): Promise<ReturnType<typeof importPlan>> => {
  const read = await readWorkbookGrids(path.join(__dirname, 'workbooks', `${id}.xlsx`));
  if (!read.ok) throw new Error(read.failure.detail);
  return importPlan(read.grids);
};
const perSection = (items: Array<{ section: string }>) =>
  items.reduce<Record<string, number>>((acc, i) => {
    acc[i.section] = (acc[i.section] ?? 0) + 1;
    return acc;
  }, {});

test('the bundled workbooks are built from the transcriptions (npm run build:examples)', async () => {
  for (const example of examplePlans) {
    const fromFile = (await load(example.id)).plan!;
    const fromSource = importPlan(planWorkbook(example).map((s) => sheetToGrid(s))).plan!;
    expect(fromFile.version).toBe(fromSource.version);
    expect(fromFile.offices).toEqual(fromSource.offices);
  }
});

describe('Cao Minh 2026', () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = (await load('cao-minh-2026')).plan!;
  });
  test('28 indicators in four sections, 8 tasks', () => {
    expect(plan.indicators).toHaveLength(28);
    expect(perSection(plan.indicators)).toEqual({ I: 8, II: 4, III: 13, IV: 3 });
    expect(plan.tasks).toHaveLength(8);
  });
  test('indicator 8 is a 66–70% band with two lead offices', () => {
    const i8 = plan.indicators.find((i) => i.stt === '8')!;
    expect(i8.target).toEqual({ kind: 'band', floor: 66, ceiling: 70, measure: 'rate' });
    expect(i8.leadOffices).toEqual(['Công an xã', 'Phòng Văn hoá – Xã hội']);
  });
  test('the offices: every spelling of one office is one office; a name with a comma stays whole', () => {
    expect(plan.offices.map((o) => o.name)).toEqual([
      'Phòng Văn hoá – Xã hội',
      'Công an xã',
      'Phòng Kinh tế',
      'Trung tâm Phục vụ hành chính công',
      'Văn phòng HĐND và UBND xã',
      'Phòng Kinh tế, Hạ tầng và Đô thị xã',
    ]);
  });
  test('counts with their units, deadlines to the end of their last quarter', () => {
    expect(plan.indicators.find((i) => i.stt === '3')!.target).toMatchObject({ kind: 'atLeast', value: 5, measure: 'count' });
    expect(plan.tasks.map((t) => t.deadline.due)).toEqual(expect.arrayContaining(['2026-06-30', '2026-09-30', '2026-12-31']));
  });
});

describe('Thống Nhất 4888/KH-UBND', () => {
  let imported: ReturnType<typeof importPlan>;
  beforeAll(async () => {
    imported = await load('thong-nhat-4888');
  });
  test('23 indicators (I: 21 with 2.1–2.10, III: 2), the group heading 2 is no indicator; 51 tasks in six sections', () => {
    const plan = imported.plan!;
    expect(plan.id).toBe('4888/KH-UBND');
    expect(perSection(plan.indicators)).toEqual({ I: 21, III: 2 });
    expect(plan.indicators.filter((i) => i.section === 'I' && i.stt === '2')).toHaveLength(0);
    expect(plan.indicators.map((i) => i.stt)).toContain('2.10');
    expect(perSection(plan.tasks)).toEqual({ I: 8, II: 5, III: 12, IV: 4, V: 18, VI: 4 });
  });
  // Issue 10: the two named collectives lead their rows (forms, reminders) instead of being dropped.
  test('seven offices, whatever the spelling in each row, and the two named collectives', () => {
    expect(imported.plan!.offices.map((o) => o.name)).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Phục vụ hành chính công',
      'VP. HĐND-UBND',
      'Phòng Kinh tế',
      'Trạm Y tế xã',
      'Công an xã',
      'Trung tâm Dịch vụ Tổng hợp',
      'Các cơ sở giáo dục trên địa bàn xã',
      'các trường học trực thuộc',
    ]);
  });
  test('the plan repeats task V.11: both rows kept and reported', () => {
    expect(imported.plan!.tasks.filter((t) => t.section === 'V' && t.stt === '11')).toHaveLength(2);
    expect(imported.issues).toContainEqual(expect.objectContaining({ code: 'PLAN_DUPLICATE_CODE', params: expect.objectContaining({ section: 'V', stt: '11' }) }));
  });
  test('every deadline is understood', () => {
    expect(imported.issues.filter((i) => i.code === 'PLAN_UNKNOWN_DEADLINE')).toEqual([]);
  });
});
