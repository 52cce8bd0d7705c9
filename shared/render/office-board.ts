// The 'Tình hình báo cáo' sheet: who reported, complete, on time, late by how many days, reminded when, and the review columns.
import type { CellPlan, DataValidationPlan, SheetPlan } from '../sheet-plan';
import type { CheckResult, OfficeResult } from '../schemas/result';
import { a1 } from '../grid';
import { words, type Lang } from '../messages';
import { formatDateVi, formatTimeVi } from '../text/deadlines';
import { daysOverdue } from '../cycle/completeness';
import { data, label, num } from './cells';

/** Column titles, both languages; the reader of an earlier summary accepts either. */
export const BOARD_HEAD = {
  vi: ['Đơn vị', 'Tình hình', 'Tệp / trang báo cáo', 'Email', 'Đã điền', 'Lỗi', 'Cảnh báo', 'Ngày nộp', 'Đúng hạn', 'Số ngày quá hạn', 'Nhắc việc gần nhất', 'Duyệt', 'Lý do trả lại', 'Ghi chú duyệt', 'Mã dữ liệu'],
  en: ['Office', 'Status', 'Report files / sheets', 'E-mail', 'Filled', 'Errors', 'Warnings', 'Submitted', 'On time', 'Days overdue', 'Last reminder', 'Duyệt (review)', 'Lý do trả lại (reason returned)', 'Review note', 'Data fingerprint'],
} as const;

const COL = { office: 0, decision: 11, reason: 12, note: 13, fingerprint: 14 } as const;

export const BOARD_COLUMNS = {
  office: [BOARD_HEAD.vi[COL.office], BOARD_HEAD.en[COL.office]],
  decision: [BOARD_HEAD.vi[COL.decision], BOARD_HEAD.en[COL.decision], 'Review'],
  reason: [BOARD_HEAD.vi[COL.reason], BOARD_HEAD.en[COL.reason], 'Reason returned'],
  fingerprint: [BOARD_HEAD.vi[COL.fingerprint], BOARD_HEAD.en[COL.fingerprint]],
} as const;

/** The two decisions the standing office types (the same words in both languages: they are read back). */
export const REVIEW_VALUES = ['Đã duyệt', 'Trả lại'] as const;

export const REVIEW_WORDS = {
  vi: { onTime: 'Đúng hạn', late: 'Nộp muộn', missing: 'Chưa nộp', notDue: 'Chưa đến hạn', changed: 'Báo cáo thay đổi sau khi duyệt: cần duyệt lại', resubmitted: 'Đã gửi lại sau khi trả lại: cần duyệt lại', noReason: '(chưa ghi lý do)' },
  en: { onTime: 'On time', late: 'Late', missing: 'Not sent', notDue: 'Not yet due', changed: 'Changed after approval: review again', resubmitted: 'Sent again after return: review again', noReason: '(no reason given)' },
} as const;

// Narrow enough to print on one A4 landscape width at 60 % or more (the fingerprint is hidden, so takes no paper); text wraps.
// 'Số ngày quá hạn' takes two lines, not four, and an e-mail address two lines at most; the paper comes from the
// name, file, submitted-time and review columns, whose text wraps at spaces anyway.
export const BOARD_WIDTHS = [22, 12, 18, 22, 8, 6, 8, 11, 10, 10, 11, 10, 13, 10, 16];

function timeliness(o: OfficeResult, result: CheckResult, lang: Lang): CellPlan {
  const w = REVIEW_WORDS[lang];
  if (o.onTime === true) return label(w.onTime, 'good');
  if (o.onTime === false) return label(w.late, 'bad');
  if (!o.reported) return result.period.due < result.asOf ? label(w.missing, 'bad') : label(w.notDue, 'readonly');
  return label('', 'readonly');
}

/** Rows and the data validation of the board; the last column holds each office's data fingerprint (hidden). `top`: the sheet row (0-based) the header lands on. */
export function officeBoard(result: CheckResult, lang: Lang, top = 0): { cells: CellPlan[][]; validations: DataValidationPlan[]; hiddenColumns: number[]; widths: number[] } {
  const w = words[lang];
  const rw = REVIEW_WORDS[lang];
  const changed = new Set(result.issues.filter((i) => i.code === 'CHANGED_AFTER_APPROVAL').map((i) => i.office));
  const resubmitted = new Set(result.issues.filter((i) => i.code === 'REVIEW_RESUBMITTED').map((i) => i.office));
  const cells: CellPlan[][] = [
    BOARD_HEAD[lang].map((t) => label(t, 'header')),
    ...result.offices.map((o) => {
      const c = o.completeness;
      const overdue = daysOverdue(o, result.period, result.asOf);
      const review = o.review ?? { state: 'pending', reason: null };
      const decision = review.state === 'approved' ? REVIEW_VALUES[0] : review.state === 'returned' ? REVIEW_VALUES[1] : '';
      const note = changed.has(o.name) ? rw.changed : resubmitted.has(o.name) ? rw.resubmitted : '';
      return [
        data(o.name),
        label(o.reported ? w.reported : w.notReported, o.reported ? 'good' : 'warn'),
        data(o.sources.join('\n')),
        data((o.emails ?? []).join('; ')),
        c ? label(`${c.filled}/${c.inputs}`, c.filled >= c.inputs ? 'good' : 'warn') : label('', 'readonly'),
        c ? num(c.errors, '0', c.errors > 0 ? 'bad' : 'readonly') : label('', 'readonly'),
        c ? num(c.warnings, '0', c.warnings > 0 ? 'warn' : 'readonly') : label('', 'readonly'),
        label(o.submittedAt ? (formatTimeVi(o.submittedAt) ?? '') : '', 'readonly'),
        timeliness(o, result, lang),
        overdue === null || overdue === 0 ? label('', 'readonly') : num(overdue, '0', 'bad'),
        label(o.lastReminder ? formatDateVi(o.lastReminder.slice(0, 10)) : '', 'readonly'),
        // What the standing office typed, written back as typed: they are its cells, not ours.
        { ...data(decision, 'input'), locked: false },
        { ...data(review.state === 'returned' ? (review.reason ?? '') : '', 'input'), locked: false },
        label(note, note ? 'warn' : 'readonly'),
        label(o.fingerprint ?? '', 'muted'),
      ];
    }),
  ];
  const last = result.offices.length;
  const validations: DataValidationPlan[] =
    last === 0
      ? []
      : [
          {
            range: `${a1(top + 1, COL.decision)}:${a1(top + last, COL.decision)}`,
            rule: { type: 'list', values: [...REVIEW_VALUES] },
            allowBlank: true,
            prompt: { title: 'Duyệt', text: 'Chọn "Đã duyệt" hoặc "Trả lại" (ghi lý do ở cột bên phải). Để trống: chưa duyệt.' },
            error: { title: 'Duyệt', text: 'Chỉ chọn "Đã duyệt" hoặc "Trả lại".' },
          },
        ];
  return { cells, validations, hiddenColumns: [COL.fingerprint], widths: BOARD_WIDTHS };
}

/** The board as a whole sheet, for hosts and tests that want it alone. */
export function officeBoardSheet(result: CheckResult, lang: Lang, name: string): SheetPlan {
  const b = officeBoard(result, lang);
  return { name, cells: b.cells, validations: b.validations, hiddenColumns: b.hiddenColumns, columnWidths: b.widths, freeze: { rows: 1, columns: 1 } };
}
