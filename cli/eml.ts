// Reminder mails as .eml files (RFC 5322, UTF-8, text + HTML): opened in any mail program, sent by nobody here.
import type { ReminderMail } from '../shared/render/reminder-mail';

function encodeWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

export function toEml(mail: ReminderMail, opts: { from: string; date: Date; boundary: string }): string {
  const headers = [
    `From: ${opts.from}`,
    `To: ${mail.to.length > 0 ? mail.to.join(', ') : 'undisclosed-recipients:;'}`,
    `Subject: ${encodeWord(mail.subject)}`,
    `Date: ${opts.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${opts.boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${opts.boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  return [...headers, '', part('text/plain', mail.text), part('text/html', `<!doctype html><html><body>${mail.html}</body></html>`), `--${opts.boundary}--`, ''].join('\r\n');
}
