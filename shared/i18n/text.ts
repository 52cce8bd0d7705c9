// One entry to every user-facing sentence: t(lang, key, params) with the params each key's template asks for.
import { en } from './en';
import { fill, type ParamsOf, type ParamValue } from './fill';
import { type TextShape, vi } from './vi';

export type Lang = 'vi' | 'en';

type Vi = typeof vi;
export type TextGroup = keyof Vi;
export type IssueTextCode = keyof Vi['issues'];

/** 'pane.checkDone', 'sidebar.sent', …; an issue code on its own ('NOT_A_NUMBER') names its issue template. */
export type TextKey = IssueTextCode | { [G in TextGroup]: `${G}.${Extract<keyof Vi[G], string>}` }[TextGroup];

/** The Vietnamese template of a key: its placeholders are the params every language must be given. */
export type TemplateOf<K extends TextKey> = K extends IssueTextCode
  ? Vi['issues'][K]
  : K extends `${infer G extends TextGroup}.${infer N}`
    ? N extends keyof Vi[G]
      ? Vi[G][N] & string
      : never
    : never;

export type TextParams<K extends TextKey> = ParamsOf<TemplateOf<K>>;

/**
 * No argument for a sentence without placeholders; the exact params object otherwise (a missing one does not compile).
 * Distributes over a union of keys, so a face may pass a key chosen among several.
 */
export type ParamArg<K extends TextKey> = K extends TextKey
  ? [keyof TextParams<K>] extends [never]
    ? [params?: Record<string, never>]
    : [params: TextParams<K>]
  : never;

/** The keys of one group ('pane' → 'title' | 'checkDone' | …). */
export type KeyIn<G extends TextGroup> = Extract<keyof Vi[G], string>;

/** The params of a key named by its group and name. */
export type GroupParamArg<G extends TextGroup, N extends KeyIn<G>> = ParamArg<Extract<`${G}.${N}`, TextKey>>;

export const texts: Readonly<Record<Lang, TextShape>> = { vi, en };

/** One language's whole table, for a face that shows many fixed words (buttons, labels). */
export function textOf(lang: Lang): TextShape {
  return texts[lang];
}

function templateOf(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf('.');
  const [group, name] = dot < 0 ? ['issues', key] : [key.slice(0, dot), key.slice(dot + 1)];
  const table = texts[lang] as unknown as Record<string, Record<string, string> | undefined>;
  return table[group]?.[name];
}

/** A sentence in the chosen language, typed per key. */
export function t<K extends TextKey>(lang: Lang, key: K, ...params: ParamArg<K>): string {
  return fillKey(lang, key, params[0] ?? {});
}

/**
 * The same for a key known only at run time (an issue's stored code and params): falls back to Vietnamese,
 * then to the key itself, so a new code never shows an empty message.
 */
export function fillKey(lang: Lang, key: string, params: Readonly<Record<string, ParamValue>>): string {
  const template = templateOf(lang, key) ?? templateOf('vi', key) ?? key;
  // Only an issue's params name glossary words ('@task'); elsewhere a value starting with '@' is office text, shown as is.
  const isIssue = !key.includes('.') || key.startsWith('issues.');
  return fill(template, params, isIssue ? texts[lang].glossary : {}, lang);
}
