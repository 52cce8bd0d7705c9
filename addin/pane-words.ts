// The task pane speaks through the core's text module: its sentences are the 'pane' group, its statuses the shared words.
import { fillKey, type GroupParamArg, type KeyIn, type Lang, texts, langFromLocale } from '../shared';

export type PaneWordKey = KeyIn<'pane'> | KeyIn<'words'>;

type PaneParamArg<K extends PaneWordKey> = K extends KeyIn<'pane'> ? GroupParamArg<'pane', K> : K extends KeyIn<'words'> ? GroupParamArg<'words', K> : never;

/** Office's display language decides, by the core's rule. */
export const paneLang = langFromLocale;

export function say<K extends PaneWordKey>(lang: Lang, key: K, ...params: PaneParamArg<K>): string {
  const group = key in texts.vi.pane ? 'pane' : 'words';
  return fillKey(lang, `${group}.${key}`, params[0] ?? {});
}
