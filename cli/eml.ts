// Reminder mails as .eml files (RFC 5322, UTF-8, text + HTML): opened in any mail program, sent by nobody here.
// Headers carry ASCII only: text as RFC 2047 encoded words, folded so no line passes 78 characters.
import { type ReminderMail, isMailAddress } from '../shared';

/** Bytes of text in one B-encoded word on a line that already holds `used` characters, for lines of at most 78. */
function wordBytes(used: number): number {
  // `=?UTF-8?B?` and `?=` take 12; an encoded word is at most 75 characters (RFC 2047 §2).
  const base64 = Math.min(75, 78 - used) - 12;
  return Math.floor(base64 / 4) * 3;
}

/**
 * Text as RFC 2047 B-encoded words of at most 75 characters, split only between whole UTF-8 characters (a
 * character is never cut across two words), joined by folding whitespace.
 */
export function encodeHeaderText(text: string, firstLineUsed = 0): string {
  const words: string[] = [];
  let chunk: Buffer[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    words.push(`=?UTF-8?B?${Buffer.concat(chunk).toString('base64')}?=`);
    chunk = [];
    size = 0;
  };
  for (const ch of text) {
    const b = Buffer.from(ch, 'utf8');
    if (size + b.length > wordBytes(words.length === 0 ? firstLineUsed : 1)) flush();
    chunk.push(b);
    size += b.length;
  }
  flush();
  return words.join('\r\n ');
}

/** A header whose value is already ASCII, folded at spaces so each line keeps within 78 characters. */
export function foldHeader(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of value.split(/(?<=,) |\r\n /)) {
    if (line.length + 1 + token.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${token}`;
    } else line += ` ${token}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** Text as header-safe plain ASCII for the structured parts (boundary, From): no control or non-ASCII byte. */
function asciiOnly(text: string): string {
  return text.replace(/[^\x20-\x7E]/g, '');
}

function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

export function toEml(mail: ReminderMail, opts: { from: string; date: Date; boundary: string }): string {
  // Only addresses a mail can go to: no raw non-ASCII byte, no header injection, reaches `To:`.
  const to = mail.to.filter(isMailAddress);
  // Base64 bodies never hold '-', so any boundary is safe; 60 characters keep its header line within 78.
  const boundary = asciiOnly(opts.boundary).replace(/["\\]/g, '').slice(0, 60);
  const headers = [
    foldHeader('From', asciiOnly(opts.from)),
    foldHeader('To', to.length > 0 ? to.join(', ') : 'undisclosed-recipients:;'),
    `Subject: ${encodeHeaderText(mail.subject, 'Subject: '.length)}`,
    `Date: ${opts.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  return [...headers, '', part('text/plain', mail.text), part('text/html', `<!doctype html><html><body>${mail.html}</body></html>`), `--${boundary}--`, ''].join('\r\n');
}
