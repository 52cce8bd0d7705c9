// sendOverdueReminders and installTriggers through the BUILT bundle at a fixed clock: the mails of `nq57 remind`, once a day.
import { buildReminders } from '../../shared/remind/reminders';
import { renderReminderMail } from '../../shared/render/reminder-mail';
import { checkWorkbook } from '../../shared/workbook/check-workbook';
import { REMINDER_LOG_SHEET } from '../../shared/workbook/layout';
import { sheetToGrid } from '../../examples/sheet-grid';
import { FIXTURE_AS_OF, fixtureAnswers } from '../fixture-reports';
import { ensureBuilt, loadBundle } from './bundle';
import { fixtureWorkbook, seedWorkbook, type Workbook } from './workbooks';

beforeAll(() => ensureBuilt(), 300_000);

/** 08:00 on 15/7/2026 in Asia/Ho_Chi_Minh, when the daily trigger fires. */
const NOW = '2026-07-15T01:00:00Z';

type Run = { status: string; asOf: string; sent: string[]; skipped: string[]; noAddress: string[]; deferred: string[]; failed: string[] };

function open(wb: Workbook = fixtureWorkbook(), opts: Parameters<typeof loadBundle>[0] = {}) {
  const loaded = loadBundle({ now: NOW, ...opts });
  seedWorkbook(loaded.fakes.spreadsheet, wb);
  return { ...loaded, wb, ss: loaded.fakes.spreadsheet, mail: loaded.fakes.mail };
}

/** What `nq57 remind` would write for the same workbook, computed in Node from the core. */
function expectedMails(wb: Workbook) {
  const out = checkWorkbook([...wb.planGrids, ...wb.forms.map((f) => sheetToGrid(f))], { asOf: FIXTURE_AS_OF });
  if (!out.ok) throw new Error('no plan');
  return buildReminders(out.plan, out.result).map((r) => renderReminderMail(r, { commune: out.plan.commune, period: out.result.period, asOf: FIXTURE_AS_OF }));
}

function logRows(t: ReturnType<typeof open>): unknown[][] {
  const sheet = t.ss.getSheetByName(REMINDER_LOG_SHEET);
  return sheet ? sheet.values().slice(1) : [];
}

test('the trigger (no arguments, the clock at 08:00 on 15/7/2026) sends each office its overdue tasks, as nq57 remind lists them', () => {
  const t = open();
  const run = t.call<Run>('sendOverdueReminders');
  expect(run).toMatchObject({ status: 'done', asOf: '2026-07-15', sent: ['Phòng Văn hóa - Xã hội', 'Công an xã'], noAddress: [], deferred: [] });
  const expected = expectedMails(t.wb);
  expect(t.mail.sent).toEqual(expected.map((m) => ({ to: m.to.join(','), subject: m.subject, body: m.text, htmlBody: m.html, name: 'NQ57' })));
  expect(t.mail.sent.map((m) => [m.to, m.subject])).toEqual([
    ['vhxh@thu-nghiem.example', '[NQ57] Nhắc việc Phòng Văn hóa - Xã hội: 1 nhiệm vụ quá hạn'],
    ['conganxa@thu-nghiem.example,truongcongan@thu-nghiem.example', '[NQ57] Nhắc việc Công an xã: 1 nhiệm vụ quá hạn, báo cáo chưa đầy đủ'],
  ]);
  expect(t.mail.sent[0].body).toContain('- I.6 Kết nối dữ liệu (hạn 31/05/2026)');
  expect(t.mail.sent[1].htmlBody).toContain('<td style="border:1px solid #999;padding:4px">I.2</td>');
  // Every send is in the log sheet, with the time in Vietnam.
  expect(logRows(t).map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
    ['15/07/2026 08:00', 'Phòng Văn hóa - Xã hội', 'vhxh@thu-nghiem.example', 'I.6', 'Đã gửi'],
    ['15/07/2026 08:00', 'Công an xã', 'conganxa@thu-nghiem.example, truongcongan@thu-nghiem.example', 'I.2', 'Đã gửi'],
  ]);
  expect(t.fakes.locks.acquired).toBe(1);
  expect(t.fakes.locks.released).toBe(1);
});

test('a second run the same day (the trigger firing twice) sends nothing new and logs nothing new', () => {
  const t = open();
  t.call('sendOverdueReminders');
  const run = t.call<Run>('sendOverdueReminders');
  expect(run.sent).toEqual([]);
  expect(run.skipped).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã']);
  expect(t.mail.sent).toHaveLength(2);
  expect(logRows(t)).toHaveLength(2);
});

