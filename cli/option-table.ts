// The command line's one table of commands and options: help, argument checks and errors are all made from it.
// Adding an option is one line in OPTIONS and its name in the commands that take it.
import type { Lang } from '../shared/messages';

/** How an option's value is checked: a date, a period, a language, or any text (a path). */
export type ValueKind = 'path' | 'paths' | 'date' | 'period' | 'lang' | 'docx-format';

type Words = Record<Lang, string>;
export type OptionSpec = { kind: ValueKind; value: Words; help: Words };
/** `values` names an option's value where this command means something narrower (forms --out is a folder). */
export type CommandSpec = { options: string[]; required: string[]; summary: Words; note?: Words; values?: Record<string, Words> };

export const OPTIONS: Record<string, OptionSpec> = {
  plan: { kind: 'path', value: { vi: 'KE_HOACH.xlsx', en: 'PLAN.xlsx' }, help: { vi: 'tệp kế hoạch có Phụ lục I và II', en: 'the plan workbook holding appendices I and II' } },
  reports: { kind: 'paths', value: { vi: 'THU_MUC_HOAC_TEP...', en: 'DIR_OR_FILES...' }, help: { vi: 'thư mục hoặc các tệp báo cáo của đơn vị (.xlsx)', en: 'a folder or the offices\' report files (.xlsx)' } },
  out: { kind: 'path', value: { vi: 'DUONG_DAN', en: 'PATH' }, help: { vi: 'nơi ghi kết quả', en: 'where to write the output' } },
  json: { kind: 'path', value: { vi: 'KET_QUA.json', en: 'RESULT.json' }, help: { vi: 'ghi thêm kết quả dạng JSON', en: 'also write the result as JSON' } },
  'as-of': { kind: 'date', value: { vi: 'NGAY', en: 'DATE' }, help: { vi: 'ngày tính hạn, dạng dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: hôm nay)', en: 'the date deadlines are judged on, dd/mm/yyyy or YYYY-MM-DD (default: today)' } },
  period: { kind: 'period', value: { vi: 'KY', en: 'PERIOD' }, help: { vi: 'kỳ báo cáo: YYYY-H1, YYYY-H2, YYYY, YYYY-Qn hoặc YYYY-MM', en: 'reporting period: YYYY-H1, YYYY-H2, YYYY, YYYY-Qn or YYYY-MM' } },
  outbox: { kind: 'path', value: { vi: 'THU_MUC', en: 'DIR' }, help: { vi: 'ghi thư nhắc việc (.eml) vào thư mục này; không gửi thư nào', en: 'write reminder mails (.eml) to this folder; nothing is sent' } },
  docx: { kind: 'path', value: { vi: 'BAO_CAO.docx', en: 'REPORT.docx' }, help: { vi: 'ghi dự thảo báo cáo của xã (Word)', en: 'write the commune report draft (Word)' } },
  'docx-format': { kind: 'docx-format', value: { vi: 'ubnd|dang-uy', en: 'ubnd|dang-uy' }, help: { vi: 'mẫu báo cáo: ubnd (UBND xã, mặc định) hoặc dang-uy (Đảng ủy xã, Hướng dẫn 36-HD/VPTW)', en: 'report form: ubnd (commune People\'s Committee, default) or dang-uy (Party committee, Hướng dẫn 36-HD/VPTW)' } },
  previous: { kind: 'path', value: { vi: 'KET_QUA_KY_TRUOC.json', en: 'PREVIOUS-RESULT.json' }, help: { vi: 'kết quả JSON của kỳ trước (check --json), để so sánh với kỳ này', en: 'the result JSON of an earlier period (check --json), shown beside this one' } },
  review: { kind: 'path', value: { vi: 'TONG_HOP_CU.xlsx', en: 'OLD-SUMMARY.xlsx' }, help: { vi: 'bảng tổng hợp cũ có cột "Duyệt" và "Lý do trả lại" của cơ quan thường trực', en: 'an earlier summary holding the standing office\'s "Duyệt" and "Lý do trả lại" columns' } },
  lang: { kind: 'lang', value: { vi: 'vi|en', en: 'vi|en' }, help: { vi: 'ngôn ngữ thông báo (mặc định vi)', en: 'language of messages (default vi)' } },
};

