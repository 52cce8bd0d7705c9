// The reminder e-mail of one office: subject, plain text and escaped HTML, the same from the CLI and Apps Script.
import type { Reminder } from '../remind/reminders';
import type { Period } from '../schemas/plan';
import { formatDateVi } from '../text/deadlines';
import { escapeHtml } from './html';

export type ReminderMail = { to: string[]; subject: string; text: string; html: string };

export function renderReminderMail(r: Reminder, ctx: { commune: string; period: Period; asOf: string; sender?: string }): ReminderMail {
  const what = [
    r.returned ? 'báo cáo bị trả lại' : '',
    r.tasks.length > 0 ? `${r.tasks.length} nhiệm vụ quá hạn` : '',
    r.reportMissing ? 'chưa gửi báo cáo' : '',
    r.incomplete ? 'báo cáo chưa đầy đủ' : '',
  ].filter(Boolean);
  const subject = `[NQ57] Nhắc việc ${r.office}: ${what.join(', ') || 'chưa gửi báo cáo'}`;
  const lines: string[] = [`Kính gửi: ${r.office}`, ''];
  const returned = returnedLines(r, ctx.period);
  lines.push(...returned.text);
  if (r.tasks.length > 0) {
    lines.push(`Tính đến ngày ${formatDateVi(ctx.asOf)}, các nhiệm vụ sau do đơn vị chủ trì đã quá hạn và chưa được báo cáo hoàn thành:`, '');
    for (const t of r.tasks) lines.push(`- ${t.section}.${t.stt} ${t.name} (hạn ${formatDateVi(t.deadline)})`);
    lines.push('');
  }
  if (r.reportMissing) lines.push(`Đơn vị chưa gửi báo cáo ${ctx.period.label} (hạn nộp ${formatDateVi(ctx.period.due)}). Đề nghị gửi báo cáo sớm.`, '');
  if (r.incomplete) lines.push(incompleteText(r.incomplete, ctx.period), '');
  lines.push('Đề nghị đơn vị cập nhật tình trạng trong biểu mẫu báo cáo và gửi lại cơ quan thường trực.', '', `Thư tự động từ hệ thống tổng hợp Nghị quyết 57 ${ctx.commune}.`.replace(/\s+\./, '.'));

  const rows = r.tasks
    .map(
      (t) =>
        `<tr><td style="border:1px solid #999;padding:4px">${escapeHtml(`${t.section}.${t.stt}`)}</td><td style="border:1px solid #999;padding:4px">${escapeHtml(t.name)}</td><td style="border:1px solid #999;padding:4px">${escapeHtml(formatDateVi(t.deadline))}</td></tr>`,
    )
    .join('');
  const html = [
    `<p>Kính gửi: <b>${escapeHtml(r.office)}</b></p>`,
    returned.html,
    r.tasks.length > 0
      ? `<p>Tính đến ngày ${escapeHtml(formatDateVi(ctx.asOf))}, các nhiệm vụ sau do đơn vị chủ trì đã quá hạn và chưa được báo cáo hoàn thành:</p>` +
        `<table style="border-collapse:collapse"><thead><tr><th style="border:1px solid #999;padding:4px">Mục</th><th style="border:1px solid #999;padding:4px">Nhiệm vụ</th><th style="border:1px solid #999;padding:4px">Hạn</th></tr></thead><tbody>${rows}</tbody></table>`
      : '',
    r.reportMissing ? `<p>Đơn vị chưa gửi báo cáo <b>${escapeHtml(ctx.period.label)}</b> (hạn nộp ${escapeHtml(formatDateVi(ctx.period.due))}). Đề nghị gửi báo cáo sớm.</p>` : '',
    r.incomplete ? `<p>${escapeHtml(incompleteText(r.incomplete, ctx.period))}</p>` : '',
    '<p>Đề nghị đơn vị cập nhật tình trạng trong biểu mẫu báo cáo và gửi lại cơ quan thường trực.</p>',
    `<p style="color:#777">Thư tự động từ hệ thống tổng hợp Nghị quyết 57 ${escapeHtml(ctx.commune)}.</p>`,
  ].join('\n');
  return { to: r.to, subject, text: lines.join('\n'), html };
}

function incompleteText(c: { inputs: number; filled: number }, period: Period): string {
  return `Báo cáo ${period.label} của đơn vị mới điền ${c.filled}/${c.inputs} chỉ tiêu, nhiệm vụ được giao (hạn nộp ${formatDateVi(period.due)}). Đề nghị bổ sung các ô còn trống.`;
}

/** The standing office's reason and the report's errors, each with its place, so the office can fix them. */
function returnedLines(r: Reminder, period: Period): { text: string[]; html: string } {
  if (!r.returned) return { text: [], html: '' };
  const reason = r.returned.reason || '(chưa ghi lý do)';
  const list = r.returned.errorList ?? [];
  const place = (e: { file: string | null; sheet: string | null; cell: string | null }) => [e.file, e.sheet && e.cell ? `${e.sheet}!${e.cell}` : e.sheet].filter(Boolean).join(' — ');
  const text = [`Cơ quan thường trực đã trả lại báo cáo ${period.label} của đơn vị. Lý do: ${reason}`, ''];
  if (list.length > 0) {
    text.push(`Báo cáo còn ${r.returned.errors} lỗi cần sửa:`);
    for (const e of list) text.push(`- ${place(e) ? `${place(e)}: ` : ''}${e.message}`);
    text.push('');
  }
  text.push('Đề nghị đơn vị sửa và gửi lại báo cáo.', '');
  const items = list.map((e) => `<li>${place(e) ? `<b>${escapeHtml(place(e))}</b>: ` : ''}${escapeHtml(e.message)}</li>`).join('');
  const html =
    `<p>Cơ quan thường trực đã <b>trả lại</b> báo cáo ${escapeHtml(period.label)} của đơn vị. Lý do: <b>${escapeHtml(reason)}</b></p>` +
    (list.length > 0 ? `<p>Báo cáo còn ${r.returned.errors} lỗi cần sửa:</p><ul>${items}</ul>` : '') +
    '<p>Đề nghị đơn vị sửa và gửi lại báo cáo.</p>';
  return { text, html };
}