test('the next day the same list is owed again', () => {
  const t = open();
  t.call('sendOverdueReminders');
  expect(t.call<Run>('sendOverdueReminders', { asOf: '2026-07-16' }).sent).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã']);
  expect(t.mail.sent).toHaveLength(4);
});

test('an overlapping run cannot take the script lock: it sends nothing and says why', () => {
  const t = open();
  t.fakes.locks.heldElsewhere = true;
  expect(t.call<Run>('sendOverdueReminders').status).toBe('locked');
  expect(t.mail.sent).toEqual([]);
  expect(t.fakes.consoleLines.join('\n')).toMatch(/đang gửi thư/);
  expect(t.ss.getSheetByName(REMINDER_LOG_SHEET)).toBeNull();
});

test('quota for one recipient: one office is mailed, the rest waits for the next run with a log line', () => {
  const t = open(fixtureWorkbook(), { mailQuota: 1 });
  const run = t.call<Run>('sendOverdueReminders');
  expect(run.sent).toEqual(['Phòng Văn hóa - Xã hội']);
  expect(run.deferred).toEqual(['Công an xã']);
  expect(t.mail.sent).toHaveLength(1);
  expect(t.fakes.consoleLines).toContain('NQ57 nhắc việc 2026-07-15: hết hạn mức gửi thư hôm nay, để lại 1 đơn vị cho lần chạy sau.');
  expect(logRows(t).map((r) => [r[1], r[5]])).toEqual([
    ['Phòng Văn hóa - Xã hội', 'Đã gửi'],
    ['Công an xã', 'Để lại lần sau: hết hạn mức gửi thư hôm nay'],
  ]);
  // The next run, with quota again, sends only what was left.
  t.mail.quota = 100;
  expect(t.call<Run>('sendOverdueReminders').sent).toEqual(['Công an xã']);
  expect(t.mail.sent.map((m) => m.to)).toEqual(['vhxh@thu-nghiem.example', 'conganxa@thu-nghiem.example,truongcongan@thu-nghiem.example']);
});

test('office text in the HTML body is escaped; the plain-text body keeps it as written', () => {
  const wb = fixtureWorkbook({ edit: (sheet, v) => (sheet === 'Phụ lục II' && v === 'Kết nối dữ liệu' ? 'Kết nối dữ liệu <b>dân cư</b> & "đất đai"' : undefined) });
  const t = open(wb);
  t.call('sendOverdueReminders');
  const vhxh = t.mail.sent.find((m) => m.to === 'vhxh@thu-nghiem.example')!;
  expect(vhxh.htmlBody).toContain('Kết nối dữ liệu &lt;b&gt;dân cư&lt;/b&gt; &amp; &quot;đất đai&quot;');
  expect(vhxh.htmlBody).not.toContain('<b>dân cư');
  expect(vhxh.body).toContain('Kết nối dữ liệu <b>dân cư</b> & "đất đai"');
});

test('an office without an address gets no mail but is listed in the log and in the result, once a day', () => {
  // Trung tâm PVHCC (no e-mail in 'Đơn vị') leaves task I/4, due 30/6/2026, unreported.
  const answers = fixtureAnswers();
  const base = answers['Trung tâm Phục vụ hành chính công'];
  answers['Trung tâm Phục vụ hành chính công'] = { indicator: base.indicator, task: (task) => (task.key === 'I/4' ? null : (base.task?.(task) ?? null)) };
  const t = open(fixtureWorkbook({ answers }));
  const run = t.call<Run>('sendOverdueReminders');
  expect(run.noAddress).toEqual(['Trung tâm Phục vụ hành chính công']);
  expect(t.mail.sent.map((m) => m.to)).toEqual(['vhxh@thu-nghiem.example', 'conganxa@thu-nghiem.example,truongcongan@thu-nghiem.example']);
  expect(logRows(t).find((r) => r[1] === 'Trung tâm Phục vụ hành chính công')).toEqual(['15/07/2026 08:00', 'Trung tâm Phục vụ hành chính công', '', 'I.4', '', 'Chưa có địa chỉ email: không gửi được', expect.stringMatching(/^[0-9a-f]{16}$/)]);
  // The second run the same day: still listed (nobody was written to), not logged again, not "already sent".
  const again = t.call<Run>('sendOverdueReminders');
  expect(again.noAddress).toEqual(['Trung tâm Phục vụ hành chính công']);
  expect(again.skipped).not.toContain('Trung tâm Phục vụ hành chính công');
  expect(logRows(t)).toHaveLength(3);
});

