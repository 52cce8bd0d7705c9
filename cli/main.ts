// nq57: the command line over real .xlsx files. Commands load lazily so `nq57 --help` stays fast.
import { parseArgs, one } from './args';
import { consoleIo, type Io } from './output';
import type { Lang } from '../shared/messages';

const HELP: Record<Lang, string> = {
  vi: `nq57 — kiểm tra và tổng hợp báo cáo thực hiện Nghị quyết 57-NQ/TW cấp xã

Cách dùng:
  nq57 forms  --plan KE_HOACH.xlsx --out THU_MUC [--period P] [--previous KET_QUA_KY_TRUOC.json]
  nq57 check  --plan KE_HOACH.xlsx --reports THU_MUC_HOAC_TEP... --out TONG_HOP.xlsx
              [--json KET_QUA.json] [--as-of YYYY-MM-DD] [--period P]
              [--previous KET_QUA_KY_TRUOC.json] [--review TONG_HOP_CU.xlsx]
  nq57 remind --plan KE_HOACH.xlsx [--reports ...] --as-of YYYY-MM-DD [--json NHAC_VIEC.json] [--outbox THU_MUC]
              [--review TONG_HOP_CU.xlsx]
              (ghi thư .eml, không gửi thư nào)
  nq57 demo   [--out out] (chạy toàn bộ trên hai kế hoạch mẫu, ghi vào ./out)

Kỳ (--period): 2026-H1, 2026-H2, 2026 (cả năm), 2026-Q3 (quý), 2026-07 (tháng).
Tùy chọn chung: --lang en (tiếng Anh), --quiet (không liệt kê từng lỗi), --help.
Mã thoát: 0 xong, không có lỗi; 1 xong nhưng có lỗi trong báo cáo; 2 không chạy được.`,
  en: `nq57 — validate and consolidate commune reports on Resolution 57-NQ/TW

Usage:
  nq57 forms  --plan PLAN.xlsx --out DIR [--period P] [--previous PREVIOUS-RESULT.json]
  nq57 check  --plan PLAN.xlsx --reports DIR_OR_FILES... --out SUMMARY.xlsx
              [--json RESULT.json] [--as-of YYYY-MM-DD] [--period P]
              [--previous PREVIOUS-RESULT.json] [--review OLD-SUMMARY.xlsx]
  nq57 remind --plan PLAN.xlsx [--reports ...] --as-of YYYY-MM-DD [--json REMINDERS.json] [--outbox DIR]
              [--review OLD-SUMMARY.xlsx]
              (writes .eml files, sends nothing)
  nq57 demo   [--out out] (the whole job on the two bundled example plans, into ./out)

Periods (--period): 2026-H1, 2026-H2, 2026 (year), 2026-Q3 (quarter), 2026-07 (month).
Common options: --lang en|vi, --quiet (no issue listing), --help.
Exit status: 0 done, no errors; 1 done, errors found in reports; 2 could not run.`,
};

type Command = (args: ReturnType<typeof parseArgs>, io: Io, lang: Lang) => Promise<number>;

/** Options each command takes (contract §3, plus --lang and --out for demo). */
const OPTIONS: Record<string, string[]> = {
  forms: ['plan', 'out', 'period', 'lang', 'previous'],
  check: ['plan', 'reports', 'out', 'json', 'as-of', 'period', 'lang', 'previous', 'review'],
  remind: ['plan', 'reports', 'as-of', 'json', 'outbox', 'period', 'lang', 'review'],
  demo: ['out', 'as-of', 'lang'],
};

/** Unknown options and options without their value: a typo must not run with defaults. */
function badOptions(command: string, args: ReturnType<typeof parseArgs>): string[] {
  const allowed = OPTIONS[command] ?? [];
  return [...args.options.entries()].filter(([name, values]) => !allowed.includes(name) || values.length === 0).map(([name]) => `--${name}`);
}

function command(name: string): Command | null {
  switch (name) {
    case 'forms':
      return require('./commands/forms').formsCommand;
    case 'check':
      return require('./commands/check').checkCommand;
    case 'remind':
      return require('./commands/remind').remindCommand;
    case 'demo':
      return require('./commands/demo').demoCommand;
    default:
      return null;
  }
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const args = parseArgs(argv);
  const langOpt = one(args, 'lang');
  const lang: Lang = langOpt === 'en' ? 'en' : 'vi';
  if (args.flags.has('version')) {
    io.out(require('../../package.json').version);
    return 0;
  }
  if (args.flags.has('help') || args.command === null || args.command === 'help') {
    io.out(HELP[lang]);
    return args.command === null && !args.flags.has('help') ? 2 : 0;
  }
  const run = command(args.command);
  const bad = run ? [...args.errors, ...badOptions(args.command, args)] : [args.command];
  if (!run || bad.length > 0 || (langOpt !== undefined && langOpt !== 'en' && langOpt !== 'vi')) {
    io.err(lang === 'vi' ? `Lệnh hoặc tham số không hợp lệ: ${bad.join(' ')}` : `Unknown command or argument: ${bad.join(' ')}`);
    io.err(HELP[lang]);
    return 2;
  }
  try {
    return await run(args, io, lang);
  } catch (e) {
    const { UsageError } = require('./inputs') as typeof import('./inputs');
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    // A file system refusal (no such folder, a file where a folder should be) is the user's to fix: no stack.
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && e instanceof Error) {
      io.err(`${lang === 'vi' ? 'Không ghi hoặc đọc được tệp' : 'Cannot read or write a file'}: ${e.message}`);
      return 2;
    }
    io.err(`${lang === 'vi' ? 'Lỗi không mong đợi' : 'Unexpected error'}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}
