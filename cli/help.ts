// Help text made from the option table, per command and in the chosen language.
import { COMMANDS, FLAGS, OPTIONS, valueName } from './option-table';
import type { Lang } from '../shared/messages';

function usageLine(command: string, lang: Lang): string {
  const spec = COMMANDS[command];
  const parts = spec.options
    .filter((o) => o !== 'lang')
    .map((o) => {
      const text = `--${o} ${valueName(command, o, lang)}`;
      return spec.required.includes(o) ? text : `[${text}]`;
    });
  return `nq57 ${command} ${parts.join(' ')}`.trimEnd();
}

export function commandHelp(command: string, lang: Lang): string {
  const spec = COMMANDS[command];
  const vi = lang === 'vi';
  const width = Math.max(...spec.options.map((o) => `--${o} ${valueName(command, o, lang)}`.length), ...Object.keys(FLAGS).map((f) => f.length + 2));
  const row = (left: string, right: string) => `  ${left.padEnd(width)}  ${right}`;
  const lines = [
    `nq57 ${command} — ${spec.summary[lang]}`,
    '',
    `${vi ? 'Cách dùng' : 'Usage'}:`,
    `  ${usageLine(command, lang)}`,
    '',
    `${vi ? 'Tùy chọn' : 'Options'}:`,
    ...spec.options.map((o) => row(`--${o} ${valueName(command, o, lang)}`, `${OPTIONS[o].help[lang]}${spec.required.includes(o) ? (vi ? ' (bắt buộc)' : ' (required)') : ''}`)),
    ...Object.entries(FLAGS).map(([f, words]) => row(`--${f}`, words[lang])),
  ];
  if (spec.note) lines.push('', spec.note[lang]);
  return lines.join('\n');
}

export function generalHelp(lang: Lang): string {
  const vi = lang === 'vi';
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    vi ? 'nq57 — kiểm tra và tổng hợp báo cáo thực hiện Nghị quyết 57-NQ/TW cấp xã' : 'nq57 — check and consolidate commune reports on Resolution 57-NQ/TW',
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: nq57 <${vi ? 'lệnh' : 'command'}> [${vi ? 'tùy chọn' : 'options'}]`,
    '',
    `${vi ? 'Lệnh' : 'Commands'}:`,
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary[lang]}`),
    '',
    vi ? 'Hướng dẫn từng lệnh: nq57 <lệnh> --help, hoặc nq57 help <lệnh>.' : 'Help on a command: nq57 <command> --help, or nq57 help <command>.',
    vi
      ? 'Tùy chọn chung: --lang vi|en (ngôn ngữ, mặc định vi), --quiet (không liệt kê từng lỗi), --help, --version (phiên bản).'
      : 'Common options: --lang vi|en (language, default vi), --quiet (no issue listing), --help, --version.',
    vi ? 'Mã thoát: 0 xong, không có lỗi; 1 xong nhưng báo cáo có lỗi; 2 không chạy được.' : 'Exit status: 0 done, no errors; 1 done, errors in reports; 2 could not run.',
  ].join('\n');
}
