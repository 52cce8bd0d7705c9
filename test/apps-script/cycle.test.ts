// The reporting cycle in Sheets through the BUILT bundle: review columns kept across runs, an approved form locked once, last period from history.
import type { CheckResult } from '../../shared/schemas/result';
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
  // The board's header is the row naming 'Duyệt', under the sheet's title rows.
  const head = board.values().find((r) => r.includes('Duyệt'))!.map(String);
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

  // Back in H1 (nothing before it in the history): the stale comparison goes; approved again, then withdrawn: unlocked.
  t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  expect(ss.getSheetByName('So với kỳ trước')).toBeNull();
  const again = ss.sheet('Tình hình báo cáo');
  const decision = (office: string) => again.cellAt(again.values().findIndex((r) => r[0] === office) + 1, head.indexOf('Duyệt') + 1, true)!;
  decision(VHXH).value = 'Đã duyệt';
  t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  expect(ss.sheet(vhxhForm).protections.filter((p) => p.description === LOCK)).toHaveLength(1);
  ss.sheet('Tình hình báo cáo').cellAt(again.values().findIndex((r) => r[0] === VHXH) + 1, head.indexOf('Duyệt') + 1, true)!.value = '';
  t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  // The approval lock gone (a protected range of its own: the form's protection, where there is one, stays).
  expect(ss.sheet(vhxhForm).protections.filter((p) => p.description === LOCK)).toHaveLength(0);
});

test('the daily trigger mails the returned office its reason (escaped in HTML), in the one digest of the day', () => {
  const t = loadBundle({ now: '2026-07-15T01:00:00Z' });
  const wb = fixtureWorkbook();
  seedWorkbook(t.fakes.spreadsheet, wb);
  t.call<CheckResult>('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: '2026-H1' });
  const board = t.fakes.spreadsheet.sheet('Tình hình báo cáo');
  // The board's header is the row naming 'Duyệt', under the sheet's title rows.
  const head = board.values().find((r) => r.includes('Duyệt'))!.map(String);
  const row = board.values().findIndex((r) => r[0] === CAX) + 1;
  board.cellAt(row, head.indexOf('Duyệt') + 1, true)!.value = 'Trả lại';
  board.cellAt(row, head.indexOf('Lý do trả lại') + 1, true)!.value = 'Thiếu nhiệm vụ I.2 <script>';
  t.call('sendOverdueReminders');
  const mails = t.fakes.mail.sent.filter((m) => m.to.startsWith('conganxa@'));
  expect(mails).toHaveLength(1);
  expect(mails[0].subject).toMatch(/báo cáo bị trả lại/);
  expect(mails[0].body).toContain('Lý do: Thiếu nhiệm vụ I.2 <script>');
  expect(mails[0].htmlBody).toContain('Thiếu nhiệm vụ I.2 &lt;script&gt;');
  expect(mails[0].htmlBody).not.toContain('<script>');
});