test('a run for another as-of date does not make the same day send its lists again', () => {
  const t = open();
  expect(t.call<Run>('sendOverdueReminders').sent).toHaveLength(2);
  t.call('sendOverdueReminders', { asOf: '2026-07-16' });
  const third = t.call<Run>('sendOverdueReminders');
  expect(third.sent).toEqual([]);
  expect(third.skipped).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã']);
});

test('an impossible as-of date is not rolled over into another day', () => {
  const t = open();
  const run = t.call<Run>('sendOverdueReminders', { asOf: '2026-13-45' });
  expect(run.asOf).toBe('2026-07-15');
});

test('an office that sent no report after the due date is told so, with its overdue tasks', () => {
  const answers = fixtureAnswers();
  delete answers['Công an xã'];
  const wb = fixtureWorkbook({ answers });
  const t = open(wb);
  t.call('sendOverdueReminders');
  const expected = expectedMails(wb);
  expect(t.mail.sent.map((m) => m.subject)).toEqual(expected.map((m) => m.subject));
  const ca = t.mail.sent.find((m) => m.to.startsWith('conganxa'))!;
  expect(ca.subject).toBe('[NQ57] Nhắc việc Công an xã: 2 nhiệm vụ quá hạn, chưa gửi báo cáo');
  expect(ca.body).toContain('Đơn vị chưa gửi báo cáo 6 tháng đầu năm 2026 (hạn nộp 10/06/2026)');
  expect(logRows(t).find((r) => r[1] === 'Công an xã')![4]).toBe('Có');
});

test('the reply-to address from the settings goes on every mail', () => {
  const t = open();
  t.call('saveReminderSettings', { enabled: true, hour: 7, replyTo: 'vanphong@thu-nghiem.example' });
  t.call('sendOverdueReminders');
  expect(t.mail.sent.every((m) => m.replyTo === 'vanphong@thu-nghiem.example')).toBe(true);
});

test("the trigger obeys the spreadsheet's setting even when it belongs to another editor; sending from the sidebar still works", () => {
  const t = open();
  t.call('saveReminderSettings', { enabled: false });
  const event = { authMode: 'FULL', triggerUid: '4242', 'day-of-month': 15, hour: 8 };
  expect(t.call<Run>('sendOverdueReminders', event).status).toBe('switched_off');
  expect(t.mail.sent).toEqual([]);
  // "Gửi nhắc việc ngay" in the sidebar calls with no event.
  expect(t.call<Run>('sendOverdueReminders').sent).toHaveLength(2);
  t.call('installTriggers');
  expect(t.call<Run>('sendOverdueReminders', { ...event, 'day-of-month': 16, asOf: '2026-07-16' }).sent).toHaveLength(2);
});

describe('triggers and settings', () => {
  test('installTriggers twice leaves one daily trigger at the saved hour in Asia/Ho_Chi_Minh', () => {
    const t = open();
    t.call('installTriggers');
    t.call('installTriggers');
    expect(t.fakes.script.triggers).toHaveLength(1);
    expect(t.fakes.script.triggers[0]).toMatchObject({ handler: 'sendOverdueReminders', schedule: { everyDays: 1, atHour: 7, timezone: 'Asia/Ho_Chi_Minh' } });
    expect(typeof t.ctx[t.fakes.script.triggers[0].handler]).toBe('function');
  });

  test('settings switch the trigger off and on at another hour; bad values are refused', () => {
    const t = open();
    t.call('installTriggers');
    expect(t.call<{ triggers: number }>('saveReminderSettings', { enabled: false }).triggers).toBe(0);
    expect(t.fakes.script.triggers).toHaveLength(0);
    t.call('saveReminderSettings', { enabled: true, hour: 18, replyTo: '' });
    expect(t.fakes.script.triggers.map((x) => x.schedule.atHour)).toEqual([18]);
    expect(() => t.call('saveReminderSettings', { enabled: true, hour: 24 })).toThrow(/0 đến 23/);
    expect(() => t.call('saveReminderSettings', { enabled: true, hour: 7, replyTo: 'không phải email' })).toThrow(/email/);
    expect(t.fakes.script.triggers.map((x) => x.schedule.atHour)).toEqual([18]);
    expect(t.call<{ settings: unknown }>('getUiInfo')).toMatchObject({ settings: { enabled: true, hour: 18, replyTo: '' }, triggers: 1 });
  });
});
