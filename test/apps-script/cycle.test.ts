// The reporting cycle in Sheets through the BUILT bundle: review columns kept across runs, an approved form locked once, last period from history.
import { CheckResult } from '../../shared/schemas/result';
import { FIXTURE_AS_OF } from '../fixture-reports';
import { ensureBuilt, loadBundle } from './bundle';
import { fixtureWorkbook, seedWorkbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

const VHXH = 'Phòng Văn hóa - Xã hội';
const CAX = 'Công an xã';
const LOCK = 'NQ57: báo cáo đã duyệt, không sửa';

test('approve and return in the board; two more runs keep them; the approved sheet locked once; the year reads H1 from history', () => {
  const t = loadBundle({});
  const wb = fixtureWorkbook();
  seedWorkbook(t.fakes.spreadsheet, wb);
  const ss = t.fakes.spreadsheet;
  t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });

  // The standing office types its decisions into the board.
  const board = ss.sheet('Tình hình báo cáo');
  const head = board.values()[0].map(String);
  const rowOf = (office: string) => board.values().findIndex((r) => r[0] === office) + 1;
  board.cellAt(rowOf(VHXH), head.indexOf('Duyệt') + 1, true)!.value = 'Đã duyệt';
  board.cellAt(rowOf(CAX), head.indexOf('Duyệt') + 1, true)!.value = 'Trả lại';
  board.cellAt(rowOf(CAX), head.indexOf('Lý do trả lại') + 1, true)!.value = 'Thiếu nhiệm vụ I.2';

  const second = t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  expect(second.offices.map((o) => o.review)).toEqual([
    { state: 'approved', reason: null },
    { state: 'returned', reason: 'Thiếu nhiệm vụ I.2' },
    { state: 'pending', reason: null },
  ]);
  const vhxhForm = wb.forms.find((f) => f.name === VHXH)!.name;
  expect(ss.sheet(vhxhForm).protections.filter((p) => p.description === LOCK)).toHaveLength(1);
  expect(ss.sheet(vhxhForm).protections.find((p) => p.description === LOCK)!).toMatchObject({ range: null, unprotected: [] });
  expect(ss.sheet(wb.forms.find((f) => f.name === CAX)!.name).protections.filter((p) => p.description === LOCK)).toHaveLength(0);

  const third = t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  expect(third.offices.map((o) => o.review)).toEqual(second.offices.map((o) => o.review));
  // Locked once, not once per run.
  expect(ss.sheet(vhxhForm).protections.filter((p) => p.description === LOCK)).toHaveLength(1);

  const year = t.call<CheckResult>('validateAndConsolidate', { asOf: '2026-12-10', period: '2026' });
  expect(year.period.id).toBe('2026');
  for (const i of year.indicators) expect(i.previous?.period).toBe('2026-H1');
  expect(ss.getSheetByName('So với kỳ trước')).not.toBeNull();
});
