// The pane on files speaks through the core's text module (the 'files' group).
import { fillKey, type GroupParamArg, type KeyIn, type Lang } from '../../shared';

export type FilesWordKey = KeyIn<'files'>;

export function filesSay<K extends FilesWordKey>(lang: Lang, key: K, ...params: GroupParamArg<'files', K>): string {
  return fillKey(lang, `files.${key}`, params[0] ?? {});
}
