// Help text made from the option table, per command and in the chosen language.
import { COMMANDS, FLAGS, OPTIONS, valueName } from './option-table';
import { type Lang, t } from '../shared';

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
  const width = Math.max(...spec.options.map((o) => `--${o} ${valueName(command, o, lang)}`.length), ...Object.keys(FLAGS).map((f) => f.length + 2));
  const row = (left: string, right: string) => `  ${left.padEnd(width)}  ${right}`;
  const lines = [
    `nq57 ${command} — ${spec.summary[lang]}`,
    '',
    `${t(lang, 'cliHelp.usage')}:`,
    `  ${usageLine(command, lang)}`,
    '',
    `${t(lang, 'cliHelp.options')}:`,
    ...spec.options.map((o) => row(`--${o} ${valueName(command, o, lang)}`, `${OPTIONS[o].help[lang]}${spec.required.includes(o) ? ` (${t(lang, 'cliHelp.required')})` : ''}`)),
    ...Object.entries(FLAGS).map(([f, words]) => row(`--${f}`, words[lang])),
  ];
  if (spec.note) lines.push('', spec.note[lang]);
  return lines.join('\n');
}

export function generalHelp(lang: Lang): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    t(lang, 'cliHelp.title'),
    '',
    t(lang, 'cliHelp.generalUsage'),
    '',
    `${t(lang, 'cliHelp.commands')}:`,
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary[lang]}`),
    '',
    t(lang, 'cliHelp.helpOnCommand'),
    t(lang, 'cliHelp.commonOptions'),
    t(lang, 'cliHelp.exitStatus'),
  ].join('\n');
}
