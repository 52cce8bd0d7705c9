// The reminder e-mail of one office: subject, plain text and escaped HTML, the same from the CLI and Apps Script.
import type { Reminder } from '../remind/reminders';
import type { Period } from '../schemas/plan';
import { formatDateVi } from '../text/deadlines';
import { escapeHtml } from './html';

export type ReminderMail = { to: string[]; subject: string; text: string; html: string };

export function renderReminderMail(r: Reminder, ctx: { commune: string; period: Period; asOf: string; sender?: string }): ReminderMail {
  const subject = `[NQ57] Nhắc việc ${r.office}: ${r.tasks.length > 0 ? `${r.tasks.length} nhiệm vụ quá hạn` : 'chưa gửi báo cáo'}${r.reportMissing && r.tasks.length > 0 ? ', chưa gửi báo cáo' : ''}`;
  const lines: string[] = [`Kính gửi: ${r.office}`, ''];
  if (r.tasks.length > 0) {
    lines.push(`Tính đến ngày ${formatDateVi(ctx.asOf)}, các nhiệm vụ sau do đơn vị chủ trì đã quá hạn và chưa được báo cáo hoàn thành:`, '');
    for (const t of r.tasks) lines.push(`- ${t.section}.${t.stt} ${t.name} (hạn ${formatDateVi(t.deadline)})`);
    lines.push('');
  }
  if (r.reportMissing) lines.push(`Đơn vị chưa gửi báo cáo ${ctx.period.label} (hạn nộp ${formatDateVi(ctx.period.due)}). Đề nghị gửi báo cáo sớm.`, '');
  lines.push('Đề nghị đơn vị cập nhật tình trạng trong biểu mẫu báo cáo và gửi lại cơ quan thường trực.', '', `Thư tự động từ hệ thống tổng hợp Nghị quyết 57 ${ctx.commune}.`.replace(/\s+\./, '.'));

  const rows = r.tasks
    .map(
      (t) =>
        `<tr><td style="border:1px solid #999;padding:4px">${escapeHtml(`${t.section}.${t.stt}`)}</td><td style="border:1px solid #999;padding:4px">${escapeHtml(t.name)}</td><td style="border:1px solid #999;padding:4px">${escapeHtml(formatDateVi(t.deadline))}</td></tr>`,
    )
    .join('');
  const html = [
    `<p>Kính gửi: <b>${escapeHtml(r.office)}</b></p>`,
    r.tasks.length > 0
      ? `<p>Tính đến ngày ${escapeHtml(formatDateVi(ctx.asOf))}, các nhiệm vụ sau do đơn vị chủ trì đã quá hạn và chưa được báo cáo hoàn thành:</p>` +
        `<table style="border-collapse:collapse"><thead><tr><th style="border:1px solid #999;padding:4px">Mục</th><th style="border:1px solid #999;padding:4px">Nhiệm vụ</th><th style="border:1px solid #999;padding:4px">Hạn</th></tr></thead><tbody>${rows}</tbody></table>`
      : '',
    r.reportMissing ? `<p>Đơn vị chưa gửi báo cáo <b>${escapeHtml(ctx.period.label)}</b> (hạn nộp ${escapeHtml(formatDateVi(ctx.period.due))}). Đề nghị gửi báo cáo sớm.</p>` : '',
    '<p>Đề nghị đơn vị cập nhật tình trạng trong biểu mẫu báo cáo và gửi lại cơ quan thường trực.</p>',
    `<p style="color:#777">Thư tự động từ hệ thống tổng hợp Nghị quyết 57 ${escapeHtml(ctx.commune)}.</p>`,
  ].join('\n');
  return { to: r.to, subject, text: lines.join('\n'), html };
}
