// The reminder mail from the text module: every placeholder filled in each language, office text escaped in HTML.
import { renderReminderMail } from './reminder-mail';
import type { Reminder } from '../remind/reminders';
import type { Period } from '../schemas/plan';

const period: Period = { id: '2026-H1', label: '6 tháng đầu năm 2026', due: '2026-06-05' } as Period;
const reminder = {
  office: 'Phòng <VH> & XH',
  to: ['vanhoa@example.org'],
  tasks: [{ section: 'I', stt: '2', name: 'Kết nối <b>dữ liệu</b>', deadline: '2026-03-31' }],
  reportMissing: true,
  incomplete: { inputs: 9, filled: 4 },
  returned: { reason: 'sai "định dạng"', errors: 1, errorList: [{ file: 'x.xlsx', sheet: 'S', cell: 'E5', message: 'Ô <E5>' }] },
} as unknown as Reminder;

test.each(['vi', 'en'] as const)('%s: no placeholder left, office text never becomes markup', (lang) => {
  const mail = renderReminderMail(reminder, { commune: 'Xã A', period, asOf: '2026-07-15', lang });
  for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\w+\}/);
  expect(mail.text).toContain('Kết nối <b>dữ liệu</b>');
  expect(mail.html).not.toContain('<b>dữ liệu');
  expect(mail.html).toContain('<b>Phòng &lt;VH&gt; &amp; XH</b>');
  expect(mail.html).toContain('Ô &lt;E5&gt;');
});

test('Vietnamese unless asked otherwise, and English when asked', () => {
  const vi = renderReminderMail(reminder, { commune: 'Xã A', period, asOf: '2026-07-15' });
  const en = renderReminderMail(reminder, { commune: 'Xã A', period, asOf: '2026-07-15', lang: 'en' });
  expect(renderReminderMail(reminder, { commune: 'Xã A', period, asOf: '2026-07-15', lang: 'vi' })).toEqual(vi);
  expect(en.text).not.toEqual(vi.text);
  expect(en.subject.startsWith('[NQ57]')).toBe(true);
});

test('without a commune name the footer has no stray space before its full stop', () => {
  const mail = renderReminderMail(reminder, { commune: '', period, asOf: '2026-07-15' });
  expect(mail.text).not.toMatch(/\s\.$/);
});
