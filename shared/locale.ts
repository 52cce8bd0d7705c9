// The user's language from the host's locale (Office's display language, Google's user locale).
import type { Lang } from './messages';

/** English for an English locale ('en', 'en-US', 'en_GB'), Vietnamese for every other one and when there is none. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return (locale ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}