/** Flags take no value; every command accepts them. */
export const FLAGS: Record<string, Words> = {
  help: { vi: 'hướng dẫn của lệnh', en: 'help for the command' },
  version: { vi: 'phiên bản nq57', en: 'nq57\'s version' },
  quiet: { vi: 'không liệt kê từng lỗi', en: 'do not list every issue' },
};

export const COMMANDS: Record<string, CommandSpec> = {
  forms: {
    options: ['plan', 'out', 'period', 'previous', 'lang'],
    required: ['plan', 'out'],
    values: { out: { vi: 'THU_MUC', en: 'DIR' } },
    summary: { vi: 'tạo một biểu mẫu báo cáo (.xlsx) cho mỗi đơn vị; --out là thư mục', en: 'make one report form (.xlsx) per office; --out is a folder' },
    note: { vi: 'Tệp đã có trong thư mục không bị ghi đè.', en: 'Files already in the folder are never replaced.' },
  },
  check: {
    options: ['plan', 'reports', 'out', 'json', 'docx', 'docx-format', 'as-of', 'period', 'previous', 'review', 'lang'],
    required: ['plan', 'reports', 'out'],
    values: { out: { vi: 'TONG_HOP.xlsx', en: 'SUMMARY.xlsx' } },
    summary: { vi: 'kiểm tra các báo cáo và ghi bảng tổng hợp (.xlsx); --out là tệp tổng hợp', en: 'check the reports and write the summary workbook (.xlsx); --out is the summary file' },
    note: { vi: 'Mã thoát: 0 xong, không có lỗi; 1 xong nhưng báo cáo có lỗi; 2 không chạy được.', en: 'Exit status: 0 done, no errors; 1 done, errors in reports; 2 could not run.' },
  },
  remind: {
    options: ['plan', 'reports', 'as-of', 'json', 'outbox', 'period', 'review', 'lang'],
    required: ['plan', 'as-of'],
    summary: { vi: 'liệt kê nhiệm vụ quá hạn và đơn vị chưa báo cáo, ghi thư nhắc (.eml); không gửi thư nào', en: 'list overdue tasks and missing reports, write reminder mails (.eml); sends nothing' },
  },
  demo: {
    options: ['out', 'as-of', 'lang'],
    required: [],
    values: { out: { vi: 'THU_MUC', en: 'DIR' } },
    summary: { vi: 'chạy toàn bộ trên hai kế hoạch mẫu, ghi vào ./out (hoặc --out)', en: 'the whole job on the two bundled example plans, into ./out (or --out)' },
    note: { vi: 'Chỉ ghi các tệp của chính nó; không xóa tệp nào khác trong thư mục.', en: 'Writes only its own files; deletes nothing else in the folder.' },
  },
};

/** Each kind of value, in words: what an error says the option accepts. */
export const ACCEPTS: Record<ValueKind, Words> = {
  path: { vi: 'một đường dẫn tệp hoặc thư mục', en: 'a file or folder path' },
  paths: { vi: 'một hoặc nhiều thư mục hoặc tệp .xlsx', en: 'one or more folders or .xlsx files' },
  date: {
    vi: 'một ngày dạng dd/mm/yyyy (15/07/2026) hoặc YYYY-MM-DD (2026-07-15), năm từ 2000 đến 2100',
    en: 'a date as dd/mm/yyyy (15/07/2026) or YYYY-MM-DD (2026-07-15), year 2000 to 2100',
  },
  period: {
    vi: 'YYYY-H1 (6 tháng đầu năm), YYYY-H2 (6 tháng cuối năm), YYYY (cả năm), YYYY-Qn (quý n, 1–4) hoặc YYYY-MM (tháng), ví dụ 2026-H1',
    en: 'YYYY-H1 (first half), YYYY-H2 (second half), YYYY (whole year), YYYY-Qn (quarter n, 1–4) or YYYY-MM (month), e.g. 2026-H1',
  },
  lang: { vi: 'vi (tiếng Việt) hoặc en (tiếng Anh)', en: 'vi (Vietnamese) or en (English)' },
  'docx-format': { vi: 'ubnd (UBND xã) hoặc dang-uy (Đảng ủy xã)', en: 'ubnd (People\'s Committee) or dang-uy (Party committee)' },
};

/** What an option's value is called in a command's help. */
export function valueName(command: string, option: string, lang: Lang): string {
  return (COMMANDS[command].values?.[option] ?? OPTIONS[option].value)[lang];
}
