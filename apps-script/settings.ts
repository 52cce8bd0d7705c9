// Reminder settings (on/off, hour, reply-to) in the spreadsheet's document properties, shared by all its editors.
import { type Lang, t } from '../shared';

export type ReminderSettings = { enabled: boolean; hour: number; replyTo: string };

const KEY = 'nq57.reminderSettings';
export const DEFAULT_SETTINGS: ReminderSettings = { enabled: false, hour: 7, replyTo: '' };

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function readSettings(): ReminderSettings {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    const s = JSON.parse(raw) as Partial<ReminderSettings>;
    return {
      enabled: s.enabled === true,
      hour: Number.isInteger(s.hour) && s.hour! >= 0 && s.hour! <= 23 ? s.hour! : DEFAULT_SETTINGS.hour,
      replyTo: typeof s.replyTo === 'string' ? s.replyTo : '',
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function writeSettings(s: ReminderSettings): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(s));
}

/** Checks what the sidebar sends; a wrong value is refused with a sentence saying what to enter. */
export function parseSettings(input: unknown, current: ReminderSettings, lang: Lang = 'vi'): ReminderSettings {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const hour = o.hour === undefined ? current.hour : Number(o.hour);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(t(lang, 'appsScript.badHour'));
  const replyTo = o.replyTo === undefined ? current.replyTo : String(o.replyTo ?? '').trim();
  if (replyTo !== '' && !EMAIL.test(replyTo)) throw new Error(t(lang, 'appsScript.badReplyTo', { address: replyTo }));
  return { enabled: o.enabled === undefined ? current.enabled : o.enabled === true, hour, replyTo };
}
