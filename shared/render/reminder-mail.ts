// The reminder e-mail of one office: subject, plain text and escaped HTML, the same from the CLI and Apps Script.
import { fill, type ParamValue } from '../i18n/fill';
import { type KeyIn, type Lang, textOf } from '../i18n/text';
import type { Reminder } from '../remind/reminders';
import type { Period } from '../schemas/plan';
import { formatDateVi } from '../text/deadlines';
import { escapeHtml } from './html';

export type ReminderMail = { to: string[]; subject: string; text: string; html: string };

type MailKey = KeyIn<'mail'>;
type Params = Record<string, ParamValue>;

/** Sentences of the mail in one language, as text and as HTML (the template and every value escaped; `bold` values in <b>). */
function sayer(lang: Lang) {
  const mail = textOf(lang).mail;
  const text = (key: MailKey, params: Params = {}) => fill(mail[key], params);
  const html = (key: MailKey, params: Params = {}, bold: string[] = []) => {
    const escaped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, bold.includes(k) ? `<b>${escapeHtml(String(v))}</b>` : escapeHtml(String(v))]));
    return fill(escapeHtml(mail[key]), escaped);
  };
  return { text, html };
}

export function renderReminderMail(r: Reminder, ctx: { commune: string; period: Period; asOf: string; sender?: string; lang?: Lang }): ReminderMail {
  const say = sayer(ctx.lang ?? 'vi');
  const what = [
    r.returned ? say.text('whatReturned') : '',
    r.tasks.length > 0 ? say.text('whatOverdue', { count: r.tasks.length }) : '',
    r.reportMissing ? say.text('whatMissing') : '',
    r.incomplete ? say.text('whatIncomplete') : '',
  ].filter(Boolean);
  const subject = say.text('subject', { office: r.office, what: what.join(', ') || say.text('whatMissing') });
  const period = { period: ctx.period.label, due: formatDateVi(ctx.period.due) };
  const footer = { commune: ctx.commune };
  const lines: string[] = [say.text('greeting', { office: r.office }), ''];
  const returned = returnedLines(r, ctx.period, say);
  lines.push(...returned.text);
  if (r.tasks.length > 0) {
    lines.push(say.text('overdueLead', { asOf: formatDateVi(ctx.asOf) }), '');
    for (const t of r.tasks) lines.push(say.text('overdueItem', { code: `${t.section}.${t.stt}`, name: t.name, deadline: formatDateVi(t.deadline) }));
    lines.push('');
  }
  if (r.reportMissing) lines.push(say.text('missing', period), '');
  if (r.incomplete) lines.push(say.text('incomplete', { ...period, filled: r.incomplete.filled, inputs: r.incomplete.inputs }), '');
  // Without a commune name the footer would end ' .': the space goes.
  lines.push(say.text('update'), '', say.text('footer', footer).replace(/\s+\./, '.'));

  const cell = (s: string) => `<td style="border:1px solid #999;padding:4px">${escapeHtml(s)}</td>`;
  const head = (s: string) => `<th style="border:1px solid #999;padding:4px">${escapeHtml(s)}</th>`;
  const rows = r.tasks.map((t) => `<tr>${cell(`${t.section}.${t.stt}`)}${cell(t.name)}${cell(formatDateVi(t.deadline))}</tr>`).join('');
  const html = [
    `<p>${say.html('greeting', { office: r.office }, ['office'])}</p>`,
    returned.html,
    r.tasks.length > 0
      ? `<p>${say.html('overdueLead', { asOf: formatDateVi(ctx.asOf) })}</p>` +
        `<table style="border-collapse:collapse"><thead><tr>${head(say.text('columnSection'))}${head(say.text('columnTask'))}${head(say.text('columnDue'))}</tr></thead><tbody>${rows}</tbody></table>`
      : '',
    r.reportMissing ? `<p>${say.html('missing', period, ['period'])}</p>` : '',
    r.incomplete ? `<p>${say.html('incomplete', { ...period, filled: r.incomplete.filled, inputs: r.incomplete.inputs })}</p>` : '',
    `<p>${say.html('update')}</p>`,
    `<p style="color:#777">${say.html('footer', footer)}</p>`,
  ].join('\n');
  return { to: r.to, subject, text: lines.join('\n'), html };
}

/** The standing office's reason and the report's errors, each with its place, so the office can fix them. */
function returnedLines(r: Reminder, period: Period, say: ReturnType<typeof sayer>): { text: string[]; html: string } {
  if (!r.returned) return { text: [], html: '' };
  const reason = r.returned.reason || say.text('noReason');
  const list = r.returned.errorList ?? [];
  const place = (e: { file: string | null; sheet: string | null; cell: string | null }) => [e.file, e.sheet && e.cell ? `${e.sheet}!${e.cell}` : e.sheet].filter(Boolean).join(' — ');
  const params = { period: period.label, reason };
  const text = [say.text('returned', params), ''];
  if (list.length > 0) {
    text.push(say.text('errorsLead', { count: r.returned.errors }));
    for (const e of list) text.push(`- ${place(e) ? `${place(e)}: ` : ''}${e.message}`);
    text.push('');
  }
  text.push(say.text('fixAndResend'), '');
  const items = list.map((e) => `<li>${place(e) ? `<b>${escapeHtml(place(e))}</b>: ` : ''}${escapeHtml(e.message)}</li>`).join('');
  const html =
    `<p>${say.html('returned', params, ['reason'])}</p>` +
    (list.length > 0 ? `<p>${say.html('errorsLead', { count: r.returned.errors })}</p><ul>${items}</ul>` : '') +
    `<p>${say.html('fixAndResend')}</p>`;
  return { text, html };
}
