// Compatibility surface of the old messages module: the sentences live in shared/i18n (one module per language).
import { fillKey, type Lang, texts } from './i18n/text';

export type { Lang } from './i18n/text';

/** An issue's message from its code and params, in the chosen language (Vietnamese when a template is missing). */
export function render(code: string, params: Record<string, string | number>, lang: Lang): string {
  return fillKey(lang, code, params);
}

/** Why a file could not be read, as said to an officer (the adapter's own detail is for logs). */
export function readFailureText(reason: string, lang: Lang): string {
  return (texts[lang].readFailures as Record<string, string>)[reason] ?? reason;
}

export function messageCodes(lang: Lang): string[] {
  return Object.keys(texts[lang].issues);
}

/** UI words shared by every host (statuses, column titles, buttons), so Excel, Sheets and files say the same. */
export const words = { vi: texts.vi.words, en: texts.en.words };
export type WordKey = keyof (typeof words)['vi'];

/** Shortens text for a message at a word boundary, with an ellipsis, so no name ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}
