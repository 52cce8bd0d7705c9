// Lead offices of a national-style plan (03/NQ-CP phrasing classes, see test/fixture-national-plan.ts).
import { importPlan } from './import-plan';
import { isCollectiveName } from '../text/offices';
import { nationalLeadRows, nationalPlanGrids } from '../../test/fixture-national-plan';

const { plan, issues } = importPlan(nationalPlanGrids());
const own = plan!.offices.map((o) => o.name).filter((n) => !isCollectiveName(n));

describe('every lead cell of a national-style plan names the right offices', () => {
  it.each(nationalLeadRows.map((r) => [r.stt, r.lead, r.expected, r.source] as const))('task %s: %s', (stt, _lead, expected) => {
    const task = plan!.tasks.find((t) => t.stt === stt)!;
    if (expected === 'all') expect([...task.leadOffices].sort()).toEqual([...own].sort());
    else expect(task.leadOffices).toEqual(expected);
  });
  it('no task is left without a lead, and no office is invented from a list', () => {
    expect(plan!.tasks.filter((t) => t.leadOffices.length === 0)).toEqual([]);
    expect(plan!.offices.map((o) => o.name).filter((n) => n.includes(', Bộ') || n.includes(', Viện'))).toEqual([]);
  });
  it('collectives and names never written alone are said in PLAN_LEAD_READ_AS', () => {
    const read = issues.filter((i) => i.code === 'PLAN_LEAD_READ_AS');
    expect(read.length).toBeGreaterThanOrEqual(nationalLeadRows.filter((r) => r.expected === 'all').length);
    expect(read.every((i) => typeof i.params?.offices === 'string' && i.params.offices !== '')).toBe(true);
  });
  it('the pasted 6/2025 is due 30/06/2025; the pasted 100% is a target of 100; HDI and a two-part rank as written', () => {
    expect(plan!.tasks.find((t) => t.stt === '1')!.deadline.due).toBe('2025-06-30');
    expect(plan!.indicators.find((i) => i.stt === '3')!.target).toMatchObject({ kind: 'atLeast', value: 100 });
    expect(plan!.indicators.find((i) => i.stt === '1')!.target).toMatchObject({ kind: 'atLeast', value: 0.7, strict: true });
    expect(plan!.indicators.find((i) => i.stt === '2')!.target.kind).toBe('qualitative');
  });
});

test('a task with no lead office is an error at its row', () => {
  const grids = nationalPlanGrids();
  grids[1].values[5][2] = null;
  const r = importPlan(grids);
  expect(r.issues).toContainEqual(expect.objectContaining({ code: 'PLAN_NO_LEAD_OFFICE', severity: 'error', cell: 'A6' }));
});
